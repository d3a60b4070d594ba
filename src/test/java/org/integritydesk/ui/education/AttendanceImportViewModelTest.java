package org.integritydesk.ui.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.Role;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.common.SheetImport.Line;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 导入签到表 without a toolkit: a sheet of names and attendance only, previewed, imported, all-or-nothing. */
class AttendanceImportViewModelTest {
    @TempDir
    Path dir;

    private TestServices services;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SheetImportViewModel<Void> model;
    private EducationActivity activity;
    private int reloads;

    @BeforeEach
    void open() throws Exception {
        services = TestServices.open(dir.resolve("db"));
        OrgUnit bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.actAs(Role.INSPECTOR, null, null);
        services.cadres.create(draft(chengguan.id()).build());
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .appointmentDate(null).build());
        activity = services.education.create(new ActivityDraft(ActivityKind.PARTY_CLASS, "廉洁从政专题党课",
                TestServices.TODAY.minusDays(3), LocalTime.of(9, 0), new BigDecimal("2"), "局三楼会议室", null, bureau.id(),
                "局党组书记", Set.of(OutreachTarget.INSTITUTION), "学习准则和条例"));
        services.education.addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new SheetImportViewModel<>(new AttendanceImport(services.attendanceImport, activity.id(), activity.title(),
                zh), tasks, dialogs, zh);
        model.setOnImported(() -> reloads++);
        model.filePathProperty().set(signIn().toString());
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Names and attendance only, no ID number column; 赵六 is not on the list. */
    private Path signIn() throws Exception {
        Path file = dir.resolve("签到.xlsx");
        String[][] rows = {{"姓名", "出勤情况", "请假事由"}, {"张三", "出勤", ""}, {"李四", "请假", "外出执法"},
            {"赵六", "出勤", ""}};
        return Workbooks.write(file, "签到", rows);
    }

    @Test
    void theSheetIsReadWithoutAMappingStepAndThePreviewSaysWhatEachRowRecords() {
        model.readFile();

        assertThat(model.hasMapping()).isFalse();
        assertThat(model.title()).isEqualTo("导入签到表（廉洁从政专题党课）");
        assertThat(model.canPreviewProperty().get()).isTrue();

        model.preview();

        assertThat(model.summaryProperty().get()).isEqualTo("将记录 2 人的出勤情况，1 行不能导入");
        assertThat(model.previewRows()).extracting(Line::name, Line::detail, Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("张三", "出勤", "记录"),
                org.assertj.core.groups.Tuple.tuple("李四", "请假（外出执法）", "记录"),
                org.assertj.core.groups.Tuple.tuple("赵六", "出勤", "不导入"));
        assertThat(model.previewRows().get(2).problems()).isEqualTo("姓名：不在本次活动的应到名单上");
    }

    @Test
    void theImportRecordsTheValidRowsAndAllOrNothingRecordsNone() {
        model.readFile();
        model.preview();
        model.allOrNothingProperty().set(true);
        ContentFingerprint before = services.fingerprint();

        model.importRows();

        assertThat(model.resultTextProperty().get()).isEqualTo("有 1 行不能导入，一行也没有导入，数据库没有改变");
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(reloads).isZero();

        model.preview();
        model.allOrNothingProperty().set(false);
        model.importRows();

        assertThat(dialogs.confirmations()).last().satisfies(c -> assertThat(c.message())
                .isEqualTo("将记录 2 人的出勤情况；1 行不能导入，将跳过。确定导入吗？"));
        assertThat(model.resultTextProperty().get()).isEqualTo("导入完成：已记录 2 人的出勤情况，1 行未导入");
        assertThat(services.education.attendees(activity.id())).extracting(Attendee::name, Attendee::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张三", AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.ON_LEAVE));
        assertThat(reloads).isEqualTo(1);
        assertThat(model.canSaveRejectedProperty().get()).isTrue();
    }
}

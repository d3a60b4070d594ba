package org.integritydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.Role;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.AttendanceImportService.AttendanceResult;
import org.integritydesk.service.AttendanceImportService.AttendanceRow;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An activity's attendance from a sheet: matched by ID number or name, previewed, all-or-nothing. */
class AttendanceImportTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号", "出勤情况", "请假事由");

    @TempDir
    Path dir;

    private TestServices services;
    private EducationActivity activity;
    private Cadre zhang;
    private Cadre li;
    private Cadre wang;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("db"));
        OrgUnit bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.actAs(Role.INSPECTOR, null, null);
        zhang = services.cadres.create(draft(chengguan.id()).build());
        li = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .appointmentDate(null).build());
        wang = services.cadres.create(draft(chengguan.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "031"))
                .workStartDate(java.time.LocalDate.of(2012, 7, 1)).appointmentDate(null).build());
        activity = services.education.create(new ActivityDraft(ActivityKind.PARTY_CLASS, "廉洁从政专题党课",
                TestServices.TODAY.minusDays(3), LocalTime.of(9, 0), new BigDecimal("2"), "局三楼会议室", null, bureau.id(),
                "局党组书记", Set.of(OutreachTarget.INSTITUTION), "学习准则和条例"));
        services.education.addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SheetData sheet(List<List<Object>> rows) throws Exception {
        return RosterImport.readFile(Rosters.xlsx(dir.resolve("签到.xlsx"), HEADERS, rows));
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void recordsEachPersonsAttendanceFoundByIdNumberOrName() throws Exception {
        SheetData sheet = sheet(List.of(row(1, "张三", zhang.idNumber().value(), "出勤", null),
                row(2, "李四", null, "请假", "外出执法"), row(3, "王五", null, "缺席", null)));

        AttendanceResult result = services.attendanceImport.importRows(activity.id(), sheet, true);

        assertThat(result.recorded()).isEqualTo(3);
        assertThat(services.education.attendees(activity.id())).extracting(Attendee::name, Attendee::status, Attendee::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张三", AttendanceStatus.PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.ON_LEAVE, "外出执法"),
                        org.assertj.core.groups.Tuple.tuple("王五", AttendanceStatus.ABSENT, null));
    }

    @Test
    void thePreviewSaysWhyARowCannotBeRecorded() throws Exception {
        SheetData sheet = sheet(List.of(row(1, "张三", null, "出勤", null), row(2, "赵六", null, "出勤", null),
                row(3, "李四", null, "迟到", null), row(4, "张三", null, "缺席", null), row(5, "王五", null, null, null)));

        List<AttendanceRow> rows = services.attendanceImport.preview(activity.id(), sheet);

        assertThat(rows).extracting(r -> RosterImport.reasons(r.problems(), ZH)).containsExactly("",
                "姓名：不在本次活动的应到名单上", "“迟到”不是出勤、请假或缺席", "姓名：与第 2 行是同一人", "出勤情况为空");
    }

    @Test
    void allOrNothingRecordsNothingWhenARowIsRejected() throws Exception {
        SheetData sheet = sheet(List.of(row(1, "张三", null, "出勤", null), row(2, "赵六", null, "出勤", null)));
        ContentFingerprint before = services.fingerprint();

        AttendanceResult result = services.attendanceImport.importRows(activity.id(), sheet, true);

        assertThat(result.importedNothing()).isTrue();
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(services.attendanceImport.importRows(activity.id(), sheet, false).recorded()).isEqualTo(1);
    }
}

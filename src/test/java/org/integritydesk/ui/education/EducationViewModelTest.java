package org.integritydesk.ui.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EducationViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private OrgUnit bureau;
    private Cadre zhang;
    private EducationViewModel model;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        zhang = services.cadres.create(draft(chengguan.id()).build());
        model = new EducationViewModel(services.education, services.units, new DirectTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private EducationActivity activity(String title, ActivityKind kind, LocalDate day) {
        return services.education.create(new ActivityDraft(kind, title, day, null, new BigDecimal("2"), "会议室", null,
                bureau.id(), "纪检组长", Set.of(), null));
    }

    @Test
    void startsOnThisYearAndFiltersByTextAndKind() {
        activity("廉洁从政专题党课", ActivityKind.PARTY_CLASS, TestServices.TODAY.minusDays(3));
        activity("观看警示教育片", ActivityKind.WARNING_FILM, TestServices.TODAY.minusDays(2));
        activity("去年的党课", ActivityKind.PARTY_CLASS, TestServices.TODAY.minusYears(1));
        model.start();

        assertThat(model.yearProperty().get()).isEqualTo(TestServices.TODAY.getYear());
        assertThat(model.years()).containsExactly(TestServices.TODAY.getYear(), TestServices.TODAY.getYear() - 1);
        assertThat(model.activities()).hasSize(2);
        model.searchTextProperty().set("警示");
        assertThat(model.activities()).extracting(a -> a.title()).containsExactly("观看警示教育片");
        model.searchTextProperty().set("");
        model.kindFilterProperty().set(ActivityKind.PARTY_CLASS);
        assertThat(model.activities()).extracting(a -> a.title()).containsExactly("廉洁从政专题党课");
        model.kindFilterProperty().set(null);
        model.unitFilterProperty().set(model.unitChoices().stream()
                .filter(u -> u != null && u.code().equals("36082101")).findFirst().orElseThrow());
        assertThat(model.activities()).isEmpty();
        model.unitFilterProperty().set(bureau);
        assertThat(model.activities()).hasSize(2);
        model.yearProperty().set(TestServices.TODAY.getYear() - 1);
        assertThat(model.activities()).extracting(a -> a.title()).containsExactly("去年的党课");
    }

    @Test
    void entersAttendanceAndSavesOnlyWhatChanged() {
        EducationActivity held = activity("廉洁从政专题党课", ActivityKind.PARTY_CLASS, TestServices.TODAY.minusDays(3));
        model.start();
        model.selectedProperty().set(model.activities().get(0));
        model.addAttendees(AttendeeChoice.people(Set.of(zhang.id())));
        assertThat(model.attendees()).hasSize(1);
        assertThat(model.hasUnsavedAttendance()).isFalse();

        model.markRestPresent();
        assertThat(model.hasUnsavedAttendance()).isTrue();
        assertThat(model.attendanceStatusProperty().get()).contains("1 人有未保存的修改");
        model.saveAttendance();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(services.education.attendees(held.id())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AttendanceStatus.PRESENT));
        assertThat(model.activities().get(0).attendance().present()).isEqualTo(1);
        assertThat(model.hasUnsavedAttendance()).isFalse();
    }

    @Test
    void aRefusedEntryIsShownAndKeptForCorrection() {
        activity("下周的党课", ActivityKind.PARTY_CLASS, TestServices.TODAY.plusDays(7));
        model.start();
        model.selectedProperty().set(model.activities().get(0));
        model.addAttendees(AttendeeChoice.people(Set.of(zhang.id())));
        model.markRestPresent();
        model.saveAttendance();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("活动尚未举行"));
        assertThat(model.hasUnsavedAttendance()).isTrue();
    }

    @Test
    void theFormChecksAsTheUserTypes() {
        ActivityFormViewModel form = new ActivityFormViewModel(services.education, new DirectTaskRunner(), dialogs,
                messages, TestServices.TODAY);
        form.titleProperty().set("");
        assertThat(form.fieldErrors()).containsKeys("title", "organiser");
        form.titleProperty().set("专题讲座");
        form.organiserProperty().set(bureau);
        form.hoursProperty().set("25");
        assertThat(form.fieldErrors()).containsOnlyKeys("hours");
        assertThat(form.fieldErrors().get("hours")).isEqualTo("一次活动的学时不能超过 24");
        form.hoursProperty().set("两小时");
        assertThat(form.fieldErrors().get("hours")).contains("数字");
        form.hoursProperty().set("1.5");
        form.timeProperty().set("25:00");
        assertThat(form.fieldErrors()).containsOnlyKeys("time");
        form.timeProperty().set("14：30");
        assertThat(form.check()).isTrue();

        EducationActivity[] saved = new EducationActivity[1];
        form.save(a -> saved[0] = a);
        assertThat(saved[0].startsAt().toLocalTime().toString()).isEqualTo("14:30");
        assertThat(saved[0].hours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aStaleActivitySaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        EducationActivity stored = activity("警示教育大会", ActivityKind.LECTURE, LocalDate.of(2025, 3, 10));
        services.education.update(stored.id(), stored.version(), new ActivityDraft(ActivityKind.LECTURE,
                "警示教育大会", LocalDate.of(2025, 3, 10), null, new BigDecimal("2"), "三楼会议室", null, bureau.id(),
                "纪检组长", Set.of(), null));
        ActivityFormViewModel form = new ActivityFormViewModel(services.education, new DirectTaskRunner(), dialogs,
                messages, TestServices.TODAY);
        form.edit(stored, bureau, null);
        form.placeProperty().set("大礼堂");
        List<EducationActivity> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, messages.get("education.form.titleEdit", "警示教育大会"),
                "警示教育大会", form::setOnReload, () -> form.save(saved::add),
                () -> assertThat(form.placeProperty().get()).isEqualTo("大礼堂"));
        assertThat(saved).isEmpty();
        assertThat(services.education.activity(stored.id()).place()).isEqualTo("三楼会议室");
    }

    @Test
    void aStaleAttendanceSaveOffersToReloadAndYesShowsTheStoredList() {
        EducationActivity held = activity("廉洁从政专题党课", ActivityKind.PARTY_CLASS, TestServices.TODAY.minusDays(3));
        model.start();
        model.selectedProperty().set(model.activities().get(0));
        model.addAttendees(AttendeeChoice.people(Set.of(zhang.id())));
        services.education.recordAttendance(held.id(), List.of(new EducationService.AttendanceInput(zhang.id(),
                AttendanceStatus.ON_LEAVE, "外出学习")));
        model.attendees().get(0).statusProperty().set(AttendanceStatus.PRESENT);

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("education.title"), zhang.name(),
                model::saveAttendance, () -> assertThat(model.attendees().get(0).statusProperty().get())
                        .isEqualTo(AttendanceStatus.PRESENT), () -> {
                    assertThat(model.attendees().get(0).statusProperty().get()).isEqualTo(AttendanceStatus.ON_LEAVE);
                    assertThat(model.hasUnsavedAttendance()).isFalse();
                });
        assertThat(services.education.attendees(held.id())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AttendanceStatus.ON_LEAVE));
    }
}

package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.BaseDraft;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.Role;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.service.EducationService.AttendanceInput;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EducationServiceTest {
    @TempDir
    Path dir;

    private TestServices services;
    private EducationService education;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre zhang;
    private Cadre li;
    private Cadre wang;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        education = services.education;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        zhang = services.cadres.create(draft(chengguan.id()).build());
        li = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .category(CadreCategory.LAW_ENFORCEMENT).importantPosition(false).workStartDate(LocalDate.of(2008, 9, 1))
                .appointmentDate(null).build());
        wang = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "031"))
                .category(CadreCategory.GENERAL).workStartDate(LocalDate.of(2012, 7, 1)).appointmentDate(null).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ActivityDraft partyClass(LocalDate day, String hours) {
        return new ActivityDraft(ActivityKind.PARTY_CLASS, "廉洁从政专题党课", day, LocalTime.of(9, 0), new BigDecimal(hours),
                "局三楼会议室", null, bureau.id(), "局党组书记", Set.of(OutreachTarget.INSTITUTION), "学习准则和条例");
    }

    private EducationActivity heldActivity(String hours) {
        return education.create(partyClass(TestServices.TODAY.minusDays(3), hours));
    }

    /** Two users take the same list's attendance: a line the other changed since it was shown is not overwritten. */
    @Test
    void anEntryOverALineAnotherUserChangedSinceIsRefusedNamingThemAndSavesNothing() {
        EducationActivity activity = heldActivity("2");
        education.addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
        var shown = education.attendees(activity.id()).stream()
                .collect(java.util.stream.Collectors.toMap(Attendee::cadreId, a -> a));
        TestServices other = services.another("刘敏");
        other.actAs(org.integritydesk.model.Role.INSPECTOR, null, null, other.userName);
        other.education.recordAttendance(activity.id(),
                List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null)));

        assertThatThrownBy(() -> education.recordAttendance(activity.id(), List.of(
                new AttendanceInput(li.id(), AttendanceStatus.PRESENT, null, shown.get(li.id())),
                new AttendanceInput(zhang.id(), AttendanceStatus.ABSENT, null, shown.get(zhang.id())))))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("张三").hasMessageContaining("刘敏");
        assertThat(education.attendees(activity.id())).extracting(Attendee::status)
                .as("all or nothing: 李四's line is not saved either").containsOnly(AttendanceStatus.PRESENT, null);

        // the same value the other user entered is no conflict; a line they did not touch saves
        education.recordAttendance(activity.id(), List.of(
                new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null, shown.get(zhang.id())),
                new AttendanceInput(li.id(), AttendanceStatus.ON_LEAVE, "外出执法", shown.get(li.id()))));
        assertThat(education.attendees(activity.id())).extracting(Attendee::status)
                .containsExactlyInAnyOrder(AttendanceStatus.PRESENT, AttendanceStatus.ON_LEAVE);
        other.close();
    }

    @Test
    void createsAnActivityAndListsItInItsYearWithCountedAttendance() {
        EducationActivity activity = heldActivity("2.5");
        education.addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
        education.recordAttendance(activity.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null),
                new AttendanceInput(li.id(), AttendanceStatus.ON_LEAVE, "外出执法")));

        var listed = education.activities(TestServices.TODAY.getYear());
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("廉洁从政专题党课");
            assertThat(row.organiserName()).isEqualTo(bureau.name());
            assertThat(row.attendance().present()).isEqualTo(1);
            assertThat(row.attendance().onLeave()).isEqualTo(1);
            assertThat(row.attendance().ratePercent()).contains(new BigDecimal("50.0"));
        });
        assertThat(education.activities(TestServices.TODAY.getYear() - 1)).isEmpty();
    }

    @Test
    void choosingByUnitIncludesTheUnitsBelowAndFiltersByCategory() {
        EducationActivity activity = heldActivity("2");
        var added = education.addAttendees(activity.id(),
                new AttendeeChoice(Set.of(bureau.id()), Set.of(CadreCategory.LEADING, CadreCategory.GENERAL), Set.of()));
        assertThat(added.added()).isEqualTo(2);
        assertThat(education.attendees(activity.id())).extracting(a -> a.name()).containsExactlyInAnyOrder("张三", "王五");
        // adding again adds nobody twice
        assertThat(education.addAttendees(activity.id(), AttendeeChoice.people(Set.of(zhang.id(), li.id()))).added())
                .isEqualTo(1);
    }

    @Test
    void cadresNotInOfficeOnTheDayAreLeftOffTheListAndCannotBeRecorded() {
        Cadre retired = services.cadres.create(draft(chengguan.id()).name("赵六")
                .idNumber(IdNumbers.of("360821", "19600101", "055")).status(CadreStatus.RETIRED).build());
        EducationActivity activity = heldActivity("2");
        var added = education.addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
        assertThat(added.notInOffice()).isEqualTo(1);
        assertThat(education.attendees(activity.id())).extracting(a -> a.cadreId()).doesNotContain(retired.id());

        // a cadre who retires after being put on the list cannot be recorded any more
        var editing = services.cadres.forEditing(li.id());
        var retiredDraft = new org.integritydesk.model.CadreDraft(editing.draft().unitId(), editing.draft().name(),
                editing.draft().idNumber(), editing.draft().ethnicity(), editing.draft().politicalStatus(),
                editing.draft().education(), editing.draft().position(), editing.draft().category(),
                editing.draft().importantPosition(), CadreStatus.RETIRED, editing.draft().mobile(),
                editing.draft().workStartDate(), editing.draft().appointmentDate(), editing.draft().notes(),
                editing.draft().familyBusinesses());
        services.cadres.update(li.id(), editing.cadre().version(), retiredDraft);
        assertThatThrownBy(() -> education.recordAttendance(activity.id(),
                List.of(new AttendanceInput(li.id(), AttendanceStatus.PRESENT, null))))
                .isInstanceOf(ServiceException.class).extracting("messageKey").isEqualTo("validation.attendance.notActive");
    }

    @Test
    void nobodyAttendsMoreThan24HoursInADayAndARefusedEntryChangesNothing() {
        EducationActivity morning = education.create(partyClass(TestServices.TODAY.minusDays(1), "16"));
        EducationActivity evening = education.create(partyClass(TestServices.TODAY.minusDays(1), "9"));
        for (EducationActivity a : List.of(morning, evening)) {
            education.addAttendees(a.id(), AttendeeChoice.people(Set.of(zhang.id(), li.id())));
        }
        education.recordAttendance(morning.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null)));

        assertThatThrownBy(() -> education.recordAttendance(evening.id(), List.of(
                new AttendanceInput(li.id(), AttendanceStatus.PRESENT, null),
                new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null))))
                .isInstanceOf(ServiceException.class).extracting("messageKey")
                .isEqualTo("validation.attendance.tooManyHours");
        assertThat(education.attendees(evening.id())).allSatisfy(a -> assertThat(a.status()).isNull());
        // absent is fine: only attended hours count
        education.recordAttendance(evening.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.ABSENT, "病假")));
    }

    @Test
    void hoursMustBePositiveAndAtMost24() {
        assertThatThrownBy(() -> education.create(partyClass(TestServices.TODAY, "0")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> education.create(partyClass(TestServices.TODAY, "24.5")))
                .isInstanceOf(ValidationException.class);
        assertThat(education.activities(TestServices.TODAY.getYear())).isEmpty();
        assertThat(education.create(partyClass(TestServices.TODAY, "24")).hours()).isEqualByComparingTo("24");
    }

    @Test
    void attendanceIsTakenOnlyAfterTheActivityBegan() {
        EducationActivity planned = education.create(partyClass(TestServices.TODAY.plusDays(5), "2"));
        education.addAttendees(planned.id(), AttendeeChoice.people(Set.of(zhang.id())));
        assertThatThrownBy(() -> education.recordAttendance(planned.id(),
                List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null))))
                .isInstanceOf(ServiceException.class).extracting("messageKey")
                .isEqualTo("validation.attendance.notYetHeld");
    }

    @Test
    void theCadreFileShowsHoursRateAndEachActivity() {
        EducationActivity first = heldActivity("2");
        EducationActivity second = education.create(new ActivityDraft(ActivityKind.WARNING_FILM, "观看警示教育片",
                TestServices.TODAY.minusDays(10), null, new BigDecimal("1.5"), null, null, bureau.id(), null, Set.of(), null));
        for (EducationActivity a : List.of(first, second)) {
            education.addAttendees(a.id(), AttendeeChoice.people(Set.of(zhang.id())));
        }
        education.recordAttendance(first.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null)));
        education.recordAttendance(second.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.ABSENT, "出差")));

        AttendanceTally tally = education.tallyForCadre(zhang.id(), TestServices.TODAY.getYear());
        assertThat(tally.hours()).isEqualByComparingTo("2");
        assertThat(tally.ratePercent()).contains(new BigDecimal("50.0"));

        List<SectionEntry> section = services.cadres.openFile(zhang.id(), null).entries(FileSection.EDUCATION);
        LocalDate firstDay = TestServices.TODAY.minusDays(3);
        assertThat(section).extracting(SectionEntry::title)
                .containsExactly(TestServices.TODAY.getYear() + " 年度学习情况", "参加活动 1 次", "警示教育片：观看警示教育片");
        assertThat(section.get(0).detail()).startsWith("学时 2，出勤率 50.0%");
        assertThat(section.get(1).detail())
                .isEqualTo(firstDay.getMonthValue() + "月" + firstDay.getDayOfMonth() + "日 廉洁从政专题党课");
        assertThat(section.get(2).detail()).isEqualTo("缺席（出差）");
    }

    @Test
    void unitTotalsCountUnderTheCadresUnits() {
        EducationActivity activity = heldActivity("3");
        education.addAttendees(activity.id(), new AttendeeChoice(Set.of(bureau.id()), Set.of(), Set.of()));
        education.recordAttendance(activity.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null),
                new AttendanceInput(li.id(), AttendanceStatus.ABSENT, null),
                new AttendanceInput(wang.id(), AttendanceStatus.PRESENT, null)));
        List<UnitEducationTotals> totals = education.unitTotals(TestServices.TODAY.getYear());
        UnitEducationTotals cg = totals.stream().filter(t -> t.unitId().equals(chengguan.id())).findFirst().orElseThrow();
        UnitEducationTotals top = totals.stream().filter(t -> t.unitId().equals(bureau.id())).findFirst().orElseThrow();
        assertThat(cg.attendance().present()).isEqualTo(1);
        assertThat(cg.attendance().absent()).isEqualTo(1);
        assertThat(cg.attendance().hours()).isEqualByComparingTo("3");
        assertThat(top.activitiesOrganised()).isEqualTo(1);
    }

    @Test
    void aDeletedActivityStopsCountingButStaysStored() {
        EducationActivity activity = heldActivity("2");
        education.addAttendees(activity.id(), AttendeeChoice.people(Set.of(zhang.id())));
        education.recordAttendance(activity.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null)));
        education.delete(activity.id(), activity.version());
        assertThat(education.activities(TestServices.TODAY.getYear())).isEmpty();
        assertThat(education.tallyForCadre(zhang.id(), TestServices.TODAY.getYear()).expected()).isZero();
        assertThat(services.audit.exportable(AuditFilter.ANY)).extracting(AuditEvent::recordType).contains("activity_attendee", "education_activity");
    }

    @Test
    void aClerkSeesOnlyTheirOwnPeopleAndCannotRecordOthers() {
        EducationActivity activity = heldActivity("2");
        education.addAttendees(activity.id(), new AttendeeChoice(Set.of(bureau.id()), Set.of(), Set.of()));
        services.actAs(Role.SUB_BUREAU_CLERK, dunhou.id(), null);
        assertThat(education.activities(TestServices.TODAY.getYear())).hasSize(1);
        assertThat(education.attendees(activity.id())).extracting(a -> a.name()).containsExactly("王五");
        education.recordAttendance(activity.id(), List.of(new AttendanceInput(wang.id(), AttendanceStatus.PRESENT, null)));
        assertThatThrownBy(() -> education.recordAttendance(activity.id(),
                List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> education.create(partyClass(TestServices.TODAY, "1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClosedYearRefusesEveryChangeToItsActivitiesUntilReopened() {
        LocalDate lastYear = TestServices.TODAY.minusYears(1);
        EducationActivity old = education.create(partyClass(lastYear, "2"));
        education.addAttendees(old.id(), AttendeeChoice.people(Set.of(zhang.id())));
        services.years.close(lastYear.getYear());

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> education.create(partyClass(lastYear.withDayOfMonth(1), "1")),
                () -> education.update(old.id(), old.version(), partyClass(lastYear, "3")),
                () -> education.update(old.id(), old.version(), partyClass(TestServices.TODAY, "2")),
                () -> education.delete(old.id(), old.version()),
                () -> education.addAttendees(old.id(), AttendeeChoice.people(Set.of(li.id()))),
                () -> education.removeAttendees(old.id(), List.of(zhang.id())),
                () -> education.recordAttendance(old.id(),
                        List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null))));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOf(YearClosedException.class);
        }
        assertThat(education.attendees(old.id())).singleElement().satisfies(a -> assertThat(a.status()).isNull());
        // moving a this-year activity into the closed year is refused too
        EducationActivity current = heldActivity("2");
        assertThatThrownBy(() -> education.update(current.id(), current.version(), partyClass(lastYear, "2")))
                .isInstanceOf(YearClosedException.class);

        services.years.reopen(lastYear.getYear(), "补录出勤");
        education.recordAttendance(old.id(), List.of(new AttendanceInput(zhang.id(), AttendanceStatus.PRESENT, null)));
        assertThat(education.tallyForCadre(zhang.id(), lastYear.getYear()).present()).isEqualTo(1);
    }

    @Test
    void photosAndScansAreKeptWithTheActivityUnderItsAccessRules() throws Exception {
        EducationActivity activity = heldActivity("2");
        education.addAttendees(activity.id(), AttendeeChoice.people(Set.of(wang.id())));
        java.nio.file.Path photo = java.nio.file.Files.writeString(dir.resolve("签到表扫描.jpg"), "scan of the sign-in sheet");
        var added = services.attachments.add(EducationService.OWNER_TYPE, activity.id(), photo);

        assertThat(java.nio.file.Files.exists(photo)).as("copied, not moved").isTrue();
        assertThat(services.attachments.list(EducationService.OWNER_TYPE, activity.id()))
                .extracting(a -> a.originalName()).containsExactly("签到表扫描.jpg");
        assertThat(java.nio.file.Files.readString(services.attachments.openAsTempFile(added.id())))
                .isEqualTo("scan of the sign-in sheet");
        // a clerk whose cadre is on the list sees the file but may not add one to the bureau's activity
        services.actAs(Role.SUB_BUREAU_CLERK, dunhou.id(), null);
        assertThat(services.attachments.list(EducationService.OWNER_TYPE, activity.id())).hasSize(1);
        assertThatThrownBy(() -> services.attachments.add(EducationService.OWNER_TYPE, activity.id(), photo))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadersReadButDoNotWrite() {
        services.actAs(Role.LEADER, null, null);
        assertThat(education.activities(TestServices.TODAY.getYear())).isEmpty();
        assertThatThrownBy(() -> education.create(partyClass(TestServices.TODAY, "1"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void basesAreUniqueByNameAndOnlyTheBureauChangesThem() {
        EducationBase base = services.educationBases.create(new BaseDraft("文天祥纪念馆", BaseKind.LULING_CULTURE,
                BaseTheme.LOYALTY, "吉安县", true, null));
        assertThatThrownBy(() -> services.educationBases.create(new BaseDraft("文天祥纪念馆", BaseKind.OTHER,
                BaseTheme.LOYALTY, null, false, null))).isInstanceOf(ValidationException.class);
        EducationActivity visit = education.create(new ActivityDraft(ActivityKind.BASE_VISIT, "参观文天祥纪念馆",
                TestServices.TODAY, null, BigDecimal.ONE, null, base.id(), bureau.id(), null, Set.of(), null));
        assertThat(education.activities(TestServices.TODAY.getYear())).singleElement()
                .satisfies(a -> assertThat(a.place()).isEqualTo("文天祥纪念馆"));
        assertThat(visit.baseId()).isEqualTo(base.id());
        services.actAs(Role.SUB_BUREAU_CLERK, dunhou.id(), null);
        assertThat(services.educationBases.list()).hasSize(1);
        assertThatThrownBy(() -> services.educationBases.delete(base.id(), base.version()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.EducationRules.AttendanceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EducationRulesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private static Cadre cadre(CadreStatus status, LocalDate workStart) {
        return new Cadre(UUID.randomUUID(), UUID.randomUUID(), "张三", IdNumber.parse("36082119800229123"
                + IdNumber.checkCharacterFor("36082119800229123"), LocalDate.MAX), null, null, null, "科员",
                CadreCategory.GENERAL, false, status, null, workStart, null, null, RecordStamp.NEW, null);
    }

    @ParameterizedTest(name = "{0} hours -> {1}")
    @CsvSource({
        "0, validation.hours.notPositive",
        "-1, validation.hours.notPositive",
        "0.1, ''",
        "2, ''",
        "1.5, ''",
        "24, ''",
        "24.0, ''",
        "24.1, validation.hours.tooMany",
        "1.25, validation.hours.tenths",
        "2.50, ''"})
    void hoursArePositiveAtMost24InTenths(String hours, String expected) {
        assertThat(EducationRules.hoursProblem(new BigDecimal(hours)).orElse("")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, started {1}: in office on 2025-06-10 = {2}")
    @CsvSource({
        "ACTIVE, 2010-01-01, true",
        "ACTIVE, 2025-06-10, true",
        "ACTIVE, 2025-06-11, false",
        "ACTIVE, , true",
        "RETIRED, 2010-01-01, false",
        "TRANSFERRED, 2010-01-01, false"})
    void inOfficeOnADay(CadreStatus status, LocalDate workStart, boolean expected) {
        assertThat(EducationRules.activeOn(cadre(status, workStart), DAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}h with {2}h already, held={3} -> {4}")
    @CsvSource({
        "PRESENT, 2, 0, true, NONE",
        "PRESENT, 2, 22, true, NONE",
        "PRESENT, 2, 22.5, true, TOO_MANY_HOURS",
        "ABSENT, 2, 23, true, NONE",
        "ON_LEAVE, 8, 20, true, NONE",
        "PRESENT, 2, 0, false, NOT_YET_HELD",
        ", 2, 0, true, NONE"})
    void attendanceOfAnActiveCadre(AttendanceStatus status, String hours, String already, boolean held,
            AttendanceProblem expected) {
        assertThat(EducationRules.attendanceProblem(cadre(CadreStatus.ACTIVE, null), DAY, held, new BigDecimal(hours),
                status, null, new BigDecimal(already))).isEqualTo(expected);
    }

    @Test
    void attendanceOfSomeoneNotInOfficeIsRefusedButClearingItIsNot() {
        Cadre retired = cadre(CadreStatus.RETIRED, null);
        assertThat(EducationRules.attendanceProblem(retired, DAY, true, BigDecimal.ONE, AttendanceStatus.ABSENT, null,
                BigDecimal.ZERO)).isEqualTo(AttendanceProblem.NOT_ACTIVE);
        assertThat(EducationRules.attendanceProblem(retired, DAY, true, BigDecimal.ONE, null, null, BigDecimal.ZERO))
                .isEqualTo(AttendanceProblem.NONE);
    }

    @Test
    void aReasonIsAtMost100Characters() {
        Cadre active = cadre(CadreStatus.ACTIVE, null);
        assertThat(EducationRules.attendanceProblem(active, DAY, true, BigDecimal.ONE, AttendanceStatus.ON_LEAVE,
                "出".repeat(100), BigDecimal.ZERO)).isEqualTo(AttendanceProblem.NONE);
        assertThat(EducationRules.attendanceProblem(active, DAY, true, BigDecimal.ONE, AttendanceStatus.ON_LEAVE,
                "出".repeat(101), BigDecimal.ZERO)).isEqualTo(AttendanceProblem.REASON_TOO_LONG);
    }

    @ParameterizedTest(name = "present {0}, leave {1}, absent {2} -> {3}")
    @CsvSource({
        "0, 0, 0, ''",
        "1, 0, 0, 100.0",
        "1, 1, 0, 50.0",
        "2, 0, 1, 66.7",
        "0, 1, 2, 0.0",
        "24, 1, 1, 92.3"})
    void attendanceRateCountsLeaveAsNotAttended(int present, int leave, int absent, String expected) {
        AttendanceTally tally = AttendanceTally.of(present, leave, absent, 3, BigDecimal.ZERO);
        assertThat(tally.ratePercent().map(BigDecimal::toPlainString).orElse("")).isEqualTo(expected);
        assertThat(tally.expected()).isEqualTo(present + leave + absent);
    }

    @Test
    void tallyHoursAddUpAndPrintPlainly() {
        AttendanceTally sum = AttendanceTally.of(1, 0, 0, 0, new BigDecimal("1.5"))
                .plus(AttendanceTally.of(2, 1, 0, 0, new BigDecimal("18.5")));
        assertThat(sum.hours().toPlainString()).isEqualTo("20");
        assertThat(sum.present()).isEqualTo(3);
    }

    @Test
    void theActivityFormNeedsKindTitleDateOrganiserAndHours() {
        ActivityDraft empty = new ActivityDraft(null, " ", null, null, null, null, null, null, null, Set.of(), null);
        assertThat(EducationRules.check(empty)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("kind", "title", "date", "organiser", "hours");
        ActivityDraft tooLong = new ActivityDraft(ActivityKind.LECTURE, "讲".repeat(101), DAY, null, BigDecimal.ONE, null,
                null, UUID.randomUUID(), null, Set.of(), null);
        assertThat(EducationRules.check(tooLong)).extracting(FieldError::messageKey).containsExactly("validation.tooLong");
    }
}

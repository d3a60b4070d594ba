package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.integritydesk.testing.DraftBuilder.draft;
import static org.integritydesk.testing.DraftBuilder.familyRow;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.testing.DraftBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CadreRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    /** Born 1980-02-29: 14 years old on 1994-02-28 (the leap day does not exist in 1994). */
    private static final LocalDate BIRTH = LocalDate.of(1980, 2, 29);
    private static final String EXT_B = new String(Character.toChars(0x20BB7));

    private static List<FieldError> check(DraftBuilder draft) {
        return CadreRules.check(draft.build(), TODAY);
    }

    @Test
    void acceptsCompleteDraft() {
        assertThat(check(draft())).isEmpty();
    }

    @Test
    void acceptsDraftWithOnlyTheRequiredFields() {
        DraftBuilder minimal = draft().ethnicity(null).politicalStatus(null).education(null).mobile(null)
                .workStartDate(null).appointmentDate(null).notes(null).family(List.of());

        assertThat(check(minimal)).isEmpty();
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("name", (UnaryOperator<DraftBuilder>) d -> d.name(null), "validation.required"),
                Arguments.of("name", (UnaryOperator<DraftBuilder>) d -> d.name("  "), "validation.required"),
                Arguments.of("idNumber", (UnaryOperator<DraftBuilder>) d -> d.idNumber(null), "validation.idNumber.EMPTY"),
                Arguments.of("idNumber", (UnaryOperator<DraftBuilder>) d -> d.idNumber(""), "validation.idNumber.EMPTY"),
                Arguments.of("unit", (UnaryOperator<DraftBuilder>) d -> d.unitId(null), "validation.required"),
                Arguments.of("category", (UnaryOperator<DraftBuilder>) d -> d.category(null), "validation.required"),
                Arguments.of("status", (UnaryOperator<DraftBuilder>) d -> d.status(null), "validation.required"),
                Arguments.of("position", (UnaryOperator<DraftBuilder>) d -> d.position(null), "validation.required"),
                Arguments.of("position", (UnaryOperator<DraftBuilder>) d -> d.position(" \t"), "validation.required"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("missingRequiredFields")
    void refusesDraftWithoutRequiredField(String field, UnaryOperator<DraftBuilder> change, String key) {
        assertThat(check(change.apply(draft())))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple(field, key));
    }

    @Test
    void refusesDraftWithInvalidIdNumberNamingTheRule() {
        String wrongCheck = DraftBuilder.ZHANG_SAN_ID.substring(0, 17) + (DraftBuilder.ZHANG_SAN_ID.endsWith("1") ? "2" : "1");

        assertThat(check(draft().idNumber(wrongCheck)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("idNumber", "validation.idNumber.WRONG_CHECK_CHARACTER"));
    }

    @Test
    void refusesNameWithDigitsOnTheNameField() {
        assertThat(check(draft().name("张三2")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("name", "validation.name.illegalCharacter"));
    }

    @ParameterizedTest
    @CsvSource({"workStartDate", "appointmentDate"})
    void refusesDateInTheFuture(String field) {
        LocalDate tomorrow = TODAY.plusDays(1);
        DraftBuilder d = field.equals("workStartDate")
                ? draft().workStartDate(tomorrow).appointmentDate(null)
                : draft().appointmentDate(tomorrow);

        assertThat(check(d))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple(field, "validation.dateInFuture"));
    }

    @Test
    void acceptsDatesOfToday() {
        assertThat(check(draft().workStartDate(TODAY).appointmentDate(TODAY))).isEmpty();
    }

    @Test
    void refusesAppointmentBeforeWorkStart() {
        DraftBuilder d = draft().workStartDate(LocalDate.of(2005, 9, 1)).appointmentDate(LocalDate.of(2005, 8, 31));

        assertThat(check(d))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("appointmentDate", "validation.appointmentBeforeWorkStart"));
    }

    @Test
    void acceptsAppointmentOnTheDayWorkStarted() {
        LocalDate day = LocalDate.of(2005, 9, 1);

        assertThat(check(draft().workStartDate(day).appointmentDate(day))).isEmpty();
    }

    @Test
    void refusesWorkStartBeforeAgeFourteen() {
        LocalDate dayBefore14 = BIRTH.plusYears(14).minusDays(1);

        assertThat(check(draft().workStartDate(dayBefore14).appointmentDate(null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("workStartDate", "validation.dateBeforeWorkingAge"));
    }

    @Test
    void refusesWorkStartBeforeBirth() {
        assertThat(check(draft().workStartDate(BIRTH.minusDays(1)).appointmentDate(null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("workStartDate", "validation.dateBeforeWorkingAge"));
    }

    @Test
    void acceptsWorkStartOnFourteenthBirthday() {
        assertThat(check(draft().workStartDate(BIRTH.plusYears(14)).appointmentDate(null))).isEmpty();
    }

    @Test
    void refusesAppointmentBeforeAgeFourteen() {
        assertThat(check(draft().workStartDate(null).appointmentDate(LocalDate.of(1990, 1, 1))))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("appointmentDate", "validation.dateBeforeWorkingAge"));
    }

    @Test
    void refusesInvalidMobile() {
        assertThat(check(draft().mobile("12800138000")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("mobile", "validation.mobile"));
    }

    @Test
    void acceptsBlankMobile() {
        assertThat(check(draft().mobile("  "))).isEmpty();
    }

    @Test
    void countsPositionLengthInCodePoints() {
        assertThat(check(draft().position(EXT_B.repeat(CadreRules.MAX_TEXT)))).isEmpty();
        assertThat(check(draft().position(EXT_B.repeat(CadreRules.MAX_TEXT + 1))))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("position", "validation.tooLong"));
    }

    @Test
    void refusesOverlongNotes() {
        assertThat(check(draft().notes("记".repeat(CadreRules.MAX_NOTES + 1))))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("notes", "validation.tooLong"));
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        DraftBuilder d = draft().name("").idNumber("123").unitId(null).mobile("1").position("");

        assertThat(check(d)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "idNumber", "unit", "mobile", "position");
    }

    @Test
    void acceptsCompleteFamilyRows() {
        DraftBuilder d = draft().family(
                familyRow(FamilyRelation.SPOUSE, "李四", "吉安县人民医院"),
                new FamilyBusinessDraft(FamilyRelation.SON, "张小明", BusinessKind.OWN_BUSINESS, "吉安县明明商贸有限公司", true, "本辖区"));

        assertThat(check(d)).isEmpty();
    }

    @Test
    void countsFamilyRowLengthsInCodePoints() {
        DraftBuilder d = draft().family(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", BusinessKind.EMPLOYED,
                EXT_B.repeat(CadreRules.MAX_TEXT), false, EXT_B.repeat(CadreRules.MAX_FAMILY_NOTES)));

        assertThat(check(d)).isEmpty();
    }

    static Stream<Arguments> brokenFamilyRows() {
        return Stream.of(
                Arguments.of(new FamilyBusinessDraft(null, "李四", BusinessKind.EMPLOYED, "吉安县人民医院", false, null),
                        "validation.family.relation"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, " ", BusinessKind.EMPLOYED, "吉安县人民医院", false, null),
                        "validation.family.name"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李4", BusinessKind.EMPLOYED, "吉安县人民医院", false, null),
                        "validation.family.name"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", null, "吉安县人民医院", false, null),
                        "validation.family.businessKind"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", BusinessKind.EMPLOYED, "  ", false, null),
                        "validation.family.employer"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", BusinessKind.EMPLOYED, null, false, null),
                        "validation.family.employer"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", BusinessKind.EMPLOYED,
                        "某".repeat(CadreRules.MAX_TEXT + 1), false, null), "validation.family.employerTooLong"),
                Arguments.of(new FamilyBusinessDraft(FamilyRelation.SPOUSE, "李四", BusinessKind.EMPLOYED, "吉安县人民医院",
                        false, "注".repeat(CadreRules.MAX_FAMILY_NOTES + 1)), "validation.family.notesTooLong"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenFamilyRows")
    void refusesIncompleteFamilyRowNamingItsRowNumber(FamilyBusinessDraft broken, String key) {
        DraftBuilder d = draft().family(familyRow(FamilyRelation.SPOUSE, "李四", "吉安县人民医院"), broken);

        List<FieldError> errors = check(d);

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("familyBusinesses[1]", key));
        assertThat(errors.get(0).args()).first().isEqualTo(2);
    }
}

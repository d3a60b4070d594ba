package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulation form's rules, as a table: which field breaks which rule. */
class RegulationRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    private static RegulationDraft valid() {
        return new RegulationDraft("机关效能建设制度", "吉县市监字〔2024〕12号", LocalDate.of(2024, 5, 6),
                RegulationKind.OFFICE_EFFICIENCY, "吉安县市场监督管理局", RegulationStatus.IN_FORCE, null, "摘要");
    }

    @Test
    void acceptsACompleteRuleInForce() {
        assertThat(RegulationRules.check(valid(), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "noTitle,              title,          validation.required",
        "blankTitle,           title,          validation.required",
        "longTitle,            title,          validation.tooLong",
        "longNumber,           documentNumber, validation.tooLong",
        "noIssueDate,          issuedOn,       validation.required",
        "issuedTomorrow,       issuedOn,       validation.dateInFuture",
        "noKind,               kind,           validation.required",
        "noIssuer,             issuingUnit,    validation.required",
        "noStatus,             status,         validation.required",
        "repealedWithoutDate,  repealedOn,     validation.regulation.repealDateRequired",
        "repealedBeforeIssue,  repealedOn,     validation.regulation.repealBeforeIssue",
        "repealedTomorrow,     repealedOn,     validation.dateInFuture",
        "inForceWithRepeal,    repealedOn,     validation.regulation.repealDateOnlyWhenRepealed",
        "longSummary,          summary,        validation.tooLong",
    })
    void refuses(String change, String field, String key) {
        List<FieldError> errors = RegulationRules.check(changed(change), TODAY);
        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(field, key));
    }

    @Test
    void countsCodePointsSoARareCharacterIsOneCharacter() {
        String title = "𠮷".repeat(RegulationRules.MAX_TITLE);
        RegulationDraft d = valid();
        assertThat(RegulationRules.check(new RegulationDraft(title, d.documentNumber(), d.issuedOn(), d.kind(),
                d.issuingUnit(), d.status(), null, null), TODAY)).isEmpty();
    }

    @Test
    void acceptsARepealedRuleWithItsDate() {
        RegulationDraft d = valid();
        assertThat(RegulationRules.check(new RegulationDraft(d.title(), null, d.issuedOn(), d.kind(), d.issuingUnit(),
                RegulationStatus.REPEALED, LocalDate.of(2025, 1, 1), null), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "filter {0} matches: {1}")
    @CsvSource({
        "'',              true",
        "效能,            true",
        "吉县市监字 12号, true",
        "市场监督,        true",
        "摘要,            true",
        "廉政,            false",
        "year2024,        true",
        "year2023,        false",
        "kindStudy,       false",
        "statusRepealed,  false",
    })
    void filterMatchesByWordsYearKindAndStatus(String filter, boolean matches) {
        Regulation r = new Regulation(UUID.randomUUID(), "机关效能建设制度", "吉县市监字〔2024〕12号",
                LocalDate.of(2024, 5, 6), RegulationKind.OFFICE_EFFICIENCY, "吉安县市场监督管理局",
                RegulationStatus.IN_FORCE, null, "摘要", RecordStamp.NEW, null);
        RegulationFilter f = switch (filter) {
            case "year2024" -> new RegulationFilter(null, 2024, null, null);
            case "year2023" -> new RegulationFilter(null, 2023, null, null);
            case "kindStudy" -> new RegulationFilter(null, null, RegulationKind.STUDY, null);
            case "statusRepealed" -> new RegulationFilter(null, null, null, RegulationStatus.REPEALED);
            default -> new RegulationFilter(filter, null, null, null);
        };
        assertThat(f.matches(r)).isEqualTo(matches);
    }

    private static RegulationDraft changed(String change) {
        RegulationDraft d = valid();
        String title = d.title();
        String number = d.documentNumber();
        LocalDate issued = d.issuedOn();
        RegulationKind kind = d.kind();
        String unit = d.issuingUnit();
        RegulationStatus status = d.status();
        LocalDate repealed = d.repealedOn();
        String summary = d.summary();
        switch (change) {
            case "noTitle" -> title = null;
            case "blankTitle" -> title = "   ";
            case "longTitle" -> title = "制".repeat(RegulationRules.MAX_TITLE + 1);
            case "longNumber" -> number = "1".repeat(RegulationRules.MAX_NUMBER + 1);
            case "noIssueDate" -> issued = null;
            case "issuedTomorrow" -> issued = TODAY.plusDays(1);
            case "noKind" -> kind = null;
            case "noIssuer" -> unit = "";
            case "noStatus" -> status = null;
            case "repealedWithoutDate" -> status = RegulationStatus.REPEALED;
            case "repealedBeforeIssue" -> {
                status = RegulationStatus.REPEALED;
                repealed = issued.minusDays(1);
            }
            case "repealedTomorrow" -> {
                status = RegulationStatus.REPEALED;
                repealed = TODAY.plusDays(1);
            }
            case "inForceWithRepeal" -> repealed = TODAY;
            case "longSummary" -> summary = "文".repeat(RegulationRules.MAX_SUMMARY + 1);
            default -> throw new IllegalArgumentException(change);
        }
        return new RegulationDraft(title, number, issued, kind, unit, status, repealed, summary);
    }
}

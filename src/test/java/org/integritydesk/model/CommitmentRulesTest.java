package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    @ParameterizedTest(name = "year {0} → {1}")
    @CsvSource({
        "1999, validation.commitment.year",
        "2000, ",
        "2025, ",
        "2026, ",
        "2027, validation.commitment.year",
    })
    void acceptsYearsFrom2000ToNextYear(int year, String problem) {
        FieldError error = CommitmentRules.checkYear(year, TODAY);
        assertThat(error == null ? null : error.messageKey()).isEqualTo(problem);
    }

    @Test
    void asksForAYear() {
        assertThat(CommitmentRules.checkYear(null, TODAY).messageKey()).isEqualTo("validation.required");
    }

    @ParameterizedTest(name = "{1} signed for {0} → {2}")
    @CsvSource({
        "2025, 2025-01-06, ",
        "2025, 2024-12-01, ",
        "2025, 2024-11-30, validation.commitment.signedOutsideYear",
        "2025, 2025-03-15, ",
        "2025, 2025-03-16, validation.dateInFuture",
        "2024, 2025-01-02, validation.commitment.signedOutsideYear",
        "2026, 2025-12-20, validation.dateInFuture",
    })
    void checksTheSigningDate(int year, LocalDate signedOn, String problem) {
        List<FieldError> errors = CommitmentRules.checkSigning(year, signedOn, null, TODAY);
        assertThat(errors.stream().map(FieldError::messageKey).findFirst().orElse(null)).isEqualTo(problem);
    }

    @Test
    void anUnsignedCommitmentHasNoSigningDate() {
        assertThat(CommitmentRules.checkSigning(2025, null, "", TODAY)).isEmpty();
    }

    /** One per cadre per year: generating again adds only the active cadres that have none. */
    @Test
    void generatesOnlyForActiveCadresWithoutOne() {
        CadreSummary has = cadre("甲", CadreStatus.ACTIVE, null);
        CadreSummary lacks = cadre("乙", CadreStatus.ACTIVE, null);
        CadreSummary retired = cadre("丙", CadreStatus.RETIRED, null);
        CadreSummary deleted = cadre("丁", CadreStatus.ACTIVE, Instant.EPOCH);
        CadreSummary transferred = cadre("戊", CadreStatus.TRANSFERRED, null);

        assertThat(CommitmentRules.toGenerate(List.of(has, lacks, retired, deleted, transferred), Set.of(has.id())))
                .extracting(CadreSummary::name).containsExactly("乙");
        assertThat(CommitmentRules.toGenerate(List.of(has, lacks), Set.of(has.id(), lacks.id()))).isEmpty();
    }

    private static CadreSummary cadre(String name, CadreStatus status, Instant deletedAt) {
        return new CadreSummary(UUID.randomUUID(), UUID.randomUUID(), "城关分局", name, "x",
                IdNumber.parse(org.integritydesk.testing.IdNumbers.of("360821", "19850314", "019"), LocalDate.MAX), "科员", CadreCategory.GENERAL, status, false, 1,
                deletedAt);
    }
}

package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The representative form (credit code per GB 32100, mobile numbers) and the session form. */
class DebriefingRulesTest {
    @ParameterizedTest(name = "[{index}] {0} {1} code={2} mobile={3} -> {4}")
    @CsvSource({
        "ENTERPRISE, 吉安县赣江食品有限公司, 91110000600037341L, 13807960001, -",
        "ENTERPRISE, 吉安县赣江食品有限公司, '', 13807960001, validation.creditCode.required",
        "ENTERPRISE, 吉安县赣江食品有限公司, 91110000600037341K, 13807960001, validation.creditCode.check",
        "ENTERPRISE, 吉安县赣江食品有限公司, 9111000060003734, 13807960001, validation.creditCode.length",
        "NPC_DEPUTY, 县人大常委会, '', '', -",
        "NPC_DEPUTY, 县人大常委会, '', +86 138-0796-0001, -",
        "NPC_DEPUTY, 县人大常委会, '', 12807960001, validation.representative.mobile",
        "NPC_DEPUTY, 县人大常委会, '', 1380796000, validation.representative.mobile",
        "INDIVIDUAL_BUSINESS, '', '', '', validation.representative.organisationRequired",
        "CPPCC_MEMBER, 县政协, 91110000I00037341L, '', validation.creditCode.character",
    })
    void checksARepresentative(RepresentativeKind kind, String organisation, String code, String mobile, String error) {
        Representative r = new Representative(null, UUID.randomUUID(), kind, "刘德明", organisation, code, mobile);
        if (error.equals("-")) {
            assertThat(DebriefingRules.check(r)).isEmpty();
        } else {
            assertThat(DebriefingRules.check(r)).extracting(FieldError::messageKey).containsExactly(error);
        }
    }

    @Test
    void aNameCountsCodePoints() {
        String rare = new String(Character.toChars(0x20BB7)).repeat(DebriefingRules.MAX_NAME);
        Representative r = new Representative(null, null, RepresentativeKind.NPC_DEPUTY, rare, "县人大", null, null);
        assertThat(DebriefingRules.check(r)).isEmpty();
        Representative longer = new Representative(null, null, RepresentativeKind.NPC_DEPUTY, rare + "王", "县人大",
                null, null);
        assertThat(DebriefingRules.check(longer)).extracting(FieldError::messageKey)
                .containsExactly("validation.debriefing.tooLong");
    }

    @ParameterizedTest(name = "[{index}] voters {0} -> {1}")
    @CsvSource({"1, -", "0, validation.debriefing.expectedVoters", "10000, -", "10001, validation.debriefing.expectedVoters"})
    void aSessionExpectsAtLeastOneVoter(int voters, String error) {
        DebriefingDraft d = new DebriefingDraft(LocalDate.of(2025, 12, 18), "县局会议室", UUID.randomUUID(),
                SatisfactionFormula.DEFAULT, voters, false);
        var errors = DebriefingRules.check(d, LocalDate.of(2025, 3, 15));
        if (error.equals("-")) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(FieldError::messageKey).containsExactly(error);
        }
    }

    @Test
    void aSessionNeedsItsDatePlaceUnitAndFormula() {
        var errors = DebriefingRules.check(new DebriefingDraft(null, " ", null, null, 30, false), LocalDate.of(2025, 3, 15));
        assertThat(errors).extracting(FieldError::field).containsExactly("date", "place", "unit", "formula");
    }
}

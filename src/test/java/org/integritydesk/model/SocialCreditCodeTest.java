package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 32100-2015 at its rules: length, alphabet, check character (31 meaning 0). */
class SocialCreditCodeTest {
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "91350100M000100Y43, -",
        "91110000600037341L, -",
        "913608217P1234567X, -",
        "91110000600037341l, -",
        "' 9111 0000600037341L ', -",
        "91110000600037341K, CHECK",
        "91350100M000100Y40, CHECK",
        "9111000060003734L, LENGTH",
        "91110000600037341LL, LENGTH",
        "'', LENGTH",
        "91110000I00037341L, CHARACTER",
        "91110000O00037341L, CHARACTER",
        "91110000S00037341L, CHARACTER",
        "91110000V00037341L, CHARACTER",
        "91110000Z00037341L, CHARACTER",
        "9111000060003734-L, CHARACTER",
    })
    void checksACode(String code, String problem) {
        if (problem.equals("-")) {
            assertThat(SocialCreditCode.problem(code)).isEmpty();
            assertThat(SocialCreditCode.isValid(code)).isTrue();
        } else {
            assertThat(SocialCreditCode.problem(code)).contains(SocialCreditCode.Problem.valueOf(problem));
        }
    }

    @Test
    void aSumThatIsAMultipleOf31HasCheckCharacterZero() {
        // 17 zeros: sum 0, 31 - 0 = 31, which means 0
        assertThat(SocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(SocialCreditCode.isValid("000000000000000000")).isTrue();
    }
}

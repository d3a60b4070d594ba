package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "13800138000", "14700000000", "15012345678", "16612345678", "17012345678", "18912345678", "19912345678",
        "+8613800138000", "+86 138 0013 8000", "+86-138-0013-8000", "0086 13800138000", "008613800138000",
        "8613800138000", "138-0013-8000", "138 0013 8000", "  13800138000  ",
    })
    void acceptsMainlandMobileNumber(String text) {
        assertThat(MobileNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'+86 138-0013-8000', 13800138000",
        "'0086 139 0000 0000', 13900000000",
        "'8613800138000',     13800138000",
        "' 199 1234 5678 ',   19912345678",
    })
    void normalisesToElevenDigits(String typed, String expected) {
        assertThat(MobileNumber.normalise(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "+86 128 0013 8000", "11800138000", "10800138000"})
    void refusesSecondDigitBelowThree(String text) {
        assertThat(MobileNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "23800138000",          // does not start with 1
        "1380013800",           // 10 digits
        "138001380001",         // 12 digits
        "+861380013800",        // +86 with 10 digits
        "+85213800138000",      // another country code
        "1380013800a",
        "0791-8222222",         // a landline
    })
    void refusesNumberThatIsNotElevenDigitsStartingWithOne(String text) {
        assertThat(MobileNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesEmptyText(String text) {
        assertThat(MobileNumber.isValid(text)).isFalse();
    }
}

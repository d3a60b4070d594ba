package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.IdNumber.Problem;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private static final String ALLOWED = "0123456789X";

    /**
     * Valid numbers built from real area codes, birth dates and sequences; the check character is
     * computed by {@link IdNumbers} from the standard's weights, not by the code under test.
     */
    static Stream<String> validNumbers() {
        return Stream.of(
                IdNumbers.of("110105", "19491231", "002"),   // the standard's own example, ends in X
                IdNumbers.of("360821", "19850314", "019"),   // Ji'an County, ends in X
                IdNumbers.of("440305", "20000229", "007"),   // Shenzhen Nanshan, leap day 2000, ends in X
                IdNumbers.of("360821", "19800229", "123"),   // leap day 1980
                IdNumbers.of("510107", "19190101", "001"),
                IdNumbers.of("310104", "19000101", "004"),   // earliest accepted birth date
                IdNumbers.of("360802", "20090315", "005"),
                IdNumbers.of("440305", "19780615", "271"),
                IdNumbers.of("360821", TODAY, "046"));       // born today
    }

    @Test
    void validTableHoldsNumbersEndingInX() {
        assertThat(numbersEndingInX()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(validNumbers()).contains("11010519491231002X");
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsValidNumber(String number) {
        assertThat(IdNumber.check(number, TODAY)).isEqualTo(Problem.NONE);
        assertThat(IdNumber.parse(number, TODAY).value()).isEqualTo(number);
    }

    static Stream<String> numbersEndingInX() {
        return validNumbers().filter(n -> n.endsWith("X"));
    }

    @ParameterizedTest
    @MethodSource("numbersEndingInX")
    void acceptsLowercaseXAndNormalisesItToUppercase(String number) {
        String lower = number.substring(0, 17) + "x";

        assertThat(IdNumber.check(lower, TODAY)).isEqualTo(Problem.NONE);
        assertThat(IdNumber.parse(lower, TODAY).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void refusesEverySingleCharacterSubstitution(String number) {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int position = 0; position < 18; position++) {
            for (char replacement : ALLOWED.toCharArray()) {
                if (number.charAt(position) == replacement) {
                    continue;
                }
                String changed = number.substring(0, position) + replacement + number.substring(position + 1);
                tried++;
                if (IdNumber.check(changed, TODAY) == Problem.NONE) {
                    accepted.add(changed);
                }
            }
        }
        assertThat(tried).isEqualTo(18 * 10);
        assertThat(accepted).as("substitutions of %s that were accepted", number).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void refusesEveryAdjacentTransposition(String number) {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) == number.charAt(i + 1)) {
                continue;
            }
            char[] chars = number.toCharArray();
            chars[i] = number.charAt(i + 1);
            chars[i + 1] = number.charAt(i);
            String swapped = new String(chars);
            tried++;
            if (IdNumber.check(swapped, TODAY) == Problem.NONE) {
                accepted.add(swapped);
            }
        }
        assertThat(tried).isPositive();
        assertThat(accepted).as("adjacent swaps of %s that were accepted", number).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void refusesIdNumberWithWrongCheckDigit(String number) {
        for (char wrong : ALLOWED.toCharArray()) {
            if (wrong != number.charAt(17)) {
                String changed = number.substring(0, 17) + wrong;
                assertThat(IdNumber.check(changed, TODAY)).as(changed).isEqualTo(Problem.WRONG_CHECK_CHARACTER);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "19990230, 30 February",
        "19990229, 29 February of a common year",
        "19000229, 29 February 1900 (not a leap year)",
        "19991301, month 13",
        "19990001, month 00",
        "19990100, day 00",
        "19990431, 31 April",
        "18991231, year 1899",
        "00000101, year 0000",
    })
    void refusesImpossibleBirthDate(String birth, String description) {
        String number = IdNumbers.of("360821", birth, "011");

        assertThat(IdNumber.check(number, TODAY)).isEqualTo(Problem.IMPOSSIBLE_BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20250316", "20260101", "29991231"})
    void refusesBirthDateInTheFuture(String birth) {
        String number = IdNumbers.of("360821", birth, "011");

        assertThat(IdNumber.check(number, TODAY)).isEqualTo(Problem.BIRTH_DATE_IN_FUTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "1101051949123100", "360821"})
    void refusesWrongLength(String text) {
        assertThat(IdNumber.check(text, TODAY)).isEqualTo(Problem.WRONG_LENGTH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u3000"})
    void refusesEmptyText(String text) {
        assertThat(IdNumber.check(text, TODAY)).isEqualTo(Problem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1101051949123100AX",   // a letter among the digits
        "110105194912310X2X",   // X anywhere but last
        "X1010519491231002X",
        "11010519491231002Y",   // a check letter other than X
        "110105-9491231002X",
        "11010519491231002\u5341", // a Chinese numeral as check character
        "11010519491231002\uD842\uDFB7",  // 17 digits + one outside the BMP: 18 code points, 19 chars
    })
    void refusesIllegalCharacter(String text) {
        assertThat(IdNumber.check(text, TODAY)).isEqualTo(Problem.ILLEGAL_CHARACTER);
    }

    @Test
    void reportsWhichRuleFailedWhenParsingWithoutShowingTheNumber() {
        String wrong = "110105194912310021";

        assertThatThrownBy(() -> IdNumber.parse(wrong, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WRONG_CHECK_CHARACTER")
                .hasMessageNotContaining(wrong);
    }

    @Test
    void namesTheMessageKeyOfEachProblem() {
        assertThat(Problem.IMPOSSIBLE_BIRTH_DATE.messageKey()).isEqualTo("validation.idNumber.IMPOSSIBLE_BIRTH_DATE");
        assertThat(Problem.WRONG_CHECK_CHARACTER.messageKey()).isEqualTo("validation.idNumber.WRONG_CHECK_CHARACTER");
    }

    @ParameterizedTest(name = "17th digit {0} means {1}")
    @CsvSource({
        "0, FEMALE", "1, MALE", "2, FEMALE", "3, MALE", "4, FEMALE",
        "5, MALE", "6, FEMALE", "7, MALE", "8, FEMALE", "9, MALE",
    })
    void takesGenderFromTheSeventeenthDigit(char digit, Gender expected) {
        String number = IdNumbers.of("360821", "19850314", "01" + digit);

        assertThat(IdNumber.parse(number, TODAY).gender()).isEqualTo(expected);
    }

    @Test
    void readsBirthDateAndAreaCode() {
        IdNumber id = IdNumber.parse(IdNumbers.of("360821", "19800229", "123"), TODAY);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(id.areaCode()).isEqualTo("360821");
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void masksAllButFirstSixAndLastFour(String number) {
        IdNumber id = IdNumber.parse(number, TODAY);

        assertThat(id.masked())
                .isEqualTo(number.substring(0, 6) + "********" + number.substring(14))
                .hasSize(18);
        assertThat(id.lastFour()).isEqualTo(number.substring(14));
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void toStringNeverShowsTheWholeNumber(String number) {
        IdNumber id = IdNumber.parse(number, TODAY);

        assertThat(id.toString())
                .doesNotContain(number)
                .doesNotContain(number.substring(6, 14))
                .isEqualTo(id.masked());
    }

    @ParameterizedTest
    @CsvSource({
        "１１０１０５１９４９１２３１００２Ｘ, 11010519491231002X",
        "１１０１０５１９４９１２３１００２ｘ, 11010519491231002X",
        "１１０１０５19491231００２X, 11010519491231002X",
        "'  11010519491231002x  ', 11010519491231002X",
    })
    void normalisesFullWidthDigitsAndSpacesAroundTheNumber(String typed, String expected) {
        assertThat(IdNumber.check(typed, TODAY)).isEqualTo(Problem.NONE);
        assertThat(IdNumber.parse(typed, TODAY).value()).isEqualTo(expected);
    }

    @Test
    void equalNumbersWrittenDifferentlyAreEqual() {
        IdNumber typed = IdNumber.parse("１１０１０５１９４９１２３１００２ｘ", TODAY);
        IdNumber plain = IdNumber.parse("11010519491231002X", TODAY);

        assertThat(typed).isEqualTo(plain).hasSameHashCodeAs(plain);
    }
}

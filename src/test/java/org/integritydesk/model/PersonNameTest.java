package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {
    /** U+20BB7, a CJK Extension B character found in names (a variant of 吉): two Java chars. */
    private static final String EXT_B = new String(Character.toChars(0x20BB7));

    @ParameterizedTest
    @ValueSource(strings = {
        "张三", "王五", "欧阳修", "司马相如", "诸葛孔明", "上官婉儿", "皇甫嵩", "端木蓉",   // compound surnames
        "阿沛·阿旺晋美", "买买提·艾力",                                                   // minority names with the middle dot
        "𠮷乐", "陶喆", "㐀明",                                                           // rare characters (Ext-B, BMP, Ext-A)
        "Mary Smith", "Jean-Pierre",
    })
    void acceptsNamePeopleActuallyHave(String name) {
        assertThat(PersonName.problem(name)).isNull();
    }

    @Test
    void countsCodePointsNotChars() {
        String name = EXT_B + "乐";

        assertThat(name).hasSize(3);
        assertThat(PersonName.codePointLength(name)).isEqualTo(2);
    }

    @Test
    void acceptsThirtyCodePointsOutsideTheBmp() {
        String name = EXT_B.repeat(PersonName.MAX_CODE_POINTS);

        assertThat(name).hasSize(60);
        assertThat(PersonName.problem(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {31, 40})
    void refusesMoreThanThirtyCodePoints(int length) {
        assertThat(PersonName.problem("张".repeat(length))).isEqualTo("validation.name.tooLong");
        assertThat(PersonName.problem(EXT_B.repeat(length))).isEqualTo("validation.name.tooLong");
    }

    @Test
    void acceptsExactlyThirtyBmpCharacters() {
        assertThat(PersonName.problem("张".repeat(30))).isNull();
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({
        "00B7", "2022", "2027", "30FB", "FF0E", "2219", "22C5", "FF65", "0387",
    })
    void foldsMiddleDotLookAlikesToU00B7(String hex) {
        String dot = new String(Character.toChars(Integer.parseInt(hex, 16)));

        String folded = PersonName.normalise("阿沛" + dot + "阿旺晋美");

        assertThat(folded).isEqualTo("阿沛\u00B7阿旺晋美");
        assertThat(PersonName.problem("阿沛" + dot + "阿旺晋美")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张3", "李四2", "王五１", "007"})
    void refusesDigits(String name) {
        assertThat(PersonName.problem(name)).isEqualTo("validation.name.illegalCharacter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三!", "李四@", "王<五>", "张三；"})
    void refusesPunctuationOtherThanDotAndHyphen(String name) {
        assertThat(PersonName.problem(name)).isEqualTo("validation.name.illegalCharacter");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void requiresAName(String name) {
        assertThat(PersonName.problem(name)).isEqualTo("validation.required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  张三  '        | 张三",
        "'Mary   Smith'    | Mary Smith",
        "'Mary\u3000Smith' | Mary Smith",
    })
    void trimsAndCollapsesSpaces(String raw, String expected) {
        assertThat(PersonName.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void keepsCharactersOutsideTheBmpWhenNormalising() {
        assertThat(PersonName.normalise(" " + EXT_B + "乐 ")).isEqualTo(EXT_B + "乐");
    }
}

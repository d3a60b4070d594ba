package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameInitialsTest {
    private static final String EXT_B = new String(Character.toChars(0x20BB7));

    @Test
    void takesTheFirstLetterOfEachSyllable() {
        assertThat(NameInitials.of("张三")).isEqualTo("zs");
        assertThat(NameInitials.of("张三丰")).isEqualTo("zsf");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "单田芳, stf",   // 单 as a surname is Shan, the dictionary's first reading is dan
        "曾国藩, zgf",   // 曾 as a surname is Zeng, not ceng
        "解缙, xj",
        "仇英, qy",
        "区寄, oj",
        "查良镛, zly",
        "朴树, ps",
        "盖聂, gn",
        "乐毅, yy",
        "覃斌, qb",
    })
    void readsPolyphonicSurnamesAsSurnames(String name, String initials) {
        assertThat(NameInitials.of(name)).isEqualTo(initials);
    }

    @Test
    void readsPolyphonicCharactersAfterTheSurnameByTheirFirstReading() {
        assertThat(NameInitials.of("张单")).isEqualTo("zd");
    }

    @Test
    void keepsAnExtensionBCharacterWhole() {
        assertThat(NameInitials.of(EXT_B + "乐")).isEqualTo(EXT_B + "l");
        assertThat(NameInitials.of("张" + EXT_B)).isEqualTo("z" + EXT_B);
    }

    @Test
    void dropsTheMiddleDot() {
        assertThat(NameInitials.of("阿沛·阿旺晋美")).isEqualTo("apawjm");
    }

    @Test
    void handlesCompoundSurnames() {
        assertThat(NameInitials.of("欧阳修")).isEqualTo("oyx");
        assertThat(NameInitials.of("司马相如")).isEqualTo("smxr");
    }

    @Test
    void lowerCasesLatinLetters() {
        assertThat(NameInitials.of("Mary Smith")).isEqualTo("marysmith");
    }

    @Test
    void givesNothingForAnEmptyName() {
        assertThat(NameInitials.of("")).isEmpty();
    }
}

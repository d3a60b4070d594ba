package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CadreSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    /** 张三, 城关分局 副局长, ID number ending in 019X. */
    private static final CadreSummary ZHANG_SAN = summary("张三", "zs", "城关分局", "副局长",
            IdNumbers.of("360821", "19850314", "019"));
    private static final CadreSummary LI_SI = summary("李四", "ls", "敦厚分局", "执法队员",
            IdNumbers.of("360821", "19900708", "022"));
    private static final CadreSummary OUYANG = summary("欧阳明月", "oymy", "城关分局", "执法队员",
            IdNumbers.of("360821", "19780615", "271"));
    private static final List<CadreSummary> ALL = List.of(ZHANG_SAN, LI_SI, OUYANG);

    private static CadreSummary summary(String name, String initials, String unit, String position, String id) {
        return new CadreSummary(UUID.randomUUID(), UUID.randomUUID(), unit, name, initials,
                IdNumber.parse(id, TODAY), position, CadreCategory.GENERAL, CadreStatus.ACTIVE, false, 1, null);
    }

    private static List<String> found(String query) {
        CadreSearch search = new CadreSearch(query);
        return ALL.stream().filter(search::matches).map(CadreSummary::name).toList();
    }

    @Test
    void tableIsAsExpected() {
        assertThat(ZHANG_SAN.idNumber().value()).endsWith("019X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "张", "三"})
    void matchesPartOfTheName(String query) {
        assertThat(found(query)).containsExactly("张三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zs", "z", "ZS", "Zs"})
    void matchesPrefixOfTheNameInitials(String query) {
        assertThat(found(query)).containsExactly("张三");
    }

    @Test
    void doesNotMatchInitialsInTheMiddle() {
        assertThat(found("my")).isEmpty();
    }

    @Test
    void matchesTheUnit() {
        assertThat(found("城关")).containsExactly("张三", "欧阳明月");
    }

    @Test
    void matchesThePosition() {
        assertThat(found("执法")).containsExactly("李四", "欧阳明月");
    }

    @ParameterizedTest
    @ValueSource(strings = {"019X", "019x", "4019X", "19850314019X"})
    void matchesTheTailOfTheIdNumberFromFourCharacters(String query) {
        assertThat(found(query)).containsExactly("张三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19X", "9x", "X"})
    void ignoresIdNumberTailsShorterThanFour(String query) {
        assertThat(found(query)).isEmpty();
    }

    @Test
    void doesNotMatchTheMiddleOfTheIdNumber() {
        assertThat(found("1985")).isEmpty();
    }

    @Test
    void requiresEveryTermToMatch() {
        assertThat(found("城关 执法")).containsExactly("欧阳明月");
        assertThat(found("zs 执法")).isEmpty();
    }

    @Test
    void splitsTermsAtIdeographicSpace() {
        // a Chinese input method in full-width mode types U+3000 for the space bar
        assertThat(found("城关\u3000执法")).containsExactly("欧阳明月");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void emptyQueryMatchesEveryone(String query) {
        assertThat(new CadreSearch(query).isEmpty()).isTrue();
        assertThat(found(query)).containsExactly("张三", "李四", "欧阳明月");
    }

    @Test
    void matchesANameOutsideTheBmp() {
        String ext = new String(Character.toChars(0x20BB7));
        CadreSummary rare = summary(ext + "乐", ext + "l", "城关分局", "科员", IdNumbers.of("360821", "19900101", "033"));

        assertThat(new CadreSearch(ext).matches(rare)).isTrue();
        assertThat(new CadreSearch(ext + "乐").matches(rare)).isTrue();
    }
}

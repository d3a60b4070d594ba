package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.Gender;
import org.integritydesk.model.PersonName;
import org.integritydesk.service.NameInitials;
import org.junit.jupiter.api.Test;

class ChineseNamesTest {
    private final DemoRandom random = new DemoRandom(42);

    @Test
    void everyHanNameIsAValidNameOfTwoToFourCharacters() {
        for (int i = 0; i < 20_000; i++) {
            String name = ChineseNames.hanName(random, i % 2 == 0 ? Gender.MALE : Gender.FEMALE).full();
            assertThat(PersonName.problem(name)).as(name).isNull();
            assertThat(PersonName.codePointLength(name)).as(name).isBetween(2, 4);
        }
    }

    @Test
    void aboutOneNameInFiveHundredHoldsTheExtensionBCharacter() {
        List<String> names = hanNames(50_000);

        long withExtensionB = names.stream().filter(n -> n.contains(ChineseNames.EXTENSION_B_CHARACTER)).count();

        assertThat(withExtensionB).isBetween(60L, 140L);
    }

    @Test
    void theExtensionBCharacterIsKeptWholeInTheSearchInitials() {
        String name = "王" + ChineseNames.EXTENSION_B_CHARACTER + "祥";

        assertThat(NameInitials.of(name)).isEqualTo("w" + ChineseNames.EXTENSION_B_CHARACTER + "x");
    }

    @Test
    void uyghurNamesJoinGivenAndFathersNameWithTheMiddleDot() {
        PersonalName name = ChineseNames.uyghurName(random, Gender.FEMALE);

        assertThat(name.full()).matches("[^\u00B7]+\u00B7[^\u00B7]+");
        assertThat(PersonName.problem(name.full())).isNull();
        assertThat(name.hasSurname()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameNames() {
        assertThat(hanNames(500, new DemoRandom(5))).isEqualTo(hanNames(500, new DemoRandom(5)));
    }

    private List<String> hanNames(int count) {
        return hanNames(count, random);
    }

    private static List<String> hanNames(int count, DemoRandom random) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(ChineseNames.hanName(random, Gender.MALE).full());
        }
        return names;
    }
}

package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.integritydesk.model.CadreFile;
import org.integritydesk.service.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives the same rows in a fresh database; another seed gives other rows. */
class DemoDataDeterminismTest {
    @TempDir
    static Path folder;
    private static List<String> first;
    private static List<String> again;
    private static List<String> otherSeed;

    @BeforeAll
    static void generateThreeDatabases() {
        first = generateAndDescribe("first", 7);
        again = generateAndDescribe("again", 7);
        otherSeed = generateAndDescribe("other", 8);
    }

    @Test
    void sameSeedGivesIdenticalCadresAndFamilyRows() {
        assertThat(first).hasSize(DemoOptions.DEFAULT_CADRES).isEqualTo(again);
    }

    @Test
    void differentSeedGivesDifferentCadres() {
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(field(otherSeed, 2)).doesNotContainAnyElementsOf(field(first, 2));
        assertThat(field(otherSeed, 1).stream().sorted().toList()).isNotEqualTo(field(first, 1).stream().sorted().toList());
    }

    private static List<String> generateAndDescribe(String subfolder, long seed) {
        try (DemoFixture db = new DemoFixture(folder.resolve(subfolder))) {
            db.demo.generate(new DemoOptions(DemoOptions.DEFAULT_CADRES, seed, DemoFixture.YEAR), ProgressListener.NONE);
            return db.allFiles().stream().map(DemoDataDeterminismTest::describe).toList();
        }
    }

    /**
     * One line per cadre, in print order: key, name, ID number, unit code, position and every other
     * stored field, then the family rows. The bureau's own key is left out: SetupService draws it
     * at random.
     */
    private static String describe(CadreFile file) {
        var c = file.cadre();
        String family = file.familyBusinesses().stream()
                .map(f -> f.id() + "/" + f.relation() + "/" + f.name() + "/" + f.businessKind() + "/"
                        + f.employerOrBusiness() + "/" + f.inJurisdiction() + "/" + f.notes())
                .collect(Collectors.joining(";"));
        return String.join("|", c.id().toString(), c.name(), c.idNumber().value(), file.unit().code(), c.position(),
                c.category().name(), String.valueOf(c.importantPosition()), c.status().name(), c.ethnicity(),
                c.politicalStatus(), c.education(), String.valueOf(c.mobile()), String.valueOf(c.workStartDate()),
                String.valueOf(c.appointmentDate()), String.valueOf(c.notes()), family);
    }

    private static List<String> field(List<String> described, int index) {
        return described.stream().map(line -> line.split("\\|")[index]).toList();
    }
}

package org.integritydesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.MobileNumber;
import org.integritydesk.model.PersonName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 3,000 generated cadres look like: large enough for the rare names to turn up. */
class DemoDataContentTest {
    private static final int CADRES = 3_000;

    @TempDir
    static Path folder;
    private static DemoFixture db;
    private static DemoSummary summary;
    private static List<CadreFile> files;
    private static final List<long[]> progress = new ArrayList<>();

    @BeforeAll
    static void generate() {
        db = new DemoFixture(folder);
        summary = db.demo.generate(new DemoOptions(CADRES, 20_260_101L, DemoFixture.YEAR),
                (done, total) -> progress.add(new long[] {done, total}));
        files = db.allFiles();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void storesTheRequestedNumberOfCadres() {
        assertThat(files).hasSize(CADRES);
        assertThat(summary.cadres()).isEqualTo(CADRES);
    }

    @Test
    void reportsProgressAfterEveryBatch() {
        assertThat(progress).containsExactly(new long[] {0, CADRES}, new long[] {2_000, CADRES},
                new long[] {CADRES, CADRES});
    }

    @Test
    void everyCadrePassesTheFormRules() {
        assertThat(files).allSatisfy(f ->
                assertThat(CadreRules.check(DemoFixture.draftOf(f), db.today())).as(f.cadre().name()).isEmpty());
    }

    @Test
    void idNumbersAreValidAndUnique() {
        List<String> numbers = cadres().stream().map(c -> c.idNumber().value()).toList();

        assertThat(numbers).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(IdNumber.check(n, db.today())).isEqualTo(IdNumber.Problem.NONE))
                .allSatisfy(n -> assertThat(n.charAt(17)).isEqualTo(IdNumber.checkCharacterFor(n)));
    }

    @Test
    void mostIdNumbersComeFromJiAnCountyAndTheRestFromJiangxiOrXinjiang() {
        assertThat(share(c -> c.idNumber().areaCode().equals("360821"))).isBetween(0.8, 0.9);
        assertThat(cadres()).allSatisfy(c -> assertThat(c.idNumber().areaCode()).matches("36\\d{4}|65\\d{4}"));
    }

    @Test
    void birthDatesLieBetween1963And2001() {
        assertThat(cadres()).allSatisfy(c -> assertThat(c.birthDate().getYear()).isBetween(1963, 2001));
    }

    @Test
    void workAndAppointmentDatesFollowTheBirthDateAndPrecedeTheYear() {
        LocalDate firstOfYear = LocalDate.of(DemoFixture.YEAR, 1, 1);
        assertThat(cadres()).allSatisfy(c -> {
            assertThat(c.workStartDate()).isAfterOrEqualTo(c.birthDate().plusYears(18))
                    .isBeforeOrEqualTo(firstOfYear);
            assertThat(c.appointmentDate()).isAfterOrEqualTo(c.workStartDate()).isBeforeOrEqualTo(firstOfYear);
        });
    }

    @Test
    void namesIncludeExtensionBMiddleDotAndCompoundSurnames() {
        String extensionB = new String(Character.toChars(0x20BB7));
        assertThat(cadres()).extracting(Cadre::name)
                .allSatisfy(n -> assertThat(PersonName.problem(n)).as(n).isNull())
                .anySatisfy(n -> assertThat(n).contains(extensionB))
                .anySatisfy(n -> assertThat(n).contains("\u00B7"))
                .anySatisfy(n -> assertThat(n).startsWith("欧阳"));
    }

    @Test
    void middleDotNamesBelongToUyghurCadres() {
        assertThat(cadres()).filteredOn(c -> c.name().contains("\u00B7"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.ethnicity()).isEqualTo("维吾尔族"));
    }

    @Test
    void mostCadresAreActiveHanAndPartyMembers() {
        assertThat(share(c -> c.status() == CadreStatus.ACTIVE)).isGreaterThan(0.8);
        assertThat(share(c -> "汉族".equals(c.ethnicity()))).isGreaterThan(0.9);
        assertThat(share(c -> "中共党员".equals(c.politicalStatus()))).isBetween(0.5, 0.8);
    }

    @Test
    void positionsMatchTheirCategory() {
        Map<CadreCategory, Set<String>> allowed = Map.of(
                CadreCategory.LEADING, Set.of("局长", "副局长", "纪检组长"),
                CadreCategory.MIDDLE_LEVEL, Set.of("分局局长", "分局副局长", "办公室主任", "办公室副主任", "纪检监察室主任", "股长"),
                CadreCategory.LAW_ENFORCEMENT, Set.of("执法人员", "市场监管员", "案件审核员"),
                CadreCategory.GENERAL, Set.of("科员", "办事员", "会计", "出纳", "登记注册员"));
        assertThat(cadres()).allSatisfy(c -> assertThat(allowed.get(c.category())).contains(c.position()));
        assertThat(cadres()).extracting(Cadre::category).contains(CadreCategory.values());
        assertThat(share(Cadre::importantPosition)).isBetween(0.05, 0.3);
    }

    @Test
    void leadersAreActiveAndWorkInTheBureauItself() {
        assertThat(files).filteredOn(f -> f.cadre().category() == CadreCategory.LEADING)
                .hasSize(DemoUnits.BUREAU_LEADERS.size())
                .allSatisfy(f -> {
                    assertThat(f.unit().code()).isEqualTo("360821");
                    assertThat(f.cadre().status()).isEqualTo(CadreStatus.ACTIVE);
                    assertThat(f.cadre().importantPosition()).isTrue();
                });
    }

    @Test
    void mobileNumbersAreValidWhereGiven() {
        assertThat(cadres()).extracting(Cadre::mobile).filteredOn(m -> m != null)
                .hasSizeGreaterThan(CADRES * 9 / 10)
                .allSatisfy(m -> assertThat(MobileNumber.isValid(m)).as(m).isTrue());
    }

    @Test
    void aboutOneCadreInSixDeclaresFamilyBusiness() {
        double declaring = files.stream().filter(f -> !f.familyBusinesses().isEmpty()).count() / (double) CADRES;

        assertThat(declaring).isBetween(0.13, 0.21);
        assertThat(files).flatExtracting(CadreFile::familyBusinesses)
                .hasSize(summary.familyEntries())
                .anySatisfy(f -> assertThat(f.inJurisdiction()).isTrue())
                .anySatisfy(f -> assertThat(f.inJurisdiction()).isFalse());
    }

    private static List<Cadre> cadres() {
        return files.stream().map(CadreFile::cadre).toList();
    }

    private static double share(Predicate<Cadre> test) {
        return cadres().stream().filter(test).count() / (double) CADRES;
    }
}

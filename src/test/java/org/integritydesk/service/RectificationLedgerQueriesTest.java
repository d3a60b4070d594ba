package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.LedgerSelection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.Role;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger tab's three ways of reading the ledger (SQL pages and counts, the year's keys filtered
 * in memory, the printed ledger's SQL list) give exactly what {@link LedgerFilter#predicate} gives
 * over every item, for each filter and for a clerk's part of the ledger.
 */
class RectificationLedgerQueriesTest {
    private static final LocalDate TODAY = TestServices.TODAY;
    private static final int YEAR = TODAY.getYear();

    @TempDir
    Path dir;

    private TestServices services;
    private RectificationService ledger;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Cadre liSi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        ledger = services.rectifications;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).build());
        ProblemSource[] sources = ProblemSource.values();
        String[] texts = {"窗口人员上班迟到", "办结率未达100%_要求", "案卷文书不规范", "Late Filing"};
        for (int i = 0; i < 36; i++) {
            OrgUnit unit = i % 3 == 0 ? futan : chengguan;
            LocalDate found = i % 5 == 0 ? LocalDate.of(YEAR - 1, 6, 1 + i % 20) : TODAY.minusDays(i % 40);
            LocalDate deadline = switch (i % 4) {
                case 0 -> TODAY.minusDays(3);
                case 1 -> TODAY.plusDays(i % 8);
                case 2 -> TODAY.plusDays(30);
                default -> TODAY;
            };
            if (deadline.isBefore(found)) {
                deadline = found;
            }
            LocalDate returnVisit = i % 6 == 0 ? found.plusDays(i % 2 == 0 ? 0 : 400) : null;
            Rectification r = ledger.create(new RectificationDraft(sources[i % sources.length], unit.id(),
                    i % 4 == 1 && unit == chengguan ? liSi.id() : null, ProblemCategory.WORK_EFFICIENCY,
                    ProblemSeverity.MINOR_VIOLATION,
                    returnVisit == null ? ProblemResponse.TALK_EDUCATION : ProblemResponse.RETURN_VISIT_EDUCATION,
                    texts[i % texts.length], found, "严格考勤，每周通报", i % 7 == 0 ? futan.id() : unit.id(),
                    i % 2 == 0 ? "李明" : "王芳", deadline, returnVisit));
            if (i % 3 == 1) {
                r = ledger.step(r.id(), r.version(), RectificationStep.START, null);
            }
            if (i % 6 == 4) {
                ledger.step(r.id(), r.version(), RectificationStep.MARK_RECTIFIED, "已整改");
            }
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<LedgerFilter> filters() {
        List<LedgerFilter> filters = new ArrayList<>();
        for (Integer year : new Integer[] {YEAR, YEAR - 1}) {
            filters.add(LedgerFilter.ALL.inYear(year));
            filters.add(new LedgerFilter(year, Set.of(futan.id()), null, null, null, false, null));
            filters.add(new LedgerFilter(year, null, ProblemSource.values()[1], null, null, false, null));
            filters.add(new LedgerFilter(year, null, null, RectificationStatus.RECTIFYING, null, false, null));
            for (DueState due : DueState.values()) {
                filters.add(new LedgerFilter(year, null, null, null, due, false, null));
            }
            filters.add(new LedgerFilter(year, null, null, null, null, true, null));
            filters.add(new LedgerFilter(year, Set.of(chengguan.id()), null, RectificationStatus.OPEN,
                    DueState.OVERDUE, false, null));
            for (String text : new String[] {"迟到", "100%_", "0%", "late", "李四", "敦厚", "王芳", "zg-", "每周", "无此"}) {
                filters.add(new LedgerFilter(year, null, null, null, null, false, text));
            }
        }
        return filters;
    }

    private List<UUID> expected(LedgerFilter filter) {
        return ledger.list().stream().filter(filter.predicate(TODAY)).map(Rectification::id).toList();
    }

    @Test
    void everyWayOfReadingGivesWhatTheFilterLetsThroughInLedgerOrder() {
        for (LedgerFilter filter : filters()) {
            List<UUID> expected = expected(filter);
            assertThat(ledger.list(filter)).as("SQL list %s", filter).extracting(Rectification::id)
                    .containsExactlyElementsOf(expected);
            LedgerSelection selection = LedgerSelection.of(ledger.ledgerKeys(filter.year()), filter, TODAY);
            assertThat(selection.page(0, 1000)).as("keys %s", filter).extracting(LedgerKey::id)
                    .containsExactlyElementsOf(expected);
            // the keys carry every value the table shows, the severity and the names included
            assertThat(selection.page(0, 1000)).as("key values %s", filter)
                    .containsExactlyElementsOf(ledger.list(filter).stream().map(LedgerKey::of).toList());
            RectificationService.LedgerPage page = ledger.ledgerPage(filter, 0, 1000);
            assertThat(page.items()).as("SQL page %s", filter).extracting(Rectification::id)
                    .containsExactlyElementsOf(expected);
            assertThat(page.matching()).isEqualTo(expected.size());
            assertThat(selection.matching()).isEqualTo(expected.size());
        }
    }

    @Test
    void countsTheYearAndItsOverdueItemsWhateverTheFilter() {
        LedgerFilter filter = new LedgerFilter(YEAR, null, null, null, null, false, "迟到");
        List<Rectification> year = ledger.list(LedgerFilter.ALL.inYear(YEAR));
        long overdue = year.stream().filter(r -> r.dueState(TODAY) == DueState.OVERDUE).count();

        RectificationService.LedgerPage page = ledger.ledgerPage(filter, 0, 5);
        LedgerSelection selection = LedgerSelection.of(ledger.ledgerKeys(YEAR), filter, TODAY);

        assertThat(year).hasSizeGreaterThan(20);
        assertThat(overdue).isPositive();
        assertThat(page.inYear()).isEqualTo(year.size());
        assertThat(page.overdue()).isEqualTo(overdue);
        assertThat(selection.inYear()).isEqualTo(year.size());
        assertThat(selection.overdue()).isEqualTo(overdue);
    }

    @Test
    void pagesFollowOneAnotherAndAPagePastTheEndIsTheLast() {
        LedgerFilter filter = LedgerFilter.ALL.inYear(YEAR);
        List<UUID> expected = expected(filter);
        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 7) {
            RectificationService.LedgerPage page = ledger.ledgerPage(filter, offset, 7);
            assertThat(page.offset()).isEqualTo(offset);
            page.items().forEach(r -> paged.add(r.id()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);

        RectificationService.LedgerPage beyond = ledger.ledgerPage(filter, 10_000, 7);
        assertThat(beyond.offset()).isEqualTo((expected.size() - 1) / 7 * 7);
        assertThat(beyond.items()).extracting(Rectification::id)
                .containsExactlyElementsOf(expected.subList(beyond.offset(), expected.size()));
    }

    @Test
    void aClerkReadsOnlyTheirUnitsItemsEveryWay() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk");
        LedgerFilter filter = LedgerFilter.ALL.inYear(YEAR);

        List<LedgerKey> keys = ledger.ledgerKeys(YEAR);
        RectificationService.LedgerPage page = ledger.ledgerPage(filter, 0, 1000);

        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k.unitId()).isEqualTo(chengguan.id()));
        assertThat(page.items()).isNotEmpty().allSatisfy(r -> assertThat(r.unitId()).isEqualTo(chengguan.id()));
        assertThat(page.inYear()).isEqualTo(keys.size());
        assertThat(keys).extracting(LedgerKey::id).containsExactlyElementsOf(expected(filter));
        services.actAs(Role.INSPECTOR, null, null, "inspector");
        UUID ofFutan = ledger.ledgerKeys(YEAR).stream().filter(k -> k.unitId().equals(futan.id())).findFirst()
                .orElseThrow().id();
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk");
        assertThatThrownBy(() -> ledger.find(ofFutan)).isInstanceOf(ServiceException.class);
    }

    @Test
    void keysCarryTheNamesTheSearchLooksAt() {
        LedgerKey withCadre = ledger.ledgerKeys(YEAR).stream().filter(k -> k.cadreName() != null).findFirst()
                .orElseThrow();

        assertThat(withCadre.cadreName()).isEqualTo("李四");
        assertThat(withCadre.unitName()).isEqualTo("城关分局");
        assertThat(withCadre.responsibleUnitName()).isIn("城关分局", "敦厚分局");
    }

    @Test
    void yearsRunFromThisYearBackToTheFirstFinding() {
        assertThat(ledger.ledgerYears()).containsExactly(YEAR, YEAR - 1);
    }

    @Test
    void anEmptyLedgerOffersThisYear() {
        services.close();
        services = TestServices.open(dir.resolve("empty"));
        services.setUpBureau();

        assertThat(services.rectifications.ledgerYears()).containsExactly(YEAR);
        assertThat(services.rectifications.ledgerPage(LedgerFilter.ALL.inYear(YEAR), 0, 100).items()).isEmpty();
    }

    @Test
    void needingAttentionIsTheOverdueAndTheReturnVisitsDue() {
        List<UUID> expected = ledger.list().stream()
                .filter(r -> r.dueState(TODAY) == DueState.OVERDUE || r.returnVisitDue(TODAY))
                .map(Rectification::id).toList();

        assertThat(expected).isNotEmpty();
        assertThat(ledger.needingAttention()).extracting(Rectification::id).containsExactlyElementsOf(expected);
    }
}

package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingResults;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.TallyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 述职述廉民主测评表 and 述职述廉测评结果汇总表 as a PDF reader sees them. */
class DebriefingReportsTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    /** A name with a character of CJK Extension B, which lies outside the BMP. */
    private static final String RARE_NAME = "王" + new String(Character.toChars(0x20BB7)) + "明";
    private static DebriefingReports reports;

    @BeforeAll
    static void load() {
        reports = new DebriefingReports();
    }

    private static DebriefingSession session(SatisfactionFormula formula) {
        return new DebriefingSession(UUID.randomUUID(), "SZ-2025-01", 2025, LocalDate.of(2025, 12, 18), "县局三楼会议室",
                UUID.randomUUID(), BUREAU, formula, 40, true,
                new RecordStamp(Instant.EPOCH, Instant.EPOCH, "x", "360821", 1));
    }

    private static List<ReportingCadre> cadres(DebriefingSession s, int count) {
        List<ReportingCadre> out = new ArrayList<>();
        ReportingCategory[] categories = ReportingCategory.values();
        for (int i = 0; i < count; i++) {
            // the bureau's own cadres carry its long name on the ballot
            out.add(new ReportingCadre(UUID.randomUUID(), s.id(), UUID.randomUUID(), i == 0 ? RARE_NAME : "干部" + (i + 1),
                    i < 4 ? BUREAU : "城关分局", i < 4 ? "党组成员、副局长" : "所长", categories[i % categories.length], i + 1));
        }
        return out;
    }

    private static void fontsEmbedded(PdfText pdf) {
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void theBlankBallotPrintsNNumberedCopiesWithEveryCadreTheBoxesAndTheAbstainRule() {
        DebriefingSession s = session(SatisfactionFormula.DEFAULT);
        RenderedReport report = reports.ballots(s, cadres(s, 12), BUREAU, 3, Locale.SIMPLIFIED_CHINESE);
        PdfText pdf = PdfText.of(report);
        assertThat(pdf.pages()).hasSize(3);
        for (int copy = 1; copy <= 3; copy++) {
            String page = pdf.pages().get(copy - 1);
            assertThat(page).contains("No. 00" + copy, "述职述廉民主测评表", "2025年度", BUREAU, RARE_NAME, "干部12",
                    "局党组成员", "分局局长", "中层干部", "执法人员", "□ 满意", "□ 基本满意", "□ 不满意",
                    "不划或多划的，视为对该述职人弃权", "2025年12月18日", "县局三楼会议室", "□ 人大代表", "□ 企业代表",
                    "第 1 页", "共 1 页");
            assertThat(page).doesNotContain("比较满意");
        }
        assertThat(report.charactersWithoutGlyph()).isEmpty();
        fontsEmbedded(pdf);
    }

    @Test
    void fortyCopiesOfATwelveCadreBallotAreFortyNumberedPages() {
        DebriefingSession s = session(SatisfactionFormula.DEFAULT);
        reports.ballots(s, cadres(s, 12), BUREAU, 1, Locale.SIMPLIFIED_CHINESE);
        long started = System.nanoTime();
        RenderedReport report = reports.ballots(s, cadres(s, 12), BUREAU, 40, Locale.SIMPLIFIED_CHINESE);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("ballot: 40 copies of 12 cadres filled in " + ms + " ms (after a first fill)");
        PdfText pdf = PdfText.of(report);
        assertThat(pdf.pages()).hasSize(40);
        assertThat(pdf.pages().get(39)).contains("No. 040", RARE_NAME, "干部12");
        assertThat(pdf.pages().get(16)).contains("No. 017");
    }

    @Test
    void theWeightedBallotShowsItsFiveBoxes() {
        DebriefingSession s = session(SatisfactionFormula.WEIGHTED);
        PdfText pdf = PdfText.of(reports.ballots(s, cadres(s, 2), BUREAU, 1, Locale.SIMPLIFIED_CHINESE));
        assertThat(pdf.all()).contains("□ 满意", "□ 比较满意", "□ 基本满意", "□ 不太满意", "□ 不满意", "No. 001");
    }

    @Test
    void theSummaryShowsTalliesSatisfactionByTheFormulaAndTheQuorum() {
        DebriefingSession s = session(SatisfactionFormula.DEFAULT);
        List<ReportingCadre> cadres = cadres(s, 3);
        List<TallyEntry> entries = new ArrayList<>();
        BallotTally a = BallotTally.of(cadres.get(0).id(), 40, 38, 1, 33, 3, 1, 0);
        BallotTally b = BallotTally.of(cadres.get(1).id(), 40, 38, 1, 30, 5, 2, 0);
        BallotTally bTypo = BallotTally.of(cadres.get(1).id(), 40, 38, 1, 31, 4, 2, 0);
        for (EntryRound round : List.of(EntryRound.FIRST, EntryRound.SECOND)) {
            entries.add(new TallyEntry(round, round.name(), Instant.EPOCH, a));
            entries.add(new TallyEntry(round, round.name(), Instant.EPOCH, round == EntryRound.FIRST ? b : bTypo));
        }
        DebriefingDetails d = new DebriefingDetails(s, cadres, List.of(), entries, DebriefingResults.of(s, cadres, entries),
                List.<DebriefingComment>of());
        PdfText pdf = PdfText.of(reports.summary(List.of(d), BUREAU, LocalDate.of(2025, 12, 20), Locale.SIMPLIFIED_CHINESE));
        String text = pdf.all();
        assertThat(text).contains("2025年度述职述廉测评结果汇总表", "SZ-2025-01", RARE_NAME, "93.24%", "两次录入一致",
                "两次录入不一致", "未录入", "应参加测评 40 人", "至少 21 张", "（满意票 + 基本满意票 × 0.5）÷ 有效票",
                "以上结果不是最终结果", "计票人签字", "第 1 页", "共 1 页");
        assertThat(pdf.pages()).hasSize(1);
        fontsEmbedded(pdf);
    }
}

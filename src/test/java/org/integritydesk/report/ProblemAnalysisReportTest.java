package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.ProblemAnalysis.Counts;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 问题整改分析表 as a PDF reader sees it: Chinese text extractable, fonts embedded, every table, the bars. */
class ProblemAnalysisReportTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    private static ProblemAnalysisReport report;

    @BeforeAll
    static void load() {
        report = new ProblemAnalysisReport();
    }

    private static ProblemAnalysis analysis(int units) {
        Counts some = new Counts(12, 5, 2, 7, 4, 6, 3);
        List<ProblemAnalysis.UnitRow> byUnit = new java.util.ArrayList<>();
        for (int i = 0; i < units; i++) {
            byUnit.add(new ProblemAnalysis.UnitRow(UUID.randomUUID(), "360821" + (10 + i), "第" + (i + 1) + "分局",
                    new Counts(12 - i, 5 - i % 5, 1, 7, 4, 6, 1)));
        }
        return new ProblemAnalysis(AnalysisPeriod.ofYear(2025), LocalDate.of(2025, 3, 15),
                new Counts(40, 15, 4, 25, 10, 18, 7),
                Arrays.stream(ProblemCategory.values()).map(c -> new ProblemAnalysis.Row<>(c,
                        c == ProblemCategory.OTHER ? Counts.NONE : some)).toList(),
                Arrays.stream(ProblemSeverity.values()).map(c -> new ProblemAnalysis.Row<>(c, some)).toList(),
                Arrays.stream(ProblemSource.values()).map(c -> new ProblemAnalysis.Row<>(c, some)).toList(),
                byUnit, byUnit.stream().limit(ProblemAnalysis.MOST_OPEN).toList());
    }

    @Test
    void printsEveryTableWithChineseTextAndEmbeddedFonts() {
        PdfText pdf = PdfText.of(report.fill(analysis(3), BUREAU, "城关分局", Locale.SIMPLIFIED_CHINESE));
        String text = pdf.all().replaceAll("\\s+", "");

        assertThat(text).contains("问题整改分析表", BUREAU, "统计期间：2025年1月1日至2025年12月31日", "范围：城关分局",
                "期间共发现问题40项", "按期整改率72.0%", "一、按问题领域", "二、按问题性质", "三、按问题来源", "四、按单位",
                "五、未整改问题最多的单位", "依法行政", "工作效能", "文明服务", "廉洁自律", "其他", "苗头性问题", "信访举报",
                "第1分局", "66.7%", "问题数分布", "未整改分布", "制表人", "审核人", "第1页", "共");
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void aRowWithNothingJudgedShowsADash() {
        String text = PdfText.of(report.fill(analysis(1), BUREAU, "", Locale.SIMPLIFIED_CHINESE)).all();
        // 其他 has no items: neither on time nor late
        assertThat(text).contains("其他 0 0 0 0 0 —");
        assertThat(text).contains("范围：全部单位");
    }

    @Test
    void manyUnitsRunOntoMorePagesNumberedAsSuch() {
        RenderedReport rendered = report.fill(analysis(40), BUREAU, "", Locale.SIMPLIFIED_CHINESE);
        PdfText pdf = PdfText.of(rendered);

        assertThat(rendered.pageCount()).isGreaterThan(1);
        assertThat(pdf.pages().get(1)).contains("第 2 页", "共 " + rendered.pageCount() + " 页");
        assertThat(rendered.renderPagePng(0, 0.3f)).isNotEmpty();
    }

    @Test
    void printsInEnglishToo() {
        String text = PdfText.of(report.fill(analysis(1), "Ji'an County", "", Locale.ENGLISH)).all().replaceAll("\\s+", " ");
        assertThat(text).contains("Problem Rectification Analysis", "1. By area", "Units with most open problems");
    }

    @Test
    void barsAreProportionalToTheLargestRowAndNeverHideANonZeroRow() {
        assertThat(ProblemAnalysisReport.barLength(0, 10)).isZero();
        assertThat(ProblemAnalysisReport.barLength(10, 10)).isEqualTo(ProblemAnalysisReport.BAR_SEGMENTS);
        assertThat(ProblemAnalysisReport.barLength(5, 10)).isEqualTo(ProblemAnalysisReport.BAR_SEGMENTS / 2);
        assertThat(ProblemAnalysisReport.barLength(1, 1000)).isEqualTo(1);
        assertThat(ProblemAnalysisReport.barLength(3, 0)).isZero();
    }
}

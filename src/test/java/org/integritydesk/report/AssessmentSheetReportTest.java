package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.Grade;
import org.integritydesk.model.ScoringRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentSheetReportTest {
    private static final String FULL_ID = "360821198503140191";
    private static final String MASKED = "360821********0191";
    private static AssessmentSheetReport report;

    @BeforeAll
    static void loadTemplates() {
        report = new AssessmentSheetReport();
    }

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static AssessmentSheetReport.CadreSheet sheet(String name, boolean sanctioned) {
        List<AssessmentSheetReport.Line> lines = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            lines.add(new AssessmentSheetReport.Line(0, "分类" + c, d("20"), null, null, null, null, null));
            lines.add(new AssessmentSheetReport.Line(1, "教育活动出勤率", d("15"), ScoringRule.PROPORTIONAL, d("1"),
                    AssessmentInput.ATTENDANCE_RATE, d("0.9"), d("13.5")));
            lines.add(new AssessmentSheetReport.Line(1, "诫勉谈话", d("5"), ScoringRule.DEDUCT_PER_OCCURRENCE, d("5"),
                    AssessmentInput.ADMONISHMENT_TALKS, null, d("5")));
        }
        return new AssessmentSheetReport.CadreSheet("城关分局", name, MASKED, "所长", lines, d("93.5"), d("96"),
                List.of("王芳 91.0", "刘静 89.0"), d("90.0"), List.of("-2.0 学习笔记未完成"), d("88.0"),
                sanctioned ? Grade.BASICALLY_COMPETENT : Grade.COMPETENT, sanctioned);
    }

    @Test
    void printsEachCadreOnOwnPageWithTheFormsColumnsAndTotals() {
        PdfText pdf = PdfText.of(report.fillCadres(List.of(sheet("李四", false), sheet("欧阳·娜仁", true)), 2025,
                "吉安县市场监督管理局", Locale.SIMPLIFIED_CHINESE, ProgressListener.NONE, () -> false));

        assertThat(pdf.pages()).hasSize(2);
        assertThat(pdf.pages().get(0)).contains("党风廉政建设责任制考核表", "李四", "城关分局", "所长", "考核指标", "分值",
                "评分规则", "得分", "教育活动出勤率", "90%", "按比例计分", "每次扣 5 分", "无记录", "自评分", "96.0",
                "王芳 91.0", "平均 90.0", "学习笔记未完成", "88.0", "称职", "第 1 页", "共 1 页", "被考核人", "考核组负责人");
        assertThat(pdf.pages().get(1)).contains("欧阳·娜仁", "基本称职", "受到处分", "第 1 页", "共 1 页");
        assertThat(pdf.all()).contains(MASKED).doesNotContain(FULL_ID);
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void printsAUnitSheetWithItsCadresAndGradeCounts() {
        List<AssessmentSheetReport.UnitRow> rows = List.of(
                new AssessmentSheetReport.UnitRow("李四", MASKED, "所长", d("93.5"), d("96"), d("90"), d("2"), d("88"),
                        Grade.COMPETENT),
                new AssessmentSheetReport.UnitRow("王五", "360821********0229", "科员", d("80"), null, null, d("0"),
                        d("80"), Grade.BASICALLY_COMPETENT));

        PdfText pdf = PdfText.of(report.fillUnits(List.of(new AssessmentSheetReport.UnitSheet("城关分局", rows)), 2025,
                "吉安县市场监督管理局", Locale.SIMPLIFIED_CHINESE, ProgressListener.NONE, () -> false));

        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.all()).contains("党风廉政建设责任制考核汇总表", "城关分局", "李四", "王五", "共 2 人", "平均 84.0",
                "称职 1 人", "基本称职 1 人", MASKED).doesNotContain(FULL_ID);
    }

    @Test
    void printsInEnglish() {
        PdfText pdf = PdfText.of(report.fillCadres(List.of(sheet("李四", false)), 2025, "Ji'an County AMR",
                Locale.ENGLISH, ProgressListener.NONE, () -> false));

        assertThat(pdf.all()).contains("Clean-Government Responsibility", "Competent", "李四");
    }

    @Test
    void aCancelledBatchStopsWithoutADocumentAndProgressIsTold() {
        List<AssessmentSheetReport.CadreSheet> sheets = List.of(sheet("甲", false), sheet("乙", false), sheet("丙", false));
        List<Integer> told = new ArrayList<>();

        assertThatThrownBy(() -> report.fillCadres(sheets, 2025, "局", Locale.SIMPLIFIED_CHINESE,
                (done, total) -> told.add(done), () -> told.size() >= 1)).isInstanceOf(ReportCancelledException.class);
        assertThat(told).containsExactly(1);
    }
}

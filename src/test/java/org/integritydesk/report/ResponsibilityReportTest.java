package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 党风廉政建设责任分解表 as a PDF reader sees it. */
class ResponsibilityReportTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final String RARE_NAME = "王" + new String(Character.toChars(0x20BB7)) + "明";
    private static final String ID_NUMBER = "36082119850314019X";
    private static final RecordStamp STAMP = new RecordStamp(Instant.EPOCH, Instant.EPOCH, "x", "360821", 1);
    private static ResponsibilityReport report;

    @BeforeAll
    static void load() {
        report = new ResponsibilityReport();
    }

    private static ResponsibilityTask task(int seq, String text, LocalDate deadline, ProgressResult... results) {
        UUID id = UUID.randomUUID();
        List<ResponsibilityProgress> entries = new java.util.ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            entries.add(new ResponsibilityProgress(UUID.randomUUID(), id, Quarter.values()[i], results[i],
                    results[i] == ProgressResult.DONE ? "已组织全体干部观看" : "已制定方案，正在推进", LocalDate.of(2025, 3, 31),
                    "clerk", STAMP));
        }
        return new ResponsibilityTask(id, 2025, seq, ResponsibilityCategory.EDUCATION, text, UUID.randomUUID(), "城关分局",
                UUID.randomUUID(), RARE_NAME, deadline, entries, STAMP);
    }

    @Test
    void theBreakdownIsLandscapeWithEachQuartersProgressAndMarksOverdueTasks() throws Exception {
        List<ResponsibilityTask> tasks = List.of(
                task(1, "定期上党课，组织党员干部观看警示教育片", LocalDate.of(2025, 6, 30), ProgressResult.NOT_DONE,
                        ProgressResult.DONE),
                task(2, "开展廉政文化“六进”活动", LocalDate.of(2025, 6, 30), ProgressResult.NOT_DONE, ProgressResult.NOT_DONE),
                task(3, "受理举报，身份证 " + ID_NUMBER, LocalDate.of(2025, 12, 31), ProgressResult.NOT_DONE));
        RenderedReport rendered = report.table(tasks, BUREAU, 2025, "责任单位：城关分局", TODAY, Locale.SIMPLIFIED_CHINESE);
        PdfText pdf = PdfText.of(rendered);
        String text = pdf.all();

        assertThat(text).contains("2025 年度党风廉政建设责任分解表", "筛选条件：责任单位：城关分局", "共 3 项，已完成 1 项，逾期 1 项",
                "责任任务", "责任单位", "责任领导", "完成时限", "第一季度", "第四季度", "定期上党课", "已组织全体干", "已制定方案",
                "已完成", "已逾期", "进行中", "2025-06-30", RARE_NAME, BUREAU, "第 1 页", "共 1 页");
        assertThat(text).doesNotContain(ID_NUMBER);
        assertThat(pdf.pages()).hasSize(1);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            var page = document.getPage(0);
            var box = page.getMediaBox();
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float height = turned ? box.getWidth() : box.getHeight();
            assertThat(width).isEqualTo(842f);
            assertThat(height).isEqualTo(595f);
        }
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfText.PDFontInfo::embedded);
    }

    @Test
    void anEmptySelectionPrintsOnePageSayingSo() {
        PdfText pdf = PdfText.of(report.table(List.of(), BUREAU, 2026, "", TODAY, Locale.SIMPLIFIED_CHINESE));
        assertThat(pdf.all()).contains("2026 年度党风廉政建设责任分解表", "全部任务", "无相关记录");
    }

    @Test
    void printsInEnglishToo() {
        PdfText pdf = PdfText.of(report.table(List.of(task(1, "Party class", LocalDate.of(2025, 6, 30),
                ProgressResult.DONE)), BUREAU, 2025, "", TODAY, Locale.ENGLISH));
        assertThat(pdf.all()).contains("Clean-government responsibility breakdown 2025", "Q1", "done", "completed");
    }
}

package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 制度建设台账 as a reader sees the PDF: Chinese text that extracts, fonts embedded, page of pages on every page. */
class RegulationRegisterReportTest {
    private static final String BUREAU = "吉安县市场监督管理局";
    private static RegulationRegisterReport report;
    private static PdfText one;
    private static PdfText many;

    @BeforeAll
    static void fillOnce() {
        report = new RegulationRegisterReport();
        RenderedReport first = report.fill(List.of(rule(1, "机关效能建设制度", RegulationKind.OFFICE_EFFICIENCY, null),
                rule(2, "干部作风影响发展环境突出问题集中整改实施方案", RegulationKind.OTHER, LocalDate.of(2025, 2, 1)),
                rule(3, "𠮷安商业贿赂治理制度", RegulationKind.COMMERCIAL_BRIBERY, null)),
                new RegulationRegisterReport.Heading(BUREAU, 2024, null, null, LocalDate.of(2025, 3, 15)), Locale.CHINA);
        one = PdfText.of(first);
        writeSample("regulations.pdf", one.bytes());
        writeSample("regulations-page1.png", first.renderPagePng(0, 1.5f));
        List<Regulation> rules = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rules.add(rule(i, "第" + i + "号学习制度", RegulationKind.STUDY, null));
        }
        many = PdfText.of(report.fill(rules, new RegulationRegisterReport.Heading(BUREAU, null, RegulationKind.STUDY,
                RegulationStatus.IN_FORCE, LocalDate.of(2025, 3, 15)), Locale.CHINA));
    }

    private static Regulation rule(int n, String title, RegulationKind kind, LocalDate repealed) {
        return new Regulation(UUID.randomUUID(), title, "吉县市监字〔2024〕" + n + "号", LocalDate.of(2024, 1, 1).plusDays(n),
                kind, "吉安县市场监督管理局", repealed == null ? RegulationStatus.IN_FORCE : RegulationStatus.REPEALED,
                repealed, null, RecordStamp.NEW, null);
    }

    private static void writeSample(String name, byte[] bytes) {
        try {
            Path samples = Files.createDirectories(Path.of("target", "report-samples"));
            Files.write(samples.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void printsTitleBureauYearAndEveryRuleInChinese() {
        String text = one.all();
        assertThat(text).contains("制度建设台账").contains(BUREAU).contains("2024年度").contains("共 3 项")
                .contains("第 1 页").contains("共 1 页").contains("打印日期：2025年3月15日");
        // cells wrap where the column is narrow: compare without the line breaks
        assertThat(text.replaceAll("\\s", "")).contains("机关效能建设制度").contains("吉县市监字〔2024〕1号")
                .contains("2024年1月2日").contains("现行有效").contains("已废止（2025年2月1日）").contains("商业贿赂治理制度")
                .contains("干部作风影响发展环境突出问题集中整改实施方案");
        assertThat(one.title()).isEqualTo("制度建设台账");
        assertThat(one.author()).isEqualTo(BUREAU);
    }

    @Test
    void aRareCharacterOfATitleIsPrintedWhole() {
        assertThat(one.all().replaceAll("\\s", "")).contains("𠮷安商业贿赂治理制度");
    }

    @Test
    void embedsEveryFont() {
        assertThat(one.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(one.fonts()).extracting(PdfText.PDFontInfo::name).noneMatch(name -> name.contains("Helvetica"));
    }

    @Test
    void sixtyRulesSpreadOverPagesEachWithHeadingsAndPageOfPages() {
        int pages = many.pages().size();
        assertThat(pages).isGreaterThan(1);
        for (int i = 0; i < pages; i++) {
            assertThat(many.pages().get(i)).contains("制度名称").contains("第 " + (i + 1) + " 页").contains("共 " + pages + " 页");
        }
        assertThat(many.pages().get(0)).contains("全部年度").contains("类别：学习制度").contains("状态：现行有效");
        assertThat(many.all()).contains("第60号学习制度");
    }

    @Test
    void everyPageIsA4Landscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(many.bytes())) {
            for (var page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                boolean turned = page.getRotation() % 180 != 0;
                assertThat(Math.round(turned ? box.getHeight() : box.getWidth())).isEqualTo(842);
                assertThat(Math.round(turned ? box.getWidth() : box.getHeight())).isEqualTo(595);
            }
        }
    }

    @Test
    void anEmptyRegisterSaysSo() {
        PdfText empty = PdfText.of(report.fill(List.of(), new RegulationRegisterReport.Heading(BUREAU, 2020, null, null,
                LocalDate.of(2025, 3, 15)), Locale.CHINA));
        assertThat(empty.pages()).hasSize(1);
        assertThat(empty.all()).contains("无相关记录").contains("共 0 项");
    }

    @Test
    void englishUsesTheEnglishTexts() {
        PdfText english = PdfText.of(report.fill(List.of(rule(1, "Study rules", RegulationKind.STUDY, null)),
                new RegulationRegisterReport.Heading(BUREAU, 2024, null, null, LocalDate.of(2025, 3, 15)), Locale.ENGLISH));
        assertThat(english.all()).contains("Regulations Register").contains("In force");
    }
}

package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditKind;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 审计日志 as a reader sees the PDF: landscape pages, Chinese text that extracts, fonts embedded, IDs masked. */
class AuditLogReportTest {
    private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final ZoneId JI_AN = ZoneId.of("Asia/Shanghai");
    /** 2026-03-01 09:00 in Ji'an. */
    private static final Instant START = Instant.parse("2026-03-01T01:00:00Z");
    private static final String BUREAU = "吉安县市场监督管理局";
    private static final String FILTER = "用户：纪检员王芳；操作：查阅、打印；日期：2026-01-01 至 2026-11-26";
    /** Whole, as if a trail had let one through: the report masks again. */
    private static final String ID_NUMBER = IdNumbers.of("360821", "19800101", "123");
    private static final String LONG_CHANGE_AFTER = "{\"cadres\":3,\"form\":\"cadre-file\",\"pages\":4,"
            + "\"selection\":\"unitWithSubUnits\",\"unitIds\":[\"4c4a5363-a30c-4c5c-ae94-9c864ca93d13\"],\"year\":2026}";

    private static AuditLogReport report;
    private static List<AuditEvent> events;
    private static RenderedReport chinese;
    private static PdfText chinesePdf;

    @BeforeAll
    static void fillOnce() {
        report = new AuditLogReport();
        events = events(200);
        chinese = report.fill(events, heading(), JI_AN, Locale.CHINA);
        chinesePdf = PdfText.of(chinese);
        writeSample("audit-log.pdf", chinesePdf.bytes());
        writeSample("audit-log-page1.png", chinese.renderPagePng(0, 1.5f));
    }

    private static AuditLogReport.Heading heading() {
        return new AuditLogReport.Heading(BUREAU, FILTER, "inspector", Instant.parse("2026-11-26T06:30:00Z"));
    }

    /** Views, prints and updates by two users, a minute apart; every tenth one with a long change. */
    static List<AuditEvent> events(int count) {
        List<AuditEvent> list = new ArrayList<>();
        UUID cadre = UUID.fromString("5b0e7c1a-0000-4000-8000-00000000000a");
        for (int i = 1; i <= count; i++) {
            AuditKind kind = i % 3 == 0 ? AuditKind.UPDATE : i % 3 == 1 ? AuditKind.VIEW : AuditKind.PRINT;
            // user names may be digits too: one shaped like an ID number
            String actor = i == 5 ? ID_NUMBER : i % 2 == 0 ? "纪检员王芳" : "inspector";
            String before = kind == AuditKind.UPDATE ? "{\"position\":\"科员\"}" : null;
            String after = kind == AuditKind.UPDATE ? "{\"position\":\"副科长\"}"
                    : kind == AuditKind.PRINT && i % 10 == 2 ? LONG_CHANGE_AFTER : null;
            String purpose = kind == AuditKind.VIEW ? "信访举报核查，身份证号 " + ID_NUMBER : null;
            list.add(new AuditEvent(i, START.plusSeconds(60L * i), actor, kind, "cadre", cadre, "张建国", before, after,
                    purpose, "360821", "0".repeat(64), "f".repeat(64)));
        }
        return list;
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
    void printsTheChineseTitleBureauAndFilterOnTheFirstPage() {
        String first = chinesePdf.pages().get(0);
        assertThat(first).contains("审计日志").contains(BUREAU).contains(FILTER).contains("共 200 条记录");
        assertThat(first).contains("序号").contains("时间").contains("用户").contains("操作").contains("记录")
                .contains("目的").contains("变更内容");
        assertThat(chinesePdf.title()).isEqualTo("审计日志");
        assertThat(chinesePdf.author()).isEqualTo(BUREAU);
    }

    @Test
    void printsUserNamesKindLabelsRecordsAndLocalTimes() {
        String all = chinesePdf.all();
        assertThat(all).contains("纪检员王芳").contains("inspector");
        assertThat(all).contains("查阅").contains("打印").contains("修改");
        assertThat(all).contains("干部档案：张建国");
        // event 1 at 01:01 UTC is 09:01 in Ji'an
        assertThat(all).contains("2026-03-01 09:01:00");
        assertThat(all).contains("{\"position\":\"科员\"} → {\"position\":\"副科长\"}");
    }

    @Test
    void aLongChangeWrapsAndIsPrintedWhole() {
        String withoutBreaks = chinesePdf.all().replaceAll("\\s", "");
        assertThat(withoutBreaks).contains(LONG_CHANGE_AFTER);
    }

    /**
     * A printout's details as the trail stores them, beside a two-line purpose: OpenPDF, left to
     * itself, broke the text after "cadre-" and clipped the rest ("selection"... "year") from the
     * cell; the template makes the PDF keep the line breaks of the fill.
     */
    @Test
    void aChangeWithFewBreakOpportunitiesIsNotClipped() {
        String details = "{\"cadres\":3,\"form\":\"cadre-file\",\"pages\":4,\"selection\":\"unitWithSubUnits\",\"year\":2026}";
        AuditEvent print = new AuditEvent(13, START, "inspector", AuditKind.PRINT, "org_unit", UUID.randomUUID(), "城关分局",
                null, details, "年度考核 第1批，身份证号 360821********1234", "360821", "0".repeat(64), "f".repeat(64));
        PdfText pdf = PdfText.of(report.fill(List.of(print), heading(), JI_AN, Locale.CHINA));
        assertThat(pdf.all().replaceAll("\\s", "")).contains(details);
    }

    @Test
    void spreadsTwoHundredEventsOverSeveralPagesEachWithHeadingsAndPageOfPages() {
        int pages = chinese.pageCount();
        assertThat(pages).isGreaterThan(1);
        assertThat(chinesePdf.pages()).hasSize(pages);
        for (int i = 0; i < pages; i++) {
            String page = chinesePdf.pages().get(i);
            assertThat(page).contains("变更内容").contains("第 " + (i + 1) + " 页").contains("共 " + pages + " 页")
                    .contains("导出时间：2026-11-26 14:30:00").contains("导出人：inspector");
        }
        assertThat(chinesePdf.pages().get(pages - 1)).contains("2026-03-01 12:20:00"); // event 200, the last
    }

    @Test
    void everyPageIsA4Landscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(chinesePdf.bytes())) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                boolean turned = page.getRotation() % 180 != 0;
                float width = turned ? box.getHeight() : box.getWidth();
                float height = turned ? box.getWidth() : box.getHeight();
                assertThat(width).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(height).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void embedsEveryFontOnEveryPage() {
        assertThat(chinesePdf.fonts()).isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(chinesePdf.fonts()).extracting(PdfText.PDFontInfo::name).noneMatch(name -> name.contains("Helvetica"));
        assertThat(chinese.charactersWithoutGlyph()).isEmpty();
    }

    @Test
    void printsNoWholeIdNumberEvenWhenTheTrailHeldOne() {
        assertThat(WHOLE_ID_NUMBER.matcher(chinesePdf.all()).find()).as("an unmasked ID number").isFalse();
        assertThat(chinesePdf.all()).contains(ID_NUMBER.substring(0, 6) + "********" + ID_NUMBER.substring(14));
    }

    @Test
    void englishUsesTheEnglishBundle() {
        PdfText english = PdfText.of(report.fill(events.subList(0, 5), heading(), JI_AN, Locale.ENGLISH));
        assertThat(english.pages().get(0)).contains("Audit Log").contains("Purpose").contains("Changes")
                .contains("View").contains("Print").contains("Cadre file: 张建国").contains("Page 1").contains("of 1");
    }

    @Test
    void noEventsIsOnePageSayingSo() {
        RenderedReport empty = report.fill(List.of(), heading(), JI_AN, Locale.CHINA);
        PdfText pdf = PdfText.of(empty);
        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(pdf.all()).contains("审计日志").contains("无相关记录").contains("共 0 条记录").contains("第 1 页");
    }

    @Test
    void anUnknownKindOrRecordTypeIsStillPrinted() {
        AuditEvent odd = new AuditEvent(7, START, "admin", null, "backup_file", null, "2026-03.zip", null, null, null,
                "360821", "0".repeat(64), "f".repeat(64));
        PdfText pdf = PdfText.of(report.fill(List.of(odd), heading(), JI_AN, Locale.CHINA));
        assertThat(pdf.all()).contains("未知操作").contains("backup_file：2026-03.zip");
    }
}

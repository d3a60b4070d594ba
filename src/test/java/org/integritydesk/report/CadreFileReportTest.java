package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.integritydesk.model.CadreFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CadreFileReportTest {
    private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");

    private static CadreFileReport report;
    private static RenderedReport threeCadres;
    private static PdfText threeCadresPdf;

    @BeforeAll
    static void fillOnce() {
        report = new CadreFileReport();
        threeCadres = report.fill(List.of(CadreFixtures.zhangJianguo(), CadreFixtures.jiLe(), CadreFixtures.ayguli()),
                CadreFixtures.BUREAU, 2024, Locale.CHINA);
        threeCadresPdf = PdfText.of(threeCadres);
        writeSample("cadre-file.pdf", threeCadresPdf.bytes());
        writeSample("cadre-file-page1.png", threeCadres.renderPagePng(0, 1.5f));
    }

    /** Kept for a person to look at (target/ is not in git). */
    private static void writeSample(String name, byte[] bytes) {
        try {
            Path samples = Files.createDirectories(Path.of("target", "report-samples"));
            Files.write(samples.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void printsTheTitleAsExtractableChineseTextAtTheTopOfEachSheet() {
        assertThat(threeCadresPdf.pages().get(0)).contains("干部廉政档案表");
        assertThat(countOf(threeCadresPdf.all(), "干部廉政档案表")).isEqualTo(3);
    }

    @Test
    void printsEachCadreNameWholeIncludingExtensionBAndMiddleDot() {
        assertThat(threeCadresPdf.pages().get(0)).contains("张建国");
        assertThat(threeCadresPdf.all()).contains("\uD842\uDFB7乐").contains("阿依古丽·买买提");
    }

    @Test
    void drawsTheExtensionBCharacterFromHanaMinB() {
        int jiLePage = pageContaining(threeCadresPdf, "\uD842\uDFB7乐");
        assertThat(threeCadresPdf.fonts()).filteredOn(f -> f.page() == jiLePage)
                .extracting(PdfText.PDFontInfo::name).anyMatch(name -> name.contains("HanaMinB"));
        assertThat(threeCadres.charactersWithoutGlyph()).isEmpty();
    }

    @Test
    void embedsEveryFontOnEveryPage() {
        assertThat(threeCadresPdf.fonts()).isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(threeCadresPdf.fonts()).extracting(PdfText.PDFontInfo::name)
                .noneMatch(name -> name.contains("Helvetica"));
    }

    @Test
    void printsIdNumbersOnlyMasked() {
        assertThat(WHOLE_ID_NUMBER.matcher(threeCadresPdf.all()).find()).as("an unmasked ID number").isFalse();
        String masked = CadreFixtures.zhangJianguo().cadre().idNumber().masked();
        assertThat(threeCadresPdf.pages().get(0)).contains(masked);
    }

    @Test
    void printsNoRecordsForEveryEmptySection() {
        String jiLe = threeCadresPdf.pages().get(pageContaining(threeCadresPdf, "\uD842\uDFB7乐") - 1);
        // family business plus the six later sections, all empty
        assertThat(countOf(jiLe, "无相关记录")).isEqualTo(7);
        assertThat(jiLe).contains("廉政谈话 无相关记录", "问题整改 无相关记录");
    }

    @Test
    void printsFamilyBusinessAndEntriesOfAFilledFile() {
        String zhang = threeCadresPdf.pages().get(0) + threeCadresPdf.pages().get(1);
        assertThat(zhang).contains("李秀英", "配偶", "吉安县人民医院", "任前廉政谈话", "2024年3月8日", "已签订");
        assertThat(countOf(zhang, "无相关记录")).isEqualTo(4);
    }

    @Test
    void countsPagesPerCadreSheet() {
        RenderedReport twoShortSheets = report.fill(List.of(CadreFixtures.jiLe(), CadreFixtures.ayguli()),
                CadreFixtures.BUREAU, 2024, Locale.CHINA);
        PdfText pdf = PdfText.of(twoShortSheets);
        assertThat(pdf.pages()).hasSize(2)
                .allSatisfy(page -> assertThat(page).contains("第 1 页").contains("共 1 页"));
    }

    @Test
    void countsTheTotalOfALongSheetSeparatelyFromTheNext() {
        RenderedReport longAndShort = report.fill(
                List.of(CadreFixtures.withManyEntries("刘长河", 40), CadreFixtures.jiLe()), CadreFixtures.BUREAU, 2024, Locale.CHINA);
        PdfText pdf = PdfText.of(longAndShort);
        int longPages = longAndShort.pageCount() - 1;
        assertThat(longPages).isGreaterThan(1);
        for (int i = 0; i < longPages; i++) {
            assertThat(pdf.pages().get(i)).contains("第 " + (i + 1) + " 页").contains("共 " + longPages + " 页");
        }
        assertThat(pdf.pages().get(longPages)).contains("第 1 页").contains("共 1 页");
    }

    @Test
    void printsTheHeaderWithBureauAndYearOnEveryPage() {
        assertThat(threeCadresPdf.pages()).allSatisfy(page -> assertThat(page).contains(CadreFixtures.BUREAU, "2024年度"));
    }

    @Test
    void endsEachSheetWithTheSignatureLines() {
        assertThat(threeCadresPdf.pages()).hasSize(4);
        for (int lastPageOfSheet : new int[] {1, 2, 3}) {
            assertThat(threeCadresPdf.pages().get(lastPageOfSheet)).contains("本人签字：", "填表单位（盖章）", "审核人：", "日期：");
        }
        assertThat(countOf(threeCadresPdf.all(), "本人签字")).isEqualTo(3);
    }

    @Test
    void setsTitleAndAuthorOfThePdf() {
        assertThat(threeCadresPdf.title()).isEqualTo("干部廉政档案表");
        assertThat(threeCadresPdf.author()).isEqualTo(CadreFixtures.BUREAU);
    }

    @Test
    void givesIdenticalBytesForTheSameReportAndDate() {
        RenderedReport again = report.fill(List.of(CadreFixtures.zhangJianguo(), CadreFixtures.jiLe(), CadreFixtures.ayguli()),
                CadreFixtures.BUREAU, 2024, Locale.CHINA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        again.writePdf(out, PdfText.FIXED_DATE);
        assertThat(out.toByteArray()).isEqualTo(threeCadresPdf.bytes());
    }

    @Test
    void givesDifferentBytesForAnotherDate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        threeCadres.writePdf(out, Instant.parse("2025-01-02T00:00:00Z"));
        assertThat(out.toByteArray()).isNotEqualTo(threeCadresPdf.bytes());
    }

    @Test
    void printsInEnglishFromTheEnglishBundle() {
        RenderedReport english = report.fill(List.of(CadreFixtures.zhangJianguo()), "Ji'an County Market Regulation Bureau",
                2024, Locale.ENGLISH);
        PdfText pdf = PdfText.of(english);
        writeSample("cadre-file-en.pdf", pdf.bytes());
        String text = pdf.all();
        assertThat(text).contains("Clean-Government File of a Cadre", "Leading cadre", "Employed", "Page 1", "No records")
                .contains("张建国");
        assertThat(text).doesNotContain("干部廉政档案表", "无相关记录");
    }

    @Test
    void keepsACharacterNoFontHasInTheTextAndNamesIt() {
        RenderedReport undrawable = report.fill(List.of(CadreFixtures.withUndrawableName()), CadreFixtures.BUREAU, 2024, Locale.CHINA);
        assertThat(undrawable.charactersWithoutGlyph()).containsExactly("\uD880\uDC00");
        PdfText pdf = PdfText.of(undrawable);
        assertThat(pdf.all()).contains("王\uD880\uDC00");
        assertThat(pdf.fonts()).extracting(PdfText.PDFontInfo::name).anyMatch(name -> name.contains("IDLastResort"));
    }

    @Test
    void reportsProgressAfterEachCadre() {
        List<String> calls = new ArrayList<>();
        report.fill(List.of(CadreFixtures.jiLe(), CadreFixtures.ayguli()), CadreFixtures.BUREAU, 2024, Locale.CHINA,
                (done, total) -> calls.add(done + "/" + total), () -> false);
        assertThat(calls).containsExactly("1/2", "2/2");
    }

    @Test
    void stopsFillingWhenCancelledBetweenCadres() {
        AtomicBoolean cancelled = new AtomicBoolean();
        List<Integer> done = new ArrayList<>();
        List<CadreFile> files = List.of(CadreFixtures.jiLe(), CadreFixtures.ayguli(), CadreFixtures.zhangJianguo());
        assertThatThrownBy(() -> report.fill(files, CadreFixtures.BUREAU, 2024, Locale.CHINA,
                (d, total) -> {
                    done.add(d);
                    cancelled.set(true);
                }, cancelled::get))
                .isInstanceOf(ReportCancelledException.class)
                .hasMessageContaining("1 of 3");
        assertThat(done).containsExactly(1);
    }

    @Test
    void refusesAnEmptyListOfFiles() {
        assertThatThrownBy(() -> report.fill(List.of(), CadreFixtures.BUREAU, 2024, Locale.CHINA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersAPageAsPngAtTheRequestedZoom() throws Exception {
        byte[] png = threeCadres.renderPagePng(0, 2f);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1190);
        assertThat(image.getHeight()).isEqualTo(1684);
    }

    @Test
    void refusesAPageThatDoesNotExist() {
        assertThatThrownBy(() -> threeCadres.renderPagePng(threeCadres.pageCount(), 1f))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void saysWhyWhenThereIsNoPrinter() {
        // Only where no printer exists: elsewhere this test would really print.
        assumeTrue(javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0, "a printer is installed");
        assertThatThrownBy(() -> threeCadres.print(false))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("could not be printed");
    }

    private static int pageContaining(PdfText pdf, String text) {
        for (int i = 0; i < pdf.pages().size(); i++) {
            if (pdf.pages().get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

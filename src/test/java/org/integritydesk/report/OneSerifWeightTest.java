package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decision 0020: the forms carry one weight of Noto Serif SC; bold titles and labels are that face
 * emboldened by the PDF exporter (text drawn filled and stroked, PDF render mode 2), and rare
 * characters in names still print with a real glyph: 䶮 (U+4DAE, Extension A) from Noto Serif SC,
 * 𠮷 (U+20BB7, Extension B) from HanaMinB.
 */
class OneSerifWeightTest {
    private static final String EXT_A_NAME = "刘䶮";
    private static final String EXT_B_NAME = "\uD842\uDFB7乐";

    private static RenderedReport sheets;
    private static PdfText pdf;

    @BeforeAll
    static void fillOnce() {
        sheets = new CadreFileReport().fill(List.of(CadreFixtures.withManyEntries(EXT_A_NAME, 1), CadreFixtures.jiLe()),
                CadreFixtures.BUREAU, 2024, Locale.CHINA);
        pdf = PdfText.of(sheets);
    }

    @Test
    void embedsNoBoldFaceOnlyTheRegularSerifAndTheFallback() {
        assertThat(pdf.fonts()).extracting(PdfText.PDFontInfo::name)
                .noneMatch(name -> name.contains("Bold"))
                .anyMatch(name -> name.contains("NotoSerifSC-Regular"));
        assertThat(OneSerifWeightTest.class.getResource("/fonts/NotoSerifSC-Bold.ttf")).isNull();
    }

    @Test
    void drawsTheBoldTitleFilledAndStrokedAndTheBodyFilledOnly() {
        String firstPage = contentOfFirstPage(pdf.bytes());
        assertThat(pdf.pages().get(0)).contains("干部廉政档案表");
        assertThat(firstPage).containsPattern("(?m)(^|\\s)2 Tr(\\s|$)");
        assertThat(firstPage).containsPattern("(?m)(^|\\s)0 Tr(\\s|$)");
    }

    @Test
    void printsExtensionAAndBNamesWithRealGlyphs() {
        assertThat(pdf.all()).contains(EXT_A_NAME).contains(EXT_B_NAME);
        assertThat(sheets.charactersWithoutGlyph()).isEmpty();
        int extAPage = pageContaining(EXT_A_NAME);
        int extBPage = pageContaining(EXT_B_NAME);
        assertThat(pdf.fonts()).filteredOn(f -> f.page() == extAPage).extracting(PdfText.PDFontInfo::name)
                .anyMatch(name -> name.contains("NotoSerifSC"));
        assertThat(pdf.fonts()).filteredOn(f -> f.page() == extBPage).extracting(PdfText.PDFontInfo::name)
                .anyMatch(name -> name.contains("HanaMinB"));
    }

    private static int pageContaining(String text) {
        for (int i = 0; i < pdf.pages().size(); i++) {
            if (pdf.pages().get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    private static String contentOfFirstPage(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes); InputStream in = document.getPage(0).getContents()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

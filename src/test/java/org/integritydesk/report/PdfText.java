package org.integritydesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF reader sees in an exported report: its text, page by page, and its fonts. */
record PdfText(byte[] bytes, List<String> pages, List<PDFontInfo> fonts, String title, String author) {
    static final Instant FIXED_DATE = Instant.parse("2024-12-31T08:00:00Z");

    record PDFontInfo(int page, String name, boolean embedded) {
    }

    static PdfText of(RenderedReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writePdf(out, FIXED_DATE);
        return read(out.toByteArray());
    }

    static PdfText read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            List<PDFontInfo> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
                PDPage page = document.getPage(i - 1);
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new PDFontInfo(i, font.getName(), font.isEmbedded()));
                }
            }
            return new PdfText(pdf, pages, fonts, document.getDocumentInformation().getTitle(),
                    document.getDocumentInformation().getAuthor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join("\n", pages);
    }
}

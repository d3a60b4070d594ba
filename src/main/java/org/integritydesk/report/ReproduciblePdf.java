package org.integritydesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * PDF export whose bytes depend only on the report and the given creation date, so that an
 * archived year's sheets reprint byte for byte (DOMAIN.md "Years"). OpenPDF stamps three things
 * that change from run to run: the creation date (set here), a random six-letter tag before each
 * embedded subset font's name, and the file identifier in the trailer (derived from the time).
 * The last two are rewritten afterwards with values of the same length, so no offset moves.
 */
final class ReproduciblePdf {
    /**
     * A property of a filled report: "true" paints its plain cells directly ({@link CellPainter}), for
     * forms of many small ruled cells printed by the thousand (the assessment sheets).
     */
    static final String PLAIN_CELLS = "org.integritydesk.pdf.plain-cells";
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");

    private ReproduciblePdf() {
    }

    static void export(JasperPrint print, String title, String author, Instant created, OutputStream out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DatedPdfExporter exporter = new DatedPdfExporter(created);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(buffer));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator("Integrity Desk");
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
            out.write(normalise(buffer.toByteArray()));
        } catch (JRException | RuntimeException e) {
            throw new ReportException("PDF export of '" + title + "' failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException("PDF of '" + title + "' could not be written: " + e.getMessage(), e);
        }
    }

    /** Replaces the random subset tags and the file identifier; ISO-8859-1 maps bytes 1:1 to chars. */
    static byte[] normalise(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SUBSET_TAG.matcher(text);
        while (tag.find()) {
            tags.computeIfAbsent(tag.group(1), random -> stableTag(tags.size()));
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            text = text.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
        }
        Matcher id = FILE_ID.matcher(text);
        if (id.find()) {
            String zeros = "0".repeat(32);
            String withoutId = text.substring(0, id.start(1)) + zeros + text.substring(id.end(1), id.start(2)) + zeros
                    + text.substring(id.end(2));
            String digest = md5Hex(withoutId.getBytes(StandardCharsets.ISO_8859_1));
            text = text.substring(0, id.start(1)) + digest + text.substring(id.end(1), id.start(2)) + digest
                    + text.substring(id.end(2));
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** "IDAAAA", "IDAAAB", ...: six capitals, as the PDF specification wants for a subset tag. */
    private static String stableTag(int index) {
        char[] tag = "IDAAAA".toCharArray();
        for (int i = 5, n = index; i >= 2 && n > 0; i--, n /= 26) {
            tag[i] = (char) ('A' + n % 26);
        }
        return new String(tag);
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * Sets the document's dates once the writer exists, before anything is written to the file; and,
     * when the report asks for it ({@link #PLAIN_CELLS}), paints plain cells directly.
     */
    private static final class DatedPdfExporter extends JRPdfExporter {
        private final Instant created;
        private boolean dated;
        private CellPainter cells;

        DatedPdfExporter(Instant created) {
            this.created = created;
        }

        @Override
        protected void exportPage(JRPrintPage page) throws JRException, IOException {
            if (!dated && pdfProducer instanceof ClassicPdfProducer classic) {
                Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                calendar.setTimeInMillis(created.toEpochMilli());
                PdfDictionary info = classic.getPdfWriter().getInfo();
                info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
                info.put(PdfName.MODDATE, new PdfDate(calendar));
                dated = true;
                if (Boolean.parseBoolean(jasperPrint.getProperty(PLAIN_CELLS))) {
                    cells = new CellPainter(classic, FontUtil.getInstance(getJasperReportsContext()));
                }
            }
            super.exportPage(page);
        }

        @Override
        public void exportText(JRPrintText text) {
            if (cells == null
                    || !cells.text(text, getOffsetX(), getOffsetY(), getCurrentPageFormat().getPageHeight(), getTextLocale(text))) {
                super.exportText(text);
            }
        }

        @Override
        protected void exportBox(JRLineBox box, JRPrintElement element) {
            if (cells == null
                    || !cells.box(box, element, getOffsetX(), getOffsetY(), getCurrentPageFormat().getPageHeight())) {
                super.exportBox(box, element);
            }
        }
    }
}

package org.integritydesk.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;

/**
 * A filled report: the pages of one or more printed forms, ready to save as PDF, preview as images
 * or send to a printer. Each method may take a while: call them off the JavaFX Application Thread.
 */
public final class RenderedReport {
    private final JasperPrint print;
    private final String title;
    private final String author;
    private final Set<String> charactersWithoutGlyph;

    RenderedReport(JasperPrint print, String title, String author, Set<String> charactersWithoutGlyph) {
        this.print = print;
        this.title = title;
        this.author = author;
        this.charactersWithoutGlyph = Set.copyOf(charactersWithoutGlyph);
    }

    public int pageCount() {
        return print.getPages().size();
    }

    /** The document title (the form's name in the report's language), also the PDF's title. */
    public String title() {
        return title;
    }

    /**
     * Characters that no bundled font can draw: they print as a box, and the PDF's text still holds
     * them. Empty in the normal case; otherwise worth a warning to the user.
     */
    public Set<String> charactersWithoutGlyph() {
        return charactersWithoutGlyph;
    }

    /** Writes the PDF dated now. */
    public void writePdf(OutputStream out) {
        writePdf(out, Instant.now());
    }

    /**
     * Writes the PDF (fonts embedded, title and author set) with the given creation date. The same
     * report and date give the same bytes, so an archived sheet can be reprinted identically.
     */
    public void writePdf(OutputStream out, Instant creationDate) {
        ReproduciblePdf.export(print, title, author, creationDate, out);
    }

    /**
     * One page as a PNG for the preview.
     *
     * @param pageIndex from 0
     * @param zoom      1 gives 1 pixel per point (595 × 842 for A4); 2 suits a sharp preview
     */
    public byte[] renderPagePng(int pageIndex, float zoom) {
        if (pageIndex < 0 || pageIndex >= pageCount()) {
            throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount());
        }
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
        int width = Math.round(print.getPageWidth() * zoom);
        int height = Math.round(print.getPageHeight() * zoom);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Fonts come from the JasperReports font extension, as in the PDF; nothing is registered with AWT.
            JRGraphics2DExporter exporter = new JRGraphics2DExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
            output.setGraphics2D(g);
            exporter.setExporterOutput(output);
            SimpleGraphics2DReportConfiguration configuration = new SimpleGraphics2DReportConfiguration();
            configuration.setPageIndex(pageIndex);
            configuration.setZoomRatio(zoom);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportException("page " + (pageIndex + 1) + " of '" + title + "' could not be drawn: " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new ReportException("page " + (pageIndex + 1) + " could not be encoded as PNG", e);
        }
    }

    /**
     * Sends every page to a printer on A4: the system's default printer, or the one the user picks
     * when {@code showDialog} is true. Untested here: the build machine has no printer.
     *
     * @throws ReportException when there is no printer or printing fails
     */
    public void print(boolean showDialog) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(new JobName(title, null));
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintRequestAttributeSet(attributes);
        configuration.setDisplayPrintDialog(showDialog);
        configuration.setDisplayPageDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportException("'" + title + "' could not be printed: " + e.getMessage(), e);
        }
    }
}

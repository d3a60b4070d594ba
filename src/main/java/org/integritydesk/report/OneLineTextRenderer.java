package org.integritydesk.report;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicTextChunk;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * Writes a text element that fits on one line straight into the page's content ({@code BT Tf Tm Tj ET}),
 * where JasperReports would lay it out with a column of text (line breaking and bidirectional analysis
 * of every cell): most of the time of a form with a hundred cells a page. It places the baseline and
 * the alignment as that column does (first baseline one leading below the top of the text, leading =
 * font size × the line spacing measured at fill time), so the page looks the same. Anything else — a
 * line break, a tab, mixed fonts or styles, underlining, links, rotation, justified or right-to-left
 * text, text wider than the cell — goes the usual way.
 */
final class OneLineTextRenderer extends SimplePdfTextRenderer {
    private final Locale locale;
    private final int pageHeight;
    private ClassicPdfProducer producer;
    private float yLine;

    OneLineTextRenderer(JasperReportsContext context, PdfTextRendererContext rendererContext, int pageHeight) {
        super(context, rendererContext);
        this.locale = rendererContext.getTextLocale();
        this.pageHeight = pageHeight;
    }

    @Override
    public void initialize(JRPdfExporter exporter, PdfProducer pdfProducer, JRPdfExporterTagHelper tags,
            JRPrintText text, JRStyledText styled, int offsetX, int offsetY) {
        super.initialize(exporter, pdfProducer, tags, text, styled, offsetX, offsetY);
        this.producer = pdfProducer instanceof ClassicPdfProducer classic ? classic : null;
        this.yLine = pageHeight - y - topPadding - verticalAlignOffset
                - text.getLeadingOffset();
    }

    @Override
    protected void renderParagraph(AttributedCharacterIterator paragraphs, int start, String paragraph) {
        if (!drawnDirectly(paragraphs, start, paragraph)) {
            super.renderParagraph(paragraphs, start, paragraph);
        }
    }

    private boolean drawnDirectly(AttributedCharacterIterator paragraphs, int start, String paragraph) {
        if (producer == null || paragraph == null || paragraph.isEmpty() || !isFirstParagraph || !isLastParagraph
                || bulletChunk != null || htmlListIndent != 0 || text.getRotation() != RotationEnum.NONE
                || text.getRunDirection() != RunDirectionEnum.LTR || text.getLinkType() != null
                || text.getAnchorName() != null || !plain(paragraph)) {
            return false;
        }
        float left;
        float right = x + width - rightPadding;
        if (horizontalAlignment == PdfTextAlignment.LEFT || horizontalAlignment == PdfTextAlignment.CENTER
                || horizontalAlignment == PdfTextAlignment.RIGHT) {
            left = x + leftPadding;
        } else {
            return false;
        }
        paragraphs.setIndex(start);
        if (paragraphs.getRunLimit() < start + paragraph.length()) {
            return false; // more than one run of attributes: fonts or styles change within the text
        }
        Map<AttributedCharacterIterator.Attribute, Object> attributes = paragraphs.getAttributes();
        if (attributes.get(TextAttribute.UNDERLINE) != null || attributes.get(TextAttribute.STRIKETHROUGH) != null
                || attributes.get(TextAttribute.BACKGROUND) != null || attributes.get(TextAttribute.SUPERSCRIPT) != null) {
            return false;
        }
        if (!(producer.createChunk(paragraph, attributes, locale) instanceof ClassicTextChunk chunk)) {
            return false;
        }
        Font font = chunk.getChunk().getFont();
        BaseFont base = font.getBaseFont();
        if (base == null || font.isUnderlined() || font.isStrikethru()) {
            return false;
        }
        float size = font.getSize();
        float lineWidth = base.getWidthPoint(paragraph, size);
        float available = right - left;
        if (lineWidth > available) {
            return false;
        }
        float baseline = yLine - size * text.getLineSpacingFactor();
        float bottom = pageHeight - y - height + bottomPadding;
        if (baseline < bottom) {
            return false;
        }
        float start0 = switch (horizontalAlignment) {
            case CENTER -> left + (available - lineWidth) / 2;
            case RIGHT -> right - lineWidth;
            default -> left;
        };
        PdfContentByte content = producer.getPdfContentByte();
        Color color = font.getColor();
        boolean coloured = color != null && color.getRGB() != Color.BLACK.getRGB();
        content.beginText();
        content.setFontAndSize(base, size);
        if (coloured) {
            content.setColorFill(color);
        }
        content.setTextMatrix(start0, baseline);
        content.showText(paragraph);
        if (coloured) {
            content.resetRGBColorFill();
        }
        content.endText();
        return true;
    }

    /** No control characters (line breaks, tabs) and no characters needing bidirectional reordering. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || (c >= '\u0590' && c <= '\u08FF') || (c >= '\u200E' && c <= '\u202E')
                    || (c >= '\uFB1D' && c <= '\uFEFC')) {
                return false;
            }
        }
        return true;
    }
}

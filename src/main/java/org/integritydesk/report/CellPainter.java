package org.integritydesk.report;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * Paints the plain cells of a ruled form straight into the PDF page: a text that fits on one line in
 * one font ({@code BT Tf Tm Tj ET}) and a box whose four sides are one solid pen (one rectangle instead
 * of four separately styled lines). JasperReports would otherwise process every cell's styled text
 * (font matching, a text column with line breaking and bidirectional analysis) and resolve each side's
 * pen through the style chain: nearly all the time of a thousand assessment sheets. The placement is
 * JasperReports' own (first baseline one leading below the top of the text, leading = font size × the
 * line spacing measured at fill time; aligned within the padded cell), so the page looks the same.
 * Whatever is not plain (line breaks, tabs, markup, several fonts, a glyph the font lacks, rotation,
 * links, underlining, justified or right-to-left text, text wider than its cell) is left to JasperReports:
 * the methods return false. One painter per export; it caches fonts and boxes, which the filled pages
 * share.
 */
final class CellPainter {
    private final ClassicPdfProducer producer;
    private final FontUtil fonts;
    private final Map<String, Font> fontCache = new HashMap<>();
    private final Map<JRLineBox, Box> boxCache = new IdentityHashMap<>();

    /** A box's paddings and, when its four sides are one solid pen, that pen (else null). */
    private record Box(int top, int left, int bottom, int right, Float width, Color color) {
    }

    CellPainter(ClassicPdfProducer producer, FontUtil fonts) {
        this.producer = producer;
        this.fonts = fonts;
    }

    /** Paints a plain text element (background, text, box); false when it is not plain. */
    boolean text(JRPrintText text, int offsetX, int offsetY, int pageHeight, Locale locale) {
        String s = text.getFullText();
        if (s == null || !plainElement(text)) {
            return false;
        }
        Box box = box(text.getLineBox());
        if (box.width() == null) {
            return false;
        }
        int x = text.getX() + offsetX;
        int y = text.getY() + offsetY;
        int width = text.getWidth();
        int height = text.getHeight();
        Font font = null;
        float lineWidth = 0;
        if (!s.isEmpty()) {
            if (!plainText(s) || text.getLeadingOffset() == 0f) {
                return false;
            }
            font = font(text, locale);
            BaseFont base = font == null ? null : font.getBaseFont();
            if (base == null || !covers(base, s)) {
                return false;
            }
            lineWidth = base.getWidthPoint(s, font.getSize());
            if (lineWidth > width - box.left() - box.right()) {
                return false;
            }
        }
        PdfContentByte content = producer.getPdfContentByte();
        float baseline = 0;
        if (font != null) {
            float verticalOffset = switch (text.getVerticalTextAlign()) {
                case MIDDLE -> (height - box.top() - box.bottom() - text.getTextHeight()) / 2f;
                case BOTTOM -> height - box.top() - box.bottom() - text.getTextHeight();
                default -> 0f;
            };
            float top = pageHeight - y - box.top() - verticalOffset - text.getLeadingOffset();
            baseline = top - font.getSize() * text.getLineSpacingFactor();
            if (baseline < pageHeight - y - height + box.bottom()) {
                return false; // JasperReports' column would not draw a line that does not fit either
            }
        }
        if (text.getMode() == ModeEnum.OPAQUE && text.getBackcolor() != null) {
            content.setColorFill(text.getBackcolor());
            content.rectangle(x, pageHeight - y, width, -height);
            content.fill();
            content.resetRGBColorFill();
        }
        if (font != null) {
            float left = x + box.left();
            float available = width - box.left() - box.right();
            float start = switch (text.getHorizontalTextAlign()) {
                case CENTER -> left + (available - lineWidth) / 2;
                case RIGHT -> left + available - lineWidth;
                default -> left;
            };
            Color color = text.getForecolor();
            boolean coloured = color != null && color.getRGB() != Color.BLACK.getRGB();
            content.beginText();
            content.setFontAndSize(font.getBaseFont(), font.getSize());
            if (coloured) {
                content.setColorFill(color);
            }
            content.setTextMatrix(start, baseline);
            content.showText(s);
            if (coloured) {
                content.resetRGBColorFill();
            }
            content.endText();
        }
        stroke(box, x, y, width, height, pageHeight);
        return true;
    }

    /** Paints a box of one solid pen as one rectangle; false for any other box. */
    boolean box(JRLineBox lineBox, JRPrintElement element, int offsetX, int offsetY, int pageHeight) {
        Box box = box(lineBox);
        if (box.width() == null) {
            return false;
        }
        stroke(box, element.getX() + offsetX, element.getY() + offsetY, element.getWidth(), element.getHeight(),
                pageHeight);
        return true;
    }

    private void stroke(Box box, int x, int y, int width, int height, int pageHeight) {
        if (box.width() <= 0f) {
            return;
        }
        PdfContentByte content = producer.getPdfContentByte();
        content.saveState();
        content.setLineWidth(box.width());
        content.setColorStroke(box.color());
        content.rectangle(x, pageHeight - y - height, width, height);
        content.stroke();
        content.restoreState();
    }

    private Box box(JRLineBox lineBox) {
        return boxCache.computeIfAbsent(lineBox, b -> {
            JRPen[] sides = {b.getTopPen(), b.getLeftPen(), b.getBottomPen(), b.getRightPen()};
            Float width = sides[0].getLineWidth();
            Color color = sides[0].getLineColor();
            boolean one = width != null && color != null;
            for (JRPen pen : sides) {
                one &= width != null && width.equals(pen.getLineWidth()) && color != null
                        && color.equals(pen.getLineColor()) && pen.getLineStyle() == LineStyleEnum.SOLID;
            }
            return new Box(b.getTopPadding(), b.getLeftPadding(), b.getBottomPadding(), b.getRightPadding(),
                    one ? width : null, color);
        });
    }

    private Font font(JRPrintText text, Locale locale) {
        String key = text.getFontName() + '|' + text.getFontSize() + '|' + text.isBold() + '|' + text.isItalic() + '|'
                + text.getPdfFontName() + '|' + text.getPdfEncoding() + '|' + text.isPdfEmbedded() + '|' + locale;
        return fontCache.computeIfAbsent(key, k -> {
            Map<AttributedCharacterIterator.Attribute, Object> attributes = new HashMap<>();
            fonts.getAttributesWithoutAwtFont(attributes, text);
            FontSetInfo set = fonts.getFontSetInfo(text.getFontName(), locale, true);
            if (set != null) {
                // A font set: a text all of whose characters the primary family draws is set in that family.
                FontSetFamilyInfo primary = set.getPrimaryFamily() != null ? set.getPrimaryFamily()
                        : set.getFamilies().isEmpty() ? null : set.getFamilies().get(0);
                if (primary == null) {
                    return null;
                }
                attributes.put(TextAttribute.FAMILY, primary.getFontFamily().getName());
            }
            attributes.put(TextAttribute.FOREGROUND, Color.BLACK);
            return producer.getFont(attributes, locale);
        });
    }

    private static boolean plainElement(JRPrintText text) {
        String markup = text.getMarkup();
        return (markup == null || "none".equals(markup)) && text.getRotation() == RotationEnum.NONE
                && text.getRunDirection() == RunDirectionEnum.LTR && text.getLinkType() == null
                && text.getAnchorName() == null && text.getBookmarkLevel() == 0 && !text.isUnderline()
                && !text.isStrikeThrough() && text.getHorizontalTextAlign() != HorizontalTextAlignEnum.JUSTIFIED
                && text.getLineBreakOffsets() == null && zero(text.getParagraph().getFirstLineIndent())
                && zero(text.getParagraph().getLeftIndent()) && zero(text.getParagraph().getRightIndent());
    }

    private static boolean zero(Integer i) {
        return i == null || i == 0;
    }

    /** No control characters (line breaks, tabs) and nothing that needs bidirectional reordering. */
    private static boolean plainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || (c >= '\u0590' && c <= '\u08FF') || (c >= '\u200E' && c <= '\u202E')
                    || (c >= '\uFB1D' && c <= '\uFEFC') || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(BaseFont font, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!font.charExists(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

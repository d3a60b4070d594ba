package org.integritydesk.report;

import java.awt.Font;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Finds the characters that no bundled face can draw. The font sets of {@code fonts/fonts.xml} end
 * with "ID Last Resort", which draws such a character as a box and keeps it in the PDF's text;
 * this class names them so that the caller can warn (DOMAIN.md: never drop a character silently).
 */
final class GlyphCoverage {
    /** The faces that draw real glyphs for body text, in font-set order (fonts/fonts.xml "ID Body"). */
    private static final List<String> DRAWING_FAMILIES = List.of("ID Noto Serif SC", "ID HanaMinB");

    private GlyphCoverage() {
    }

    /** The characters of {@code texts} that print as a box, each as a string, in code-point order. */
    static Set<String> missingIn(Collection<String> texts) {
        Set<Integer> missing = new TreeSet<>();
        for (String text : texts) {
            text.codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .filter(cp -> Faces.ALL.stream().noneMatch(font -> font.canDisplay(cp)))
                    .forEach(missing::add);
        }
        Set<String> result = new LinkedHashSet<>();
        missing.forEach(cp -> result.add(new String(Character.toChars(cp))));
        return result;
    }

    /** Loaded on first use: HanaMinB alone is 30 MB. */
    private static final class Faces {
        static final List<Font> ALL = DRAWING_FAMILIES.stream().map(Faces::load).toList();

        private static Font load(String family) {
            FontInfo info = FontUtil.getInstance(DefaultJasperReportsContext.getInstance()).getFontInfo(family, null);
            if (info == null) {
                throw new ReportException("report font family '" + family + "' missing: is fonts/fonts.xml on the class path?");
            }
            return info.getFontFamily().getNormalFace().getFont();
        }
    }
}

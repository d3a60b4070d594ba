package org.integritydesk.model;

import java.util.Locale;

/**
 * The search-as-you-type rule of the cadre list. A query is split at spaces; a cadre matches when
 * every term matches the name, the pinyin initials of the name, the unit, the position, or the
 * tail of the ID number (at least four characters, so "1234" finds numbers ending in 1234).
 */
public final class CadreSearch {
    private final String[] terms;

    public CadreSearch(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        // \s is ASCII only; an input method in full-width mode types U+3000 for the space bar
        this.terms = text.isEmpty() ? new String[0] : text.split("\\p{javaWhitespace}+");
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    public boolean matches(CadreSummary cadre) {
        for (String term : terms) {
            if (!matchesTerm(cadre, term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesTerm(CadreSummary cadre, String term) {
        return cadre.name().toLowerCase(Locale.ROOT).contains(term)
                || cadre.nameInitials().startsWith(term)
                || contains(cadre.unitName(), term)
                || contains(cadre.position(), term)
                || (term.length() >= 4 && cadre.idNumber().value().toLowerCase(Locale.ROOT).endsWith(term));
    }

    private static boolean contains(String field, String term) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(term);
    }
}

package org.integritydesk.model;

import java.util.Locale;

/**
 * What the register shows: words to find in the title, number, issuing unit or summary, and
 * optionally one year (of issue), one kind and one status. A null criterion matches everything.
 */
public record RegulationFilter(String text, Integer year, RegulationKind kind, RegulationStatus status) {
    public static final RegulationFilter ALL = new RegulationFilter(null, null, null, null);

    public boolean matches(Regulation r) {
        if (year != null && r.year() != year) {
            return false;
        }
        if (kind != null && r.kind() != kind) {
            return false;
        }
        if (status != null && r.status() != status) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!contains(r.title(), word) && !contains(r.documentNumber(), word) && !contains(r.issuingUnit(), word)
                    && !contains(r.summary(), word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String field, String word) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(word);
    }
}

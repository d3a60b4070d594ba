package org.integritydesk.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a roster feeds which field: suggested from the header row, changed by the user,
 * remembered for the next file by its header names. A field takes one column at most.
 */
public record ImportMapping(Map<ImportField, Integer> columns) {
    public ImportMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
    }

    public Optional<Integer> columnOf(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public Optional<ImportField> fieldAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    /** The required fields no column feeds: every row would be rejected for them. */
    public Set<ImportField> missingRequired() {
        Set<ImportField> missing = EnumSet.noneOf(ImportField.class);
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** This mapping with {@code column} feeding {@code field} (null: feeding nothing). */
    public ImportMapping with(int column, ImportField field) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        changed.values().removeIf(c -> c == column);
        if (field != null) {
            changed.put(field, column);
        }
        return new ImportMapping(changed);
    }

    /**
     * The mapping the header names suggest: a header equal to one of a field's names (spaces,
     * full-width forms and a trailing "(…)" note ignored) first, then a header containing one
     * (the longest name wins). The first column wins a field two columns suggest.
     */
    public static ImportMapping suggest(List<String> headers) {
        return new ImportMapping(HeaderMatch.suggest(headers, List.of(ImportField.values()), ImportField::headers));
    }

    /**
     * The remembered mapping applied to a new header row: each remembered header name finds its
     * column again; fields whose header is not in the file fall back to the suggestion.
     */
    public static ImportMapping remembered(List<String> headers, Map<ImportField, String> rememberedHeaders) {
        ImportMapping mapping = suggest(headers);
        for (Map.Entry<ImportField, String> e : rememberedHeaders.entrySet()) {
            String wanted = normalise(e.getValue());
            for (int c = 0; c < headers.size(); c++) {
                if (!wanted.isEmpty() && normalise(headers.get(c)).equals(wanted)) {
                    mapping = mapping.without(e.getKey()).with(c, e.getKey());
                    break;
                }
            }
        }
        return mapping;
    }

    private ImportMapping without(ImportField field) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        changed.remove(field);
        return new ImportMapping(changed);
    }

    /** The header name of each mapped field, to remember the mapping by. */
    public Map<ImportField, String> headerNames(List<String> headers) {
        Map<ImportField, String> names = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column < headers.size() && !headers.get(column).isBlank()) {
                names.put(field, headers.get(column).strip());
            }
        });
        return names;
    }

    /** Header text compared without spaces, full-width forms, a trailing bracketed note or a colon. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        header.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000 && cp != '*' && cp != ':') {
                out.appendCodePoint(cp);
            }
        });
        String text = out.toString().toLowerCase(Locale.ROOT);
        int bracket = text.indexOf('(');
        if (bracket > 0) {
            text = text.substring(0, bracket);
        }
        return text;
    }
}

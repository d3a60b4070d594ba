package org.integritydesk.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text an audit event keeps of a record's fields: compact JSON with the keys sorted, so the
 * same values always give the same text (and hash). Every string passes through
 * {@link #maskIdNumbers}, so no ID number reaches the audit trail whole, even one typed into notes.
 */
public final class AuditText {
    /**
     * 18 characters of an ID number, also as people group them ("360821 19800229 123X"). No
     * boundary is required: a longer run of digits is masked too rather than risk a number.
     */
    private static final Pattern ID_NUMBER =
            Pattern.compile("([0-9]{6})[ \\u3000]?[0-9]{8}[ \\u3000]?([0-9]{3}[0-9Xx])");

    private AuditText() {
    }

    /** The fields that differ between two versions of a record, each side keeping only those. */
    public record Changes(Map<String, Object> before, Map<String, Object> after) {
        public boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    /** Keeps the keys whose values differ ({@code equals}); a key missing on one side counts as null. */
    public static Changes changes(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> oldValues = new TreeMap<>();
        Map<String, Object> newValues = new TreeMap<>();
        TreeMap<String, Object> keys = new TreeMap<>(before);
        keys.putAll(after);
        for (String key : keys.keySet()) {
            Object was = before.get(key);
            Object is = after.get(key);
            if (!Objects.equals(was, is)) {
                oldValues.put(key, was);
                newValues.put(key, is);
            }
        }
        return new Changes(Collections.unmodifiableMap(oldValues), Collections.unmodifiableMap(newValues));
    }

    /**
     * {@code {"key":value,...}} with keys in sorted order; null for a null map. Values: null,
     * booleans and numbers as they are; an {@link IdNumber} masked; maps and collections nested;
     * enums by name and anything else as a string.
     */
    public static String render(Map<String, ?> fields) {
        if (fields == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        appendObject(out, fields);
        return out.toString();
    }

    /** Replaces the middle eight digits of anything shaped like an ID number with asterisks. */
    public static String maskIdNumbers(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ID_NUMBER.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "********" + r.group(2)));
    }

    private static void appendObject(StringBuilder out, Map<?, ?> fields) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : sorted(fields).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            appendValue(out, entry.getValue());
        }
        out.append('}');
    }

    private static Map<String, ?> sorted(Map<?, ?> fields) {
        Map<String, Object> sorted = new TreeMap<>();
        fields.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof IdNumber id) {
            appendString(out, id.masked());
        } else if (value instanceof Enum<?> e) {
            appendString(out, e.name());
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendValue(out, item);
            }
            out.append(']');
        } else {
            appendString(out, String.valueOf(value));
        }
    }

    private static void appendString(StringBuilder out, String raw) {
        String text = maskIdNumbers(raw);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

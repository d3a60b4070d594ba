package org.integritydesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a roster's texts become values: dates written the ways Chinese rosters write them, yes/no. */
public final class ImportValues {
    /** 1985-03-01, 1985/3/1, 1985.03.01, 1985年3月1日; also without the day (the 1st is taken). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?|月?)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");

    private ImportValues() {
    }

    /** The date a text names, if it names one (a whole text, nothing around it). */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 是/否 and their usual spellings; empty for anything else. */
    public static Optional<Boolean> yesNo(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "√", "✓" -> Optional.of(true);
            case "否", "n", "no", "false", "0", "×", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}

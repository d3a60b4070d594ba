package org.integritydesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident identity number of GB 11643-1999: 6 digits of area, 8 of birth date, 3 of sequence
 * and one check character. Instances are always valid; use {@link #check(String, LocalDate)} to
 * learn why a text is not one.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Why a text is not a valid ID number; {@link #NONE} when it is one. */
    public enum Problem {
        NONE, EMPTY, WRONG_LENGTH, ILLEGAL_CHARACTER, IMPOSSIBLE_BIRTH_DATE, BIRTH_DATE_IN_FUTURE, WRONG_CHECK_CHARACTER;

        /** The resource-bundle key of the message a clerk sees. */
        public String messageKey() {
            return "validation.idNumber." + name();
        }
    }

    /**
     * Drops spaces (people copy numbers grouped as "360821 19800101 123X"), upper-cases x and turns
     * full-width digits into ASCII ones.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(18);
        raw.strip().codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                return;
            }
            if (cp >= '０' && cp <= '９') {
                out.append((char) ('0' + (cp - '０')));
            } else if (cp == 'x' || cp == 'ｘ' || cp == 'Ｘ') {
                out.append('X');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Checks the rules in the order a clerk would fix them, returning the first that fails. */
    public static Problem check(String raw, LocalDate today) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return Problem.EMPTY;
        }
        if (text.codePointCount(0, text.length()) != 18) {
            return Problem.WRONG_LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return Problem.ILLEGAL_CHARACTER;
            }
        }
        char last = text.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Problem.ILLEGAL_CHARACTER;
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH)) {
            return Problem.IMPOSSIBLE_BIRTH_DATE;
        }
        if (birth.isAfter(today)) {
            return Problem.BIRTH_DATE_IN_FUTURE;
        }
        if (checkCharacterFor(text) != last) {
            return Problem.WRONG_CHECK_CHARACTER;
        }
        return Problem.NONE;
    }

    /** Parses a valid number or throws {@link IllegalArgumentException} naming the failed rule. */
    public static IdNumber parse(String raw, LocalDate today) {
        Problem problem = check(raw, today);
        if (problem != Problem.NONE) {
            throw new IllegalArgumentException("invalid ID number: " + problem);
        }
        return new IdNumber(normalise(raw));
    }

    /** The check character for the first 17 digits of {@code text}. */
    public static char checkCharacterFor(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String text) {
        try {
            return LocalDate.of(
                    Integer.parseInt(text.substring(6, 10)),
                    Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 17th digit: odd for a man, even for a woman. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The six-digit administrative area code where the number was issued. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 characters shown, the 8 between as asterisks: for lists and printouts. */
    public String masked() {
        return mask(value);
    }

    /** Masks any text that might be an ID number; shorter texts are masked whole. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() != 18) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6) + "********" + text.substring(14);
    }

    public String lastFour() {
        return value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked on purpose: an ID number must never reach a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}

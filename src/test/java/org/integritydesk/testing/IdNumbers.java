package org.integritydesk.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds ID numbers for tests with the check character worked out here, from the weights printed in
 * GB 11643-1999, and never by the code under test.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_BY_REMAINDER = "10X98765432";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IdNumbers() {
    }

    /** The check character of the first 17 digits (which need not form a real date). */
    public static char checkOf(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("17 ASCII digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_BY_REMAINDER.charAt(sum % 11);
    }

    /** The 17 digits followed by their correct check character. */
    public static String withCheck(String first17) {
        return first17 + checkOf(first17);
    }

    /** area (6 digits) + birth date (yyyyMMdd text, real or not) + sequence (3 digits) + check. */
    public static String of(String area, String birth, String sequence) {
        return withCheck(area + birth + sequence);
    }

    public static String of(String area, LocalDate birth, String sequence) {
        return of(area, BASIC.format(birth), sequence);
    }
}

package org.integritydesk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W X Y} (no I O S V Z); each of the first 17 weighted by 3^i mod 31; the
 * check value is 31 − (sum mod 31), 31 meaning 0, written as that character of the alphabet.
 */
public final class SocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Which rule a code breaks; each has its message under {@code validation.creditCode.*}. */
    public enum Problem {
        LENGTH("validation.creditCode.length"),
        CHARACTER("validation.creditCode.character"),
        CHECK("validation.creditCode.check");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private SocialCreditCode() {
    }

    /** Strips spaces and upper-cases, as a clerk's typing is read. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The first rule {@code raw} (normalised) breaks, or empty for a valid code. */
    public static Optional<Problem> problem(String raw) {
        String code = normalise(raw);
        if (code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.of(Problem.CHARACTER);
            }
            if (i < 17) {
                sum += value * WEIGHTS[i];
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? Optional.empty() : Optional.of(Problem.CHECK);
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The check character of the first 17 characters (which must be of the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}

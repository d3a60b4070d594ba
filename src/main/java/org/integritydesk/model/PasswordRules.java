package org.integritydesk.model;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not all of one kind, not the
 * user name. {@link #strength} gives the hint shown while typing.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    /** How strong a password looks, for the hint under the field. */
    public enum Strength implements Labelled {
        WEAK, FAIR, STRONG;

        @Override
        public String messageKey() {
            return "enum.passwordStrength." + name();
        }
    }

    private PasswordRules() {
    }

    /** The message key of the first rule broken, or null when the password may be used. */
    public static String problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "validation.password.tooShort";
        }
        if (kinds(password) < 2) {
            return "validation.password.oneKind";
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            return "validation.password.containsUsername";
        }
        return null;
    }

    public static Strength strength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Strength.WEAK;
        }
        int kinds = kinds(password);
        if (kinds >= 3 && password.length() >= 12) {
            return Strength.STRONG;
        }
        return kinds >= 2 ? Strength.FAIR : Strength.WEAK;
    }

    /** Lower-case, upper-case, digits, and anything else count as four kinds. */
    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

package org.integritydesk.model;

import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits starting 1[3-9], optionally written with +86. */
public final class MobileNumber {
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    /** Drops spaces and dashes and a leading +86 / 0086 / 86, so "+86 138-0000-0000" becomes "13800000000". */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String digits = raw.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits;
    }

    public static boolean isValid(String raw) {
        return ELEVEN_DIGITS.matcher(normalise(raw)).matches();
    }
}

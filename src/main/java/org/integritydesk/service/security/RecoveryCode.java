package org.integritydesk.service.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The recovery key printed once at set-up: 24 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), in groups of four, so it can be copied by hand and typed back.
 */
public final class RecoveryCode {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 24;

    private RecoveryCode() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper-cases and drops spaces and dashes, so "abcd efgh" and "ABCD-EFGH" are the same code. */
    static char[] normalise(String typed) {
        return typed == null ? new char[0]
                : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").toCharArray();
    }
}

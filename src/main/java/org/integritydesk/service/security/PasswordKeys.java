package org.integritydesk.service.security;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a password into an AES key with PBKDF2-HMAC-SHA256. The salt and the iteration count are
 * stored beside what the key protects, so the count can be raised later without breaking old entries.
 */
final class PasswordKeys {
    /** At least 600,000 (OWASP 2023 for PBKDF2-HMAC-SHA256): about half a second here, once per login. */
    static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private PasswordKeys() {
    }

    static byte[] newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    /** The same key as the JDK's {@code PBKDF2WithHmacSHA256} gives, sooner ({@link Pbkdf2}). */
    static SecretKey derive(char[] password, byte[] salt, int iterations) {
        byte[] key = Pbkdf2.hmacSha256(password, salt, iterations, KEY_BITS / 8);
        try {
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}

package org.integritydesk.service.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018), giving the same bytes as the JDK's {@code PBKDF2WithHmacSHA256}
 * (the password as UTF-8, as the JDK encodes it) in about two thirds of its time. The JDK's HMAC
 * hashes the padded key again in every one of the 600,000 rounds; here the SHA-256 state after the
 * inner and the outer padded key is computed once and copied for each round, which halves the
 * compressions. That matters because the app runs without the optimising compiler (two cores:
 * {@code -XX:TieredStopAtLevel=1}, docs/performance.md), where the login's key derivation was the
 * largest single cost of a headless report (docs/decisions/0016). The hash itself is the JDK's.
 */
final class Pbkdf2 {
    private static final int BLOCK_BYTES = 64;
    private static final int HASH_BYTES = 32;

    private Pbkdf2() {
    }

    /** The derived key of {@code keyBytes} bytes. */
    static byte[] hmacSha256(char[] password, byte[] salt, int iterations, int keyBytes) {
        if (iterations < 1 || keyBytes < 1) {
            throw new IllegalArgumentException("iterations and key length must be positive");
        }
        byte[] secret = utf8(password);
        try {
            MessageDigest inner = sha256();
            MessageDigest outer = sha256();
            keyed(inner, outer, secret);
            byte[] key = new byte[keyBytes];
            for (int block = 1, done = 0; done < keyBytes; block++, done += HASH_BYTES) {
                byte[] t = block(inner, outer, salt, block, iterations);
                System.arraycopy(t, 0, key, done, Math.min(HASH_BYTES, keyBytes - done));
            }
            return key;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Leaves {@code inner} and {@code outer} having hashed the key xor ipad and the key xor opad (RFC 2104). */
    private static void keyed(MessageDigest inner, MessageDigest outer, byte[] secret) {
        byte[] key = secret.length > BLOCK_BYTES ? sha256().digest(secret) : secret;
        byte[] innerPad = new byte[BLOCK_BYTES];
        byte[] outerPad = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5c);
        }
        inner.update(innerPad);
        outer.update(outerPad);
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
    }

    /** T_i = U_1 xor ... xor U_c with U_1 = HMAC(salt || INT(i)) and U_j = HMAC(U_j-1). */
    private static byte[] block(MessageDigest inner, MessageDigest outer, byte[] salt, int index, int iterations)
            throws CloneNotSupportedException {
        byte[] u = new byte[HASH_BYTES];
        MessageDigest first = (MessageDigest) inner.clone();
        first.update(salt);
        first.update(ByteBuffer.allocate(4).putInt(index).array());
        hmacFinish(first, outer, u);
        byte[] t = u.clone();
        for (int round = 1; round < iterations; round++) {
            MessageDigest next = (MessageDigest) inner.clone();
            next.update(u);
            hmacFinish(next, outer, u);
            for (int i = 0; i < HASH_BYTES; i++) {
                t[i] ^= u[i];
            }
        }
        return t;
    }

    /** Completes an HMAC whose inner hash has taken its message, into {@code out}. */
    private static void hmacFinish(MessageDigest innerWithMessage, MessageDigest outer, byte[] out)
            throws CloneNotSupportedException {
        try {
            innerWithMessage.digest(out, 0, HASH_BYTES);
            MessageDigest last = (MessageDigest) outer.clone();
            last.update(out);
            last.digest(out, 0, HASH_BYTES);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("a SHA-256 hash is 32 bytes", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}

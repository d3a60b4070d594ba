package org.integritydesk.store;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random key that encrypts the database file. Never derived from a person's password: H2's
 * own key derivation is weak (FACTS.md), so the file key is 256 random bits, and each user's
 * password only unlocks a wrapped copy of it.
 */
public final class FileKey {
    public static final int BYTES = 32;
    private final byte[] bytes;

    private FileKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a file key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static FileKey random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new FileKey(bytes);
    }

    public static FileKey of(byte[] bytes) {
        return new FileKey(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileKey other && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never printed. */
    @Override
    public String toString() {
        return "FileKey[****]";
    }
}

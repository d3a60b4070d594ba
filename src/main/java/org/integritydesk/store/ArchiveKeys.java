package org.integritydesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys of year archives, derived from the data folder's {@link FileKey} with HKDF-SHA256
 * (RFC 5869): one encrypts (AES-256-GCM), the other signs (HMAC-SHA256). Deriving them means no
 * further secret to keep, and an archive opens wherever the folder's key (any user's password or
 * the recovery key) opens the database. See docs/decisions/0008-year-archives.md.
 */
public final class ArchiveKeys {
    static final String SALT = "integrity-desk year archive v1";
    static final String ENCRYPTION_INFO = "encryption";
    static final String SIGNATURE_INFO = "signature";

    private final byte[] encryption;
    private final byte[] signature;

    private ArchiveKeys(byte[] encryption, byte[] signature) {
        this.encryption = encryption;
        this.signature = signature;
    }

    public static ArchiveKeys of(FileKey key) {
        byte[] prk = hmac(SALT.getBytes(StandardCharsets.UTF_8), key.bytes());
        return new ArchiveKeys(expand(prk, ENCRYPTION_INFO), expand(prk, SIGNATURE_INFO));
    }

    /** HKDF-Expand for one block: T(1) = HMAC(PRK, info || 0x01), 32 bytes. */
    private static byte[] expand(byte[] prk, String info) {
        byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
        byte[] input = Arrays.copyOf(infoBytes, infoBytes.length + 1);
        input[infoBytes.length] = 1;
        return hmac(prk, input);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        Mac mac = newMac(key);
        return mac.doFinal(data);
    }

    static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    SecretKeySpec encryptionKey() {
        return new SecretKeySpec(encryption, "AES");
    }

    Mac signer() {
        return newMac(signature);
    }

    @Override
    public String toString() {
        return "ArchiveKeys[****]";
    }
}

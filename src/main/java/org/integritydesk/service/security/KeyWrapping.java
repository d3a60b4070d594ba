package org.integritydesk.service.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.integritydesk.store.FileKey;

/**
 * Wraps the database file key with a key derived from a password, using AES-GCM: a wrong
 * password fails the authentication tag, so unwrapping also checks the password.
 */
final class KeyWrapping {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private KeyWrapping() {
    }

    static byte[] wrap(FileKey fileKey, SecretKey wrappingKey, SecureRandom random) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(fileKey.bytes());
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /** The file key, or empty when the wrapping key is wrong (or the entry was altered). */
    static Optional<FileKey> unwrap(byte[] wrapped, SecretKey wrappingKey) {
        if (wrapped.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            byte[] key = cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
            return key.length == FileKey.BYTES ? Optional.of(FileKey.of(key)) : Optional.empty();
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unwrap the file key", e);
        }
    }
}

package org.integritydesk.service.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects a secret kept in a settings file (the database server's password) with a key derived
 * from this machine and this operating-system account: the machine's identity (Linux
 * {@code /etc/machine-id}, Windows {@code MachineGuid}) and the account name, stretched with
 * PBKDF2 and a random salt, then AES-GCM. The file alone, copied elsewhere, does not give the
 * password; anyone who can run programs as this account on this PC can (see decision 0022).
 */
public final class MachineSecret {
    private static final String VERSION = "m1";
    private static final int ITERATIONS = 120_000;
    private final Supplier<String> identity;
    private final SecureRandom random;

    /** @param identity what identifies this machine and account; read when a secret is sealed or opened */
    public MachineSecret(Supplier<String> identity, SecureRandom random) {
        this.identity = identity;
        this.random = random;
    }

    /** This PC and this account, as the app runs. */
    public static MachineSecret ofThisMachine() {
        return new MachineSecret(MachineSecret::thisMachine, new SecureRandom());
    }

    /** "m1:salt:iv:ciphertext", Base64; a different text every time for the same secret. */
    public String seal(String secret) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            cipher.updateAAD(VERSION.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return VERSION + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(iv) + ":"
                    + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret, or empty when the text was sealed on another machine or account, or is damaged. */
    public Optional<String> open(String sealed) {
        String[] parts = sealed == null ? new String[0] : sealed.strip().split(":");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(128, b64.decode(parts[2])));
            cipher.updateAAD(VERSION.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(b64.decode(parts[3])), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private SecretKeySpec key(byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(("integrity-desk:" + identity.get()).toCharArray(), salt, ITERATIONS, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(),
                    "AES");
        } finally {
            spec.clearPassword();
        }
    }

    /** The machine's identity and the account name; the host name where the system keeps no identity. */
    static String thisMachine() {
        String account = System.getProperty("user.name", "");
        for (Path file : List.of(Path.of("/etc/machine-id"), Path.of("/var/lib/dbus/machine-id"))) {
            try {
                String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!id.isEmpty()) {
                    return id + "/" + account;
                }
            } catch (IOException | RuntimeException e) {
                // not this system
            }
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            String guid = windowsMachineGuid();
            if (!guid.isEmpty()) {
                return guid + "/" + account;
            }
        }
        String host = System.getenv().getOrDefault("COMPUTERNAME", System.getenv().getOrDefault("HOSTNAME", ""));
        return host + "/" + account;
    }

    private static String windowsMachineGuid() {
        try {
            Process process = new ProcessBuilder("reg", "query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v",
                    "MachineGuid").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(5, TimeUnit.SECONDS);
            for (String line : out.split("\\R")) {
                if (line.contains("MachineGuid")) {
                    String[] words = line.strip().split("\\s+");
                    return words[words.length - 1];
                }
            }
        } catch (IOException e) {
            // no reg.exe: fall back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }
}

package org.integritydesk.service.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A site's two key pairs (JDK built-in): Ed25519 signs its packages, X25519 lets the other site
 * agree a package key with it. The public halves travel as a small text file; both sides compare
 * the short fingerprint by phone before trusting it.
 */
public final class SiteKeys {
    static final String FILE_HEADER = "integrity-desk exchange public key v1";

    private SiteKeys() {
    }

    /** Public keys (X.509 encoded) and private keys (PKCS#8 encoded) of a new site. */
    public record Generated(byte[] signPublic, byte[] signPrivate, byte[] agreePublic, byte[] agreePrivate) {
    }

    public record PublicKeys(String siteCode, byte[] signPublic, byte[] agreePublic) {
        public String fingerprint() {
            return SiteKeys.fingerprint(signPublic, agreePublic);
        }
    }

    public static Generated generate() {
        try {
            KeyPair sign = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            KeyPair agree = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            return new Generated(sign.getPublic().getEncoded(), sign.getPrivate().getEncoded(),
                    agree.getPublic().getEncoded(), agree.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519/X25519", e);
        }
    }

    /** 16 hex digits in four groups, e.g. {@code 3F2A-91BC-0D44-77E1}: SHA-256 of both public keys. */
    public static String fingerprint(byte[] signPublic, byte[] agreePublic) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(signPublic);
            sha.update(agreePublic);
            String hex = HexFormat.of().withUpperCase().formatHex(sha.digest(), 0, 8);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a public key file. */
    public static String publicFile(PublicKeys keys) {
        Base64.Encoder b64 = Base64.getEncoder();
        return FILE_HEADER + "\n"
                + "site=" + keys.siteCode() + "\n"
                + "sign=" + b64.encodeToString(keys.signPublic()) + "\n"
                + "agree=" + b64.encodeToString(keys.agreePublic()) + "\n"
                + "fingerprint=" + keys.fingerprint() + "\n";
    }

    /**
     * Reads a public key file.
     *
     * @throws PackageException {@code error.exchange.keyFile} when it is not one or its keys are not valid
     */
    public static PublicKeys parsePublicFile(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.replace("\r", "").split("\n");
        if (lines.length < 4 || !lines[0].strip().equals(FILE_HEADER)) {
            throw new PackageException("error.exchange.keyFile");
        }
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        try {
            String site = fields.getOrDefault("site", "");
            byte[] sign = Base64.getDecoder().decode(fields.getOrDefault("sign", ""));
            byte[] agree = Base64.getDecoder().decode(fields.getOrDefault("agree", ""));
            signKey(sign);
            agreeKey(agree);
            if (!site.matches("\\d{6,20}")) {
                throw new PackageException("error.exchange.keyFile");
            }
            PublicKeys keys = new PublicKeys(site, sign, agree);
            String stated = fields.get("fingerprint");
            if (stated != null && !stated.equalsIgnoreCase(keys.fingerprint())) {
                throw new PackageException("error.exchange.keyFile");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new PackageException("error.exchange.keyFile");
        }
    }

    static PublicKey signKey(byte[] encoded) {
        return publicKey("Ed25519", encoded);
    }

    static PublicKey agreeKey(byte[] encoded) {
        return publicKey("X25519", encoded);
    }

    static PrivateKey signPrivate(byte[] encoded) {
        return privateKey("Ed25519", encoded);
    }

    static PrivateKey agreePrivate(byte[] encoded) {
        return privateKey("X25519", encoded);
    }

    private static PublicKey publicKey(String algorithm, byte[] encoded) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PackageException("error.exchange.keyFile");
        }
    }

    private static PrivateKey privateKey(String algorithm, byte[] encoded) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored exchange key unreadable", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

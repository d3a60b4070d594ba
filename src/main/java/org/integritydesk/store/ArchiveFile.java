package org.integritydesk.store;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The year archive container (docs/architecture.md "Closed years and archives"): a plain UTF-8
 * header of {@code key=value} lines, a blank line, then the payload: the database as SQL text
 * (H2 {@code SCRIPT}), gzip-compressed, encrypted with AES-256-GCM. The last header line is the
 * HMAC-SHA256 signature over every header byte before it and the whole payload, so changing,
 * cutting or appending any byte is noticed before anything is decrypted.
 *
 * <pre>
 * INTEGRITY-DESK-ARCHIVE/1
 * format=1
 * year=2025
 * app-version=0.1.0
 * schema-version=7
 * created-at=2026-01-05T02:00:00Z
 * created-by=inspector
 * compression=gzip
 * cipher=AES-256-GCM
 * key-derivation=HKDF-SHA256(file key)
 * iv=BASE64
 * payload-length=123456
 * signature-algorithm=HmacSHA256
 * signature=HEX
 *
 * PAYLOAD
 * </pre>
 */
public final class ArchiveFile {
    public static final int FORMAT = 1;
    public static final String EXTENSION = "idarchive";
    static final String MAGIC = "INTEGRITY-DESK-ARCHIVE/";
    static final int MAX_HEADER = 64 * 1024;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String SIGNATURE = "signature=";

    /** What an archive's header says about it. */
    public record Manifest(int format, int year, String appVersion, String schemaVersion, Instant createdAt,
            String createdBy, long payloadLength) {
    }

    /** Writes the SQL text of a database. */
    @FunctionalInterface
    interface SqlSource {
        /** @return the schema version the SQL was written at */
        String writeTo(Writer out) throws IOException;
    }

    private ArchiveFile() {
    }

    /**
     * Writes one archive to {@code out}: the SQL from {@code sql} is compressed and encrypted in
     * memory (the header states the payload's length, so it is known before the header is written).
     */
    static Manifest write(OutputStream out, int year, String appVersion, Instant createdAt, String createdBy,
            ArchiveKeys keys, SqlSource sql) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        new SecureRandom().nextBytes(iv);
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 16);
        String schemaVersion;
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(new CipherOutputStream(payload,
                cipher(Cipher.ENCRYPT_MODE, keys, iv)), 1 << 16), StandardCharsets.UTF_8)) {
            schemaVersion = sql.writeTo(writer);
        }
        Manifest manifest = new Manifest(FORMAT, year, appVersion, schemaVersion, createdAt, createdBy, payload.size());
        byte[] header = headerText(manifest, iv).getBytes(StandardCharsets.UTF_8);
        Mac mac = keys.signer();
        mac.update(header);
        mac.update(payload.toByteArray());
        out.write(header);
        out.write((SIGNATURE + HexFormat.of().formatHex(mac.doFinal()) + "\n\n").getBytes(StandardCharsets.UTF_8));
        payload.writeTo(out);
        return manifest;
    }

    private static String headerText(Manifest m, byte[] iv) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("format", String.valueOf(m.format()));
        lines.put("year", String.valueOf(m.year()));
        lines.put("app-version", oneLine(m.appVersion()));
        lines.put("schema-version", oneLine(m.schemaVersion()));
        lines.put("created-at", m.createdAt().toString());
        lines.put("created-by", oneLine(m.createdBy()));
        lines.put("compression", "gzip");
        lines.put("cipher", "AES-256-GCM");
        lines.put("key-derivation", "HKDF-SHA256(file key)");
        lines.put("iv", Base64.getEncoder().encodeToString(iv));
        lines.put("payload-length", String.valueOf(m.payloadLength()));
        lines.put("signature-algorithm", "HmacSHA256");
        StringBuilder text = new StringBuilder(MAGIC).append(FORMAT).append('\n');
        lines.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Checks the archive's signature with {@code keys} and returns its header.
     *
     * @throws ArchiveException naming what is wrong: missing file, not an archive, newer format,
     *         cut short, signature mismatch (changed, or another folder's key)
     */
    public static Manifest verify(Path file, ArchiveKeys keys) {
        return read(file, keys).manifest;
    }

    /**
     * The archive's SQL text, after its signature is checked. The caller closes the reader; a
     * damaged payload shows as an {@link IOException} while reading.
     */
    static Reader sql(Path file, ArchiveKeys keys) {
        Parsed parsed = read(file, keys);
        try {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(parsed.headerLength);
                InputStream payload = new BoundedInputStream(in, parsed.manifest.payloadLength());
                return new InputStreamReader(new GZIPInputStream(new CipherInputStream(payload,
                        cipher(Cipher.DECRYPT_MODE, keys, parsed.iv)), 1 << 16), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Problem.DAMAGED, file, FileSteps.describe(e), e);
        }
    }

    private record Parsed(Manifest manifest, byte[] iv, int headerLength) {
    }

    private static Parsed read(Path file, ArchiveKeys keys) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(MAX_HEADER);
            int end = headerEnd(start);
            String magic = new String(start, 0, Math.min(start.length, MAGIC.length()), StandardCharsets.ISO_8859_1);
            if (!magic.equals(MAGIC)) {
                throw problem(ArchiveException.Problem.NOT_AN_ARCHIVE, file, null);
            }
            if (end < 0) {
                throw problem(start.length < MAX_HEADER ? ArchiveException.Problem.TRUNCATED
                        : ArchiveException.Problem.NOT_AN_ARCHIVE, file, null);
            }
            String header = new String(start, 0, end, StandardCharsets.UTF_8);
            int firstLineEnd = header.indexOf('\n');
            String formatText = header.substring(MAGIC.length(), firstLineEnd);
            if (isNewer(formatText)) {
                throw problem(ArchiveException.Problem.NEWER_FORMAT, file, formatText);
            }
            int signatureLine = header.lastIndexOf('\n' + SIGNATURE);
            if (signatureLine < 0) {
                throw problem(ArchiveException.Problem.SIGNATURE_MISMATCH, file, "no signature");
            }
            int signedLength = header.substring(0, signatureLine + 1).getBytes(StandardCharsets.UTF_8).length;
            Map<String, String> fields = fields(header.substring(0, signatureLine + 1));
            long declared = parseLong(fields.get("payload-length"));
            int headerLength = end + 1;
            long actual = Files.size(file) - headerLength;
            if (declared >= 0 && actual < declared) {
                throw problem(ArchiveException.Problem.TRUNCATED, file, actual + " < " + declared);
            }
            Mac mac = keys.signer();
            mac.update(start, 0, signedLength);
            mac.update(start, headerLength, start.length - headerLength);
            in.transferTo(new MacStream(mac));
            byte[] expected = mac.doFinal();
            byte[] stated = parseHex(header.substring(signatureLine + 1 + SIGNATURE.length()).strip());
            if (declared < 0 || actual != declared || stated == null || !MessageDigest.isEqual(expected, stated)) {
                throw problem(ArchiveException.Problem.SIGNATURE_MISMATCH, file, null);
            }
            return new Parsed(manifest(fields, declared), Base64.getDecoder().decode(fields.get("iv")), headerLength);
        } catch (NoSuchFileException e) {
            throw problem(ArchiveException.Problem.FILE_MISSING, file, null);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Problem.FILE_MISSING, file, FileSteps.describe(e), e);
        } catch (RuntimeException e) {
            if (e instanceof ArchiveException known) {
                throw known;
            }
            // a signed header that does not parse was written by something else
            throw new ArchiveException(ArchiveException.Problem.DAMAGED, file, e.getMessage(), e);
        }
    }

    private static boolean isNewer(String formatText) {
        try {
            return Integer.parseInt(formatText.strip()) > FORMAT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Manifest manifest(Map<String, String> f, long payloadLength) {
        try {
            return new Manifest(Integer.parseInt(f.get("format")), Integer.parseInt(f.get("year")), f.get("app-version"),
                    f.get("schema-version"), Instant.parse(f.get("created-at")), f.get("created-by"), payloadLength);
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("header field missing or malformed: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fields(String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : header.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return fields;
    }

    private static long parseLong(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] parseHex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Index of the blank line that ends the header ("\n\n"), or -1. */
    private static int headerEnd(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static Cipher cipher(int mode, ArchiveKeys keys, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    private static ArchiveException problem(ArchiveException.Problem problem, Path file, String detail) {
        return new ArchiveException(problem, file, detail, null);
    }

    /** Feeds what is written to a MAC. */
    private static final class MacStream extends OutputStream {
        private final Mac mac;

        MacStream(Mac mac) {
            this.mac = mac;
        }

        @Override
        public void write(int b) {
            mac.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            mac.update(b, off, len);
        }
    }

    /** Reads at most {@code limit} bytes; fewer is an error (the file changed since it was checked). */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("archive ended early");
            }
            left -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

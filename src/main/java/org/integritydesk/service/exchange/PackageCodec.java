package org.integritydesk.service.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The package file (docs/decisions/0013-exchange-packages.md):
 *
 * <pre>
 * "IDXP" | int n | header (n bytes) | int m | ciphertext (m bytes) | Ed25519 signature (64 bytes)
 * header     = format, from, to, seq, ack, base, madeAt, record count, ephemeral X25519 public key, nonce
 * ciphertext = AES-256-GCM(content), additional data "IDXP" + header,
 * content    = format 1: deflate(records)
 *              format 2: int n | deflate(records) (n bytes) | int f | f files, each
 *                        uuid (16 bytes) | SHA-256 (32 bytes) | long size | the file's bytes
 *              key = SHA-256(label | X25519(ephemeral private, receiver's public) | header)
 * signature  = Ed25519 by the sender over every byte before it
 * </pre>
 *
 * The reader checks in this order and stops at the first failure, each with its own message: the
 * magic, the lengths (truncated), the header, the sender (trusted?), the signature (tampered), the
 * receiver (this site?), the decryption (wrong key), the records.
 */
public final class PackageCodec {
    static final byte[] MAGIC = "IDXP".getBytes(StandardCharsets.US_ASCII);
    static final int SIGNATURE_LENGTH = 64;
    static final int MAX_HEADER = 4096;
    /** Refuses to inflate more than this (a hostile package could otherwise fill the memory). */
    static final long MAX_PLAIN = 1L << 30;
    private static final byte[] KEY_LABEL = "integrity-desk exchange v1".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random;

    public PackageCodec(SecureRandom random) {
        this.random = random;
    }

    /** The trusted keys of a peer site. */
    public record PeerKeys(byte[] signPublic, byte[] agreePublic) {
    }

    public record Opened(PackageHeader header, List<PackageRecord> records, List<PackageFile> files) {
        public Opened(PackageHeader header, List<PackageRecord> records) {
            this(header, records, List.of());
        }
    }

    public byte[] write(PackageHeader header, List<PackageRecord> records, byte[] senderSignPrivate,
            byte[] receiverAgreePublic) {
        return write(header, records, List.of(), senderSignPrivate, receiverAgreePublic);
    }

    /** Writes a package of {@code header.format()}; files only in format 2. */
    public byte[] write(PackageHeader header, List<PackageRecord> records, List<PackageFile> files,
            byte[] senderSignPrivate, byte[] receiverAgreePublic) {
        try {
            byte[] plain = content(header.format(), deflate(records), files);
            KeyPair ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            byte[] headerBytes = headerBytes(header, ephemeral.getPublic().getEncoded(), nonce);
            byte[] key = packageKey(ephemeral.getPrivate(), SiteKeys.agreeKey(receiverAgreePublic), headerBytes);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(headerBytes);
            byte[] ciphertext = cipher.doFinal(plain);
            ByteBuffer body = ByteBuffer.allocate(4 + 4 + headerBytes.length + 4 + ciphertext.length);
            body.put(MAGIC).putInt(headerBytes.length).put(headerBytes).putInt(ciphertext.length).put(ciphertext);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(SiteKeys.signPrivate(senderSignPrivate));
            signer.update(body.array());
            byte[] signature = signer.sign();
            byte[] file = Arrays.copyOf(body.array(), body.capacity() + signature.length);
            System.arraycopy(signature, 0, file, body.capacity(), signature.length);
            return file;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not write the package", e);
        }
    }

    /**
     * Opens a package addressed to {@code mySite}.
     *
     * @param trusted the keys of a trusted site by its code, empty for a site not trusted here
     * @throws PackageException with a message for the user; nothing is read past the first failure
     */
    public Opened read(byte[] file, Function<String, Optional<PeerKeys>> trusted, String mySite,
            byte[] myAgreePrivate) {
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new PackageException("error.exchange.notPackage");
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(MAGIC.length);
        if (in.remaining() < 4) {
            throw new PackageException("error.exchange.truncated");
        }
        int headerLength = in.getInt();
        if (headerLength <= 0 || headerLength > MAX_HEADER) {
            throw new PackageException("error.exchange.damaged");
        }
        if (in.remaining() < headerLength + 4) {
            throw new PackageException("error.exchange.truncated");
        }
        byte[] headerBytes = new byte[headerLength];
        in.get(headerBytes);
        int cipherLength = in.getInt();
        if (cipherLength < 16) {
            throw new PackageException("error.exchange.damaged");
        }
        if (in.remaining() < (long) cipherLength + SIGNATURE_LENGTH) {
            throw new PackageException("error.exchange.truncated");
        }
        if (in.remaining() > (long) cipherLength + SIGNATURE_LENGTH) {
            throw new PackageException("error.exchange.damaged");
        }
        byte[] ciphertext = new byte[cipherLength];
        in.get(ciphertext);
        byte[] signature = new byte[SIGNATURE_LENGTH];
        in.get(signature);
        ParsedHeader parsed = parseHeader(headerBytes);
        PackageHeader header = parsed.header();
        PeerKeys peer = trusted.apply(header.from()).orElseThrow(
                () -> new PackageException("error.exchange.foreign", header.from()));
        if (!verify(file, file.length - SIGNATURE_LENGTH, signature, peer.signPublic())) {
            throw new PackageException("error.exchange.tampered", header.from());
        }
        if (!header.to().equals(mySite)) {
            throw new PackageException("error.exchange.notForUs", header.to(), mySite);
        }
        byte[] plain;
        try {
            byte[] key = packageKey(SiteKeys.agreePrivate(myAgreePrivate), SiteKeys.agreeKey(parsed.ephemeral()),
                    headerBytes);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, parsed.nonce()));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(headerBytes);
            plain = cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException | PackageException e) {
            throw new PackageException("error.exchange.wrongKey", header.from());
        }
        Opened opened = contents(header, plain);
        if (opened.records().size() != header.records()) {
            throw new PackageException("error.exchange.damaged");
        }
        return opened;
    }

    /** The decrypted content of a package: the records, and in format 2 the files after them. */
    static Opened contents(PackageHeader header, byte[] plain) {
        if (header.format() == 1) {
            return new Opened(header, inflate(plain), List.of());
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(plain);
            int recordsLength = in.getInt();
            if (recordsLength < 0 || recordsLength > in.remaining()) {
                throw new PackageException("error.exchange.damaged");
            }
            List<PackageRecord> records = inflate(Arrays.copyOfRange(plain, 4, 4 + recordsLength));
            in.position(4 + recordsLength);
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / FILE_OVERHEAD) {
                throw new PackageException("error.exchange.damaged");
            }
            List<PackageFile> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                java.util.UUID id = new java.util.UUID(in.getLong(), in.getLong());
                byte[] sha = new byte[32];
                in.get(sha);
                long size = in.getLong();
                if (size < 0 || size > in.remaining()) {
                    throw new PackageException("error.exchange.damaged");
                }
                byte[] content = new byte[(int) size];
                in.get(content);
                if (!Arrays.equals(sha, MessageDigest.getInstance("SHA-256").digest(content))) {
                    throw new PackageException("error.exchange.damaged");
                }
                files.add(new PackageFile(id, java.util.HexFormat.of().formatHex(sha), content));
            }
            if (in.hasRemaining()) {
                throw new PackageException("error.exchange.damaged");
            }
            return new Opened(header, records, files);
        } catch (java.nio.BufferUnderflowException | GeneralSecurityException e) {
            throw new PackageException("error.exchange.damaged");
        }
    }

    /** Per file in format 2, besides its bytes: id, SHA-256, size. */
    static final int FILE_OVERHEAD = 16 + 32 + 8;

    private static byte[] content(int format, byte[] deflated, List<PackageFile> files) {
        if (format == 1) {
            if (!files.isEmpty()) {
                throw new IllegalArgumentException("format 1 carries no files");
            }
            return deflated;
        }
        long size = 4L + deflated.length + 4;
        for (PackageFile f : files) {
            size += FILE_OVERHEAD + f.content().length;
        }
        if (size > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("package content too large: " + size);
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.putInt(deflated.length).put(deflated).putInt(files.size());
        for (PackageFile f : files) {
            out.putLong(f.id().getMostSignificantBits()).putLong(f.id().getLeastSignificantBits())
                    .put(java.util.HexFormat.of().parseHex(f.sha256())).putLong(f.content().length).put(f.content());
        }
        return out.array();
    }

    private record ParsedHeader(PackageHeader header, byte[] ephemeral, byte[] nonce) {
    }

    private static byte[] headerBytes(PackageHeader h, byte[] ephemeral, byte[] nonce) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(h.format());
            RowCodec.writeString(out, h.from());
            RowCodec.writeString(out, h.to());
            out.writeLong(h.seq());
            out.writeLong(h.ack());
            out.writeLong(h.base());
            out.writeLong(h.madeAt().toEpochMilli());
            out.writeInt(h.records());
            out.writeInt(ephemeral.length);
            out.write(ephemeral);
            out.writeInt(nonce.length);
            out.write(nonce);
        }
        return bytes.toByteArray();
    }

    private static ParsedHeader parseHeader(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            int format = in.readInt();
            if (format < PackageHeader.OLDEST_FORMAT || format > PackageHeader.FORMAT) {
                throw new PackageException("error.exchange.format", format);
            }
            String from = RowCodec.readString(in, 40);
            String to = RowCodec.readString(in, 40);
            long seq = in.readLong();
            long ack = in.readLong();
            long base = in.readLong();
            long madeAt = in.readLong();
            int records = in.readInt();
            byte[] ephemeral = RowCodec.readBytes(in, 100);
            byte[] nonce = RowCodec.readBytes(in, 12);
            if (in.available() != 0 || nonce.length != 12 || seq < 1 || ack < 0 || base < 0 || base >= seq
                    || records < 0 || from.isBlank() || to.isBlank()) {
                throw new PackageException("error.exchange.damaged");
            }
            return new ParsedHeader(new PackageHeader(format, from, to, seq, ack, base, Instant.ofEpochMilli(madeAt),
                    records), ephemeral, nonce);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PackageException p) {
                throw p;
            }
            throw new PackageException("error.exchange.damaged");
        }
    }

    private static boolean verify(byte[] file, int length, byte[] signature, byte[] signPublic) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(SiteKeys.signKey(signPublic));
            verifier.update(file, 0, length);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] packageKey(PrivateKey mine, PublicKey theirs, byte[] headerBytes)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(mine);
        agreement.doPhase(theirs, true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(KEY_LABEL);
        sha.update(agreement.generateSecret());
        sha.update(headerBytes);
        return sha.digest();
    }

    private static byte[] deflate(List<PackageRecord> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(
                new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION), 65536))) {
            out.writeInt(records.size());
            for (PackageRecord r : records) {
                RowCodec.writeString(out, r.kind());
                RowCodec.writeString(out, r.key());
                RowCodec.writeString(out, r.owner());
                RowCodec.writeString(out, r.source());
                out.writeBoolean(r.deleted());
                if (!r.deleted()) {
                    RowCodec.writeRow(out, r.columns(), r.values());
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Inflates and parses the records; only reached for a package whose signature and tag verified. */
    static List<PackageRecord> inflate(byte[] compressed) {
        try {
            byte[] plain = inflateBytes(compressed);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
            int count = in.readInt();
            if (count < 0 || count > plain.length) {
                throw new IOException("bad count");
            }
            List<PackageRecord> records = new ArrayList<>(Math.min(count, 100_000));
            for (int i = 0; i < count; i++) {
                String kind = RowCodec.readString(in, 100);
                String key = RowCodec.readString(in, 200);
                String owner = RowCodec.readString(in, 40);
                String source = RowCodec.readString(in, 40);
                boolean deleted = in.readBoolean();
                RowCodec.Row row = deleted ? new RowCodec.Row(List.of(), List.of()) : RowCodec.readRow(in, plain.length);
                records.add(new PackageRecord(kind, key, owner, source, deleted, row.columns(), row.values()));
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return records;
        } catch (IOException | RuntimeException e) {
            throw new PackageException("error.exchange.damaged");
        }
    }

    private static byte[] inflateBytes(byte[] compressed) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new EOFException("incomplete deflate stream");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PLAIN) {
                    throw new IOException("too large");
                }
            }
            if (inflater.getRemaining() != 0) {
                throw new IOException("trailing bytes");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
    }

}

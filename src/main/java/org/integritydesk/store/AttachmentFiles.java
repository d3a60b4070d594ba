package org.integritydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.integritydesk.store.AttachmentFileException.Problem;

/**
 * The encrypted copies of attached files in the data folder's {@code attachments} folder
 * (docs/decisions/0009-attachment-files.md). A file is copied, never moved: the user's file is only
 * read. Its copy is named after the attachment's id, written under a temporary name in the same
 * folder, forced to disk and renamed into place, so a full disk, a read-only folder or a source
 * that cannot be read leaves nothing behind.
 *
 * <p>Format: {@code "IDATT01\0"}, a random 16-byte salt, then the content in segments of
 * {@value #SEGMENT} bytes, each sealed with AES-256-GCM under a key of its own file (HMAC-SHA256 of
 * the attachment key over the id and the salt). A segment's nonce holds its index and whether it is
 * the last, so a copy cut short, reordered or swapped with another attachment's fails to open. The
 * attachment key is derived from the database's {@link FileKey}: whoever can open the database can
 * open its attachments, and nobody else.
 */
public final class AttachmentFiles {
    public static final String FOLDER = "attachments";
    static final int SEGMENT = 64 * 1024;
    private static final byte[] MAGIC = "IDATT01\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int TAG_BITS = 128;
    private static final int TAG = TAG_BITS / 8;
    private static final String SUFFIX = ".bin";

    private final Path folder;
    private final byte[] attachmentKey;
    private final SecureRandom random;
    private final AttachmentCopies shared;

    /** @param folder the attachments folder; made on the first write if missing */
    public AttachmentFiles(Path folder, FileKey fileKey, SecureRandom random) {
        this(folder, fileKey, random, AttachmentCopies.NONE);
    }

    /**
     * With {@code shared} copies (a server's {@code attachment_copy}): each copy stored here goes
     * there too, and a copy missing here (attached on another PC) is fetched from there into the
     * folder before it is read.
     */
    public AttachmentFiles(Path folder, FileKey fileKey, SecureRandom random, AttachmentCopies shared) {
        this.folder = folder.toAbsolutePath().normalize();
        this.attachmentKey = hmac(fileKey.bytes(), "integrity-desk attachments v1".getBytes(StandardCharsets.UTF_8));
        this.random = random;
        this.shared = shared;
    }

    /** The attachments folder of a data folder. */
    public static Path folderIn(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** What a stored copy is: its name in the folder, and the size and SHA-256 of the original content. */
    public record Stored(String storedPath, long size, String sha256) {
    }

    /** The name the copy of attachment {@code id} has in the folder. */
    public static String storedPathOf(UUID id) {
        return id + SUFFIX;
    }

    /**
     * Copies {@code source} into the folder, encrypted, as the copy of attachment {@code id}.
     *
     * @throws AttachmentFileException {@code SOURCE_*} for a source that is missing, not a file or
     *         unreadable; {@code WRITE_FAILED} when the folder cannot take it. Either way nothing is left.
     */
    public Stored store(UUID id, Path source) {
        checkSource(source);
        String name = storedPathOf(id);
        Path target = folder.resolve(name);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + id, ".part");
            Stored stored;
            try (InputStream in = open(source); OutputStream out = Files.newOutputStream(temp)) {
                stored = encrypt(id, source, in, out, name);
            }
            FileSteps.force(temp);
            FileSteps.moveIntoPlace(temp, target);
            shareOrUndo(id, target);
            return stored;
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.WRITE_FAILED, folder, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(temp);
        }
    }

    /**
     * Decrypts the copy {@code storedPath} into the new file {@code target} (written under a
     * temporary name and renamed), checking that its content is still {@code sha256}.
     */
    public void decryptTo(UUID id, String storedPath, String sha256, Path target) {
        Path stored = folder.resolve(storedPath).normalize();
        fetchIfShared(id, stored);
        if (!stored.getParent().equals(folder) || !Files.isRegularFile(stored)) {
            throw new AttachmentFileException(Problem.STORED_MISSING, stored, null, null);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".open", ".part");
            String actual;
            try (InputStream in = Files.newInputStream(stored); OutputStream out = Files.newOutputStream(temp)) {
                actual = decrypt(id, stored, in, out);
            }
            if (!actual.equals(sha256)) {
                throw new AttachmentFileException(Problem.DAMAGED, stored, "content differs from the SHA-256 recorded", null);
            }
            FileSteps.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.WRITE_FAILED, dir, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(temp);
        }
    }

    /** Whether the copy {@code storedPath} is in the folder, or shared by another PC. */
    public boolean has(String storedPath) {
        Path stored = folder.resolve(storedPath).normalize();
        if (!stored.getParent().equals(folder)) {
            return false;
        }
        return Files.isRegularFile(stored) || idOf(storedPath).map(shared::has).orElse(false);
    }

    /**
     * The content of attachment {@code id}'s copy, decrypted in memory and checked against
     * {@code sha256} (for exchange packages, which carry files up to a bounded size).
     *
     * @throws AttachmentFileException {@code STORED_MISSING} or {@code DAMAGED}
     */
    public byte[] read(UUID id, String storedPath, String sha256) {
        Path stored = folder.resolve(storedPath).normalize();
        fetchIfShared(id, stored);
        if (!stored.getParent().equals(folder) || !Files.isRegularFile(stored)) {
            throw new AttachmentFileException(Problem.STORED_MISSING, stored, null, null);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String actual;
        try (InputStream in = Files.newInputStream(stored)) {
            actual = decrypt(id, stored, in, out);
        } catch (NoSuchFileException e) {
            throw new AttachmentFileException(Problem.STORED_MISSING, stored, null, e);
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.DAMAGED, stored, FileSteps.describe(e), e);
        }
        if (!actual.equals(sha256)) {
            throw new AttachmentFileException(Problem.DAMAGED, stored, "content differs from the SHA-256 recorded", null);
        }
        return out.toByteArray();
    }

    /**
     * Stores {@code content} received from another site as the copy of attachment {@code id},
     * encrypted with this folder's key, as {@link #store} does with a user's file (temporary name,
     * forced to disk, renamed into place).
     *
     * @throws AttachmentFileException {@code WRITE_FAILED} when the folder cannot take it; nothing is left
     */
    public Stored storeContent(UUID id, byte[] content) {
        String name = storedPathOf(id);
        Path target = folder.resolve(name);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + id, ".part");
            Stored stored;
            try (InputStream in = new java.io.ByteArrayInputStream(content); OutputStream out = Files.newOutputStream(temp)) {
                stored = encrypt(id, target, in, out, name);
            }
            FileSteps.force(temp);
            FileSteps.moveIntoPlace(temp, target);
            shareOrUndo(id, target);
            return stored;
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.WRITE_FAILED, folder, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(temp);
        }
    }

    /** Deletes a copy whose row was never committed; a leftover is harmless (never listed). */
    public void deleteQuietly(String storedPath) {
        FileSteps.deleteQuietly(folder.resolve(storedPath));
        try {
            idOf(storedPath).ifPresent(shared::delete);
        } catch (RuntimeException leftOver) {
            // a shared copy no row names is as harmless as a file no row names
        }
    }

    /**
     * Puts every copy in the attachments {@code folder} into {@code copies} (a server the data were
     * just moved to, or one that a PC moved to before copies were shared); returns how many were put.
     */
    public static int shareAll(Path folder, AttachmentCopies copies) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int put = 0;
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Optional<UUID> id = idOf(file.getFileName().toString());
                if (id.isPresent() && Files.isRegularFile(file) && !copies.has(id.get())) {
                    copies.put(id.get(), Files.readAllBytes(file));
                    put++;
                }
            }
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.SOURCE_UNREADABLE, folder, FileSteps.describe(e), e);
        }
        return put;
    }

    /**
     * Sends the copy just stored to the other PCs (on a server; nothing on the embedded database); a
     * copy the server did not take is removed here too, so the attachment is not half made.
     */
    private void shareOrUndo(UUID id, Path stored) throws IOException {
        if (shared == AttachmentCopies.NONE) {
            return;
        }
        try {
            shared.put(id, Files.readAllBytes(stored));
        } catch (RuntimeException e) {
            FileSteps.deleteQuietly(stored);
            throw new AttachmentFileException(Problem.WRITE_FAILED, stored, e.getMessage(), e);
        }
    }

    /** Brings the copy of an attachment made on another PC into this folder (written whole, then renamed). */
    private void fetchIfShared(UUID id, Path stored) {
        if (shared == AttachmentCopies.NONE || !stored.getParent().equals(folder) || Files.isRegularFile(stored)) {
            return;
        }
        Optional<byte[]> copy = shared.get(id);
        if (copy.isEmpty()) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + id, ".part");
            Files.write(temp, copy.get());
            FileSteps.force(temp);
            FileSteps.moveIntoPlace(temp, stored);
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.WRITE_FAILED, folder, FileSteps.describe(e), e);
        } finally {
            FileSteps.deleteQuietly(temp);
        }
    }

    /** The attachment id a copy's name stands for ({@code <id>.bin}); empty for any other name. */
    private static Optional<UUID> idOf(String storedPath) {
        if (!storedPath.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(storedPath.substring(0, storedPath.length() - SUFFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void checkSource(Path source) {
        if (!Files.exists(source)) {
            throw new AttachmentFileException(Problem.SOURCE_MISSING, source, null, null);
        }
        if (!Files.isRegularFile(source)) {
            throw new AttachmentFileException(Problem.SOURCE_NOT_A_FILE, source, null, null);
        }
        if (!Files.isReadable(source)) {
            throw new AttachmentFileException(Problem.SOURCE_UNREADABLE, source, "access denied", null);
        }
    }

    private static InputStream open(Path source) {
        try {
            return Files.newInputStream(source);
        } catch (NoSuchFileException e) {
            throw new AttachmentFileException(Problem.SOURCE_MISSING, source, null, e);
        } catch (AccessDeniedException e) {
            throw new AttachmentFileException(Problem.SOURCE_UNREADABLE, source, "access denied", e);
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.SOURCE_UNREADABLE, source, FileSteps.describe(e), e);
        }
    }

    private Stored encrypt(UUID id, Path source, InputStream in, OutputStream out, String name) throws IOException {
        byte[] header = new byte[MAGIC.length + SALT];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        byte[] salt = new byte[SALT];
        random.nextBytes(salt);
        System.arraycopy(salt, 0, header, MAGIC.length, SALT);
        out.write(header);
        SecretKey key = fileKey(id, salt);
        MessageDigest sha = sha256();
        long size = 0;
        byte[] current = readSource(in, source);
        for (int index = 0; ; index++) {
            byte[] next = current.length < SEGMENT ? new byte[0] : readSource(in, source);
            boolean last = next.length == 0;
            out.write(seal(key, header, index, last, current));
            sha.update(current);
            size += current.length;
            if (last) {
                break;
            }
            current = next;
        }
        return new Stored(name, size, HexFormat.of().formatHex(sha.digest()));
    }

    private static byte[] readSource(InputStream in, Path source) {
        try {
            return in.readNBytes(SEGMENT);
        } catch (IOException e) {
            throw new AttachmentFileException(Problem.SOURCE_UNREADABLE, source, FileSteps.describe(e), e);
        }
    }

    /** Writes the content to {@code out}; returns its SHA-256. */
    private String decrypt(UUID id, Path stored, InputStream in, OutputStream out) throws IOException {
        byte[] header = in.readNBytes(MAGIC.length + SALT);
        if (header.length < MAGIC.length + SALT || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new AttachmentFileException(Problem.DAMAGED, stored, "not an attachment file", null);
        }
        SecretKey key = fileKey(id, Arrays.copyOfRange(header, MAGIC.length, header.length));
        MessageDigest sha = sha256();
        byte[] current = in.readNBytes(SEGMENT + TAG);
        for (int index = 0; ; index++) {
            byte[] next = current.length < SEGMENT + TAG ? new byte[0] : in.readNBytes(SEGMENT + TAG);
            boolean last = next.length == 0;
            byte[] plain = open(key, header, index, last, current, stored);
            out.write(plain);
            sha.update(plain);
            if (last) {
                return HexFormat.of().formatHex(sha.digest());
            }
            current = next;
        }
    }

    private static byte[] seal(SecretKey key, byte[] header, int index, boolean last, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(index, last)));
            cipher.updateAAD(header);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] header, int index, boolean last, byte[] sealed, Path stored) {
        if (sealed.length < TAG) {
            throw new AttachmentFileException(Problem.DAMAGED, stored, "cut short", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(index, last)));
            cipher.updateAAD(header);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new AttachmentFileException(Problem.DAMAGED, stored, "does not decrypt", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /** Seven zero bytes, the last-segment flag, the segment index: unique per segment of a file's own key. */
    private static byte[] nonce(int index, boolean last) {
        return ByteBuffer.allocate(12).put(7, (byte) (last ? 1 : 0)).putInt(8, index).array();
    }

    private SecretKey fileKey(UUID id, byte[] salt) {
        byte[] info = ByteBuffer.allocate(16 + salt.length).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).put(salt).array();
        return new SecretKeySpec(hmac(attachmentKey, info), "AES");
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java 17 runtime", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }
}

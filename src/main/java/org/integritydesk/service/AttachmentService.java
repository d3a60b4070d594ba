package org.integritydesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.AuditKind;
import org.integritydesk.store.AttachmentFileException;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.AttachmentRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.VersionConflictException;

/**
 * Files kept with the records of any feature: a regulation's document, an activity's photos and
 * sign-in scans, a finding's evidence. The file is copied (never moved) into the data folder's
 * {@code attachments} folder, encrypted with a key derived from the database key, and described by
 * an {@code attachment} row; opening decrypts it to a temporary file for the system's viewer.
 *
 * <p>Who may see or change a record's attachments is the owning feature's rule: each feature
 * {@linkplain #register registers} an {@link OwnerAccess} for its owner type, and every call is
 * checked through it. Adding, opening and removing are each one audit event (record type
 * {@code attachment}, labelled "owner label / file name").
 *
 * <p>Copying and decrypting take as long as the file is big: call every method off the JavaFX thread.
 */
public final class AttachmentService {
    /** How a feature guards the attachments of its records. Called inside a transaction. */
    public interface OwnerAccess {
        /** The stored owner type, e.g. {@code "regulation"}; at most 40 characters. */
        String ownerType();

        /**
         * Refuses (with a {@link ServiceException} or {@code AccessDeniedException}) unless the
         * user may see the record and its attachments; returns the record's label for the audit trail.
         */
        String requireView(UUID ownerId);

        /** As {@link #requireView} for adding and removing attachments (the record must be live). */
        String requireChange(UUID ownerId);
    }

    /** Longest original file name kept (H2 counts chars; the column holds 500). */
    static final int MAX_NAME = 200;

    private final Transactions tx;
    private final AttachmentRepository rows;
    private final AttachmentFiles files;
    private final Path openFolder;
    private final Stamps stamps;
    private final AuditTrail audit;
    private final Map<String, OwnerAccess> owners = new ConcurrentHashMap<>();

    /**
     * @param openFolder where opened attachments are decrypted for the viewer; emptied now and by
     *        {@link #deleteOpenedFiles()} (the app calls it on exit), so it must belong to this data folder alone
     */
    public AttachmentService(Transactions tx, AttachmentRepository rows, AttachmentFiles files, Path openFolder,
            Stamps stamps, AuditTrail audit) {
        this.tx = tx;
        this.rows = rows;
        this.files = files;
        this.openFolder = openFolder.toAbsolutePath().normalize();
        this.stamps = stamps;
        this.audit = audit;
        deleteOpenedFiles();
    }

    /** Lets the records of {@code access.ownerType()} have attachments; the composition root calls it per feature. */
    public void register(OwnerAccess access) {
        owners.put(access.ownerType(), access);
    }

    /** The live attachments of a record, in the order they were added, if the user may see the record. */
    public List<Attachment> list(String ownerType, UUID ownerId) {
        return tx.read(() -> {
            owner(ownerType).requireView(ownerId);
            return rows.findByOwner(ownerType, ownerId);
        });
    }

    /**
     * Copies {@code source} in as a new attachment of the record. The copy is made before the row
     * is written and removed again if the row cannot be; a failure leaves neither.
     *
     * @throws ServiceException {@code error.attachment.sourceMissing}, {@code .notAFile},
     *         {@code .sourceUnreadable}, {@code .write} (disk full, read-only folder), or the owner's refusal
     */
    public Attachment add(String ownerType, UUID ownerId, Path source) {
        OwnerAccess owner = owner(ownerType);
        tx.read(() -> owner.requireChange(ownerId));
        UUID id = UUID.randomUUID();
        String name = originalName(source);
        AttachmentFiles.Stored stored;
        try {
            stored = files.store(id, source);
        } catch (AttachmentFileException e) {
            throw describe(e, name);
        }
        try {
            return tx.inTransaction(() -> {
                String label = owner.requireChange(ownerId);
                var stamp = stamps.next();
                Attachment attachment = new Attachment(id, ownerType, ownerId, name, stored.storedPath(), stored.size(),
                        stored.sha256(), stamp.now(), stamp.user(), 1, null);
                rows.insert(attachment, stamp);
                audit.record(AuditKind.CREATE, AuditTrail.ATTACHMENT, id, label(label, name), null, fields(attachment),
                        null);
                return rows.findById(id).orElseThrow();
            });
        } catch (RuntimeException e) {
            files.deleteQuietly(stored.storedPath());
            throw e;
        }
    }

    /**
     * Decrypts the attachment to a new temporary file named as the original was, for the system's
     * viewer, and records the opening. The file is deleted when the program exits (or, after a
     * crash, when the data folder is next opened).
     */
    public Path openAsTempFile(UUID attachmentId) {
        Attachment attachment = tx.read(() -> {
            Attachment found = live(attachmentId);
            owner(found.ownerType()).requireView(found.ownerId());
            return found;
        });
        Path target;
        try {
            Files.createDirectories(openFolder);
            Path folder = Files.createTempDirectory(openFolder, "open");
            folder.toFile().deleteOnExit();
            target = folder.resolve(safeFileName(attachment.originalName()));
            target.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new ServiceException(e, "error.attachment.write", openFolder, e.getMessage());
        }
        try {
            files.decryptTo(attachment.id(), attachment.storedPath(), attachment.sha256(), target);
        } catch (AttachmentFileException e) {
            throw describe(e, attachment.originalName());
        }
        tx.run(() -> {
            String label = owner(attachment.ownerType()).requireView(attachment.ownerId());
            audit.record(AuditKind.VIEW, AuditTrail.ATTACHMENT, attachment.id(), label(label, attachment.originalName()),
                    null, null, null);
        });
        return target;
    }

    /** Removes the attachment from its record (soft: the encrypted copy stays in the folder). */
    public void remove(UUID attachmentId, int version) {
        tx.run(() -> {
            Attachment found = live(attachmentId);
            String label = owner(found.ownerType()).requireChange(found.ownerId());
            try {
                rows.softDelete(attachmentId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(found.originalName(), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.ATTACHMENT, attachmentId, label(label, found.originalName()),
                    fields(found), null, null);
        });
    }

    /** Deletes every decrypted copy made for viewing; quietly leaves one a viewer still holds open. */
    public void deleteOpenedFiles() {
        if (!Files.isDirectory(openFolder)) {
            return;
        }
        try (var paths = Files.walk(openFolder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(openFolder)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // held open by a viewer (Windows): deleted at the next start
                }
            });
        } catch (IOException ignored) {
            // nothing more to do; the next start tries again
        }
    }

    /**
     * The folder for opened attachments of a data folder: under the system's temporary folder (the
     * user's own on Windows), one per data folder, so emptying it at start touches nothing of another.
     */
    public static Path openFolderFor(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        String tag = java.util.HexFormat.of().formatHex(
                java.util.Arrays.copyOf(sha256(path.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 6));
        return Path.of(System.getProperty("java.io.tmpdir"), "integrity-desk-open", tag);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    /** The folder opened attachments are decrypted into. */
    public Path openFolder() {
        return openFolder;
    }

    private Attachment live(UUID attachmentId) {
        Attachment found = rows.findById(attachmentId)
                .orElseThrow(() -> new ServiceException("error.attachment.notFound"));
        if (found.deletedAt() != null) {
            throw new ServiceException("error.attachment.notFound");
        }
        return found;
    }

    private OwnerAccess owner(String ownerType) {
        OwnerAccess owner = owners.get(ownerType);
        if (owner == null) {
            throw new IllegalArgumentException("no feature registered attachments of " + ownerType);
        }
        return owner;
    }

    private static String label(String ownerLabel, String fileName) {
        return ownerLabel == null || ownerLabel.isBlank() ? fileName : ownerLabel + " / " + fileName;
    }

    private static Map<String, Object> fields(Attachment a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ownerType", a.ownerType());
        fields.put("ownerId", a.ownerId());
        fields.put("name", a.originalName());
        fields.put("size", a.size());
        fields.put("sha256", a.sha256());
        return fields;
    }

    /** The source's file name, shortened in the middle (keeping its extension) when very long. */
    static String originalName(Path source) {
        Path fileName = source.getFileName();
        String name = fileName == null ? "attachment" : fileName.toString();
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_NAME - extension.length() - 1;
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep) + "…" + extension;
    }

    /** A file name every system accepts: no path separators, reserved or control characters. */
    static String safeFileName(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.appendCodePoint(c < 32 || "<>:\"/\\|?*".indexOf(c) >= 0 ? '_' : c));
        String safe = out.toString().strip();
        while (safe.endsWith(".")) {
            safe = safe.substring(0, safe.length() - 1);
        }
        return safe.isBlank() || safe.equals("..") ? "attachment" : safe;
    }

    private static ServiceException describe(AttachmentFileException e, String name) {
        return switch (e.problem()) {
            case SOURCE_MISSING -> new ServiceException(e, "error.attachment.sourceMissing", e.file());
            case SOURCE_NOT_A_FILE -> new ServiceException(e, "error.attachment.notAFile", e.file());
            case SOURCE_UNREADABLE -> new ServiceException(e, "error.attachment.sourceUnreadable", e.file(), e.detail());
            case WRITE_FAILED -> new ServiceException(e, "error.attachment.write", e.file(), e.detail());
            case STORED_MISSING -> new ServiceException(e, "error.attachment.storedMissing", name);
            case DAMAGED -> new ServiceException(e, "error.attachment.damaged", name);
        };
    }
}

package org.integritydesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A file kept with a record of some feature (a regulation's document, an activity's photos). The
 * file itself is a copy, encrypted, in the data folder's {@code attachments} folder at
 * {@code storedPath}; the name the user's file had is only remembered for showing and for the
 * temporary file it is opened as.
 *
 * @param ownerType which feature's record owns it, e.g. {@code "regulation"}
 * @param storedPath relative to the attachments folder, made from {@code id}
 * @param size the original file's size in bytes
 * @param sha256 the original content's SHA-256, hex, checked when the file is opened
 */
public record Attachment(UUID id, String ownerType, UUID ownerId, String originalName, String storedPath, long size,
        String sha256, Instant addedAt, String addedBy, int version, Instant deletedAt) {
}

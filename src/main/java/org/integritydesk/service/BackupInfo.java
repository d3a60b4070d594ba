package org.integritydesk.service;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.integritydesk.model.BackupKind;

/** One backup file as the backup screen lists it. {@code time} is local time, as in the file name. */
public record BackupInfo(Path file, LocalDateTime time, BackupKind kind, long sizeBytes) {
}

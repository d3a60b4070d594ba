package org.integritydesk.service;

import java.nio.file.Path;
import org.integritydesk.store.BackupException;
import org.integritydesk.store.DatabaseInUseException;

/** Turns the store's backup failures into messages a clerk can act on. */
final class BackupErrors {
    private BackupErrors() {
    }

    static ServiceException of(BackupException e) {
        Path file = e.file();
        return switch (e.problem()) {
            case FOLDER_MISSING -> new ServiceException(e, "error.backup.folderMissing", file);
            case NOT_A_FOLDER -> new ServiceException(e, "error.backup.notAFolder", file);
            case WRITE_FAILED -> new ServiceException(e, "error.backup.write", file, e.detail());
            case FILE_MISSING -> new ServiceException(e, "error.backup.fileMissing", file);
            case NOT_A_ZIP -> new ServiceException(e, "error.backup.notAZip", file);
            case NO_DATABASE -> new ServiceException(e, "error.backup.noDatabase", file);
            case DAMAGED -> new ServiceException(e, "error.backup.damaged", file, e.detail());
            case NOT_OURS -> new ServiceException(e, "error.backup.notOurs", file);
            case CANNOT_OPEN -> new ServiceException(e, "error.backup.cannotOpen", file, e.detail());
        };
    }

    static ServiceException inUse(DatabaseInUseException e) {
        return new ServiceException(e, "error.restore.inUse", e.dataDir());
    }
}

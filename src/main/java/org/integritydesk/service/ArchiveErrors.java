package org.integritydesk.service;

import org.integritydesk.store.ArchiveException;

/** Turns the store's archive failures into messages a clerk can act on. */
final class ArchiveErrors {
    private ArchiveErrors() {
    }

    static ServiceException of(ArchiveException e) {
        Object file = e.file() == null ? "" : e.file();
        return switch (e.problem()) {
            case FILE_MISSING -> new ServiceException(e, "error.archive.fileMissing", file);
            case NOT_AN_ARCHIVE -> new ServiceException(e, "error.archive.notAnArchive", file);
            case NEWER_FORMAT -> new ServiceException(e, "error.archive.newerFormat", file, e.detail());
            case TRUNCATED -> new ServiceException(e, "error.archive.truncated", file);
            case SIGNATURE_MISMATCH -> new ServiceException(e, "error.archive.signature", file);
            case DAMAGED -> new ServiceException(e, "error.archive.damaged", file, e.detail());
            case WRITE_FAILED -> new ServiceException(e, "error.archive.write", file, e.detail());
        };
    }
}

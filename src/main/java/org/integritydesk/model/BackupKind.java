package org.integritydesk.model;

/**
 * Why a backup was made. The kind is part of the file name and decides how long the file is kept
 * (see {@link BackupRetention}).
 */
public enum BackupKind implements Labelled {
    /** Made once a day while the program runs. */
    DAILY("daily"),
    /** Made when the window closes. */
    EXIT("exit"),
    /** Asked for by a clerk ("back up now" or the {@code backup} command). */
    MANUAL("manual"),
    /** The database as it was just before a restore replaced it. */
    BEFORE_RESTORE("before-restore");

    private final String fileTag;

    BackupKind(String fileTag) {
        this.fileTag = fileTag;
    }

    /** The word in the file name: lower case ASCII, safe on every file system. */
    public String fileTag() {
        return fileTag;
    }

    /** Daily and exit backups form the rotating set; the others are kept by their own count. */
    public boolean isAutomatic() {
        return this == DAILY || this == EXIT;
    }

    @Override
    public String messageKey() {
        return "enum.backupKind." + name();
    }
}

package org.integritydesk.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a backup file in the backup folder, e.g.
 * {@code integrity-desk-2026-11-26T14-05-00-daily.zip}: local time to the second, then the kind.
 * Names sort by time, carry no colons (Windows forbids them) and only ASCII, so they survive FAT
 * USB drives and zip tools. Files in the folder whose names do not parse are not backups of ours
 * and are never touched.
 */
public record BackupName(LocalDateTime time, BackupKind kind) implements Comparable<BackupName> {
    public static final String PREFIX = "integrity-desk-";
    public static final String SUFFIX = ".zip";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})-([a-z-]+)" + Pattern.quote(SUFFIX));

    public BackupName {
        if (time == null || kind == null) {
            throw new IllegalArgumentException("a backup name needs a time and a kind");
        }
        time = time.withNano(0);
    }

    public String fileName() {
        return PREFIX + TIME.format(time) + "-" + kind.fileTag() + SUFFIX;
    }

    /** The backup a file name stands for, or empty for any other file. */
    public static Optional<BackupName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = kindOf(m.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupName(LocalDateTime.parse(m.group(1), TIME), kind.get()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<BackupKind> kindOf(String tag) {
        for (BackupKind kind : BackupKind.values()) {
            if (kind.fileTag().equals(tag)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Oldest first; at the same second, by kind, so the order is total. */
    @Override
    public int compareTo(BackupName other) {
        int byTime = time.compareTo(other.time);
        return byTime != 0 ? byTime : kind.compareTo(other.kind);
    }
}

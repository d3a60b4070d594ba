package org.integritydesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.ClosedYear;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.YearRules;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.ArchiveDatabase;
import org.integritydesk.store.ArchiveException;
import org.integritydesk.store.ArchiveFile;
import org.integritydesk.store.ArchiveKeys;
import org.integritydesk.store.ClosedYearRepository;
import org.integritydesk.store.DatabaseScript;
import org.integritydesk.store.DuplicateKeyException;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.VersionConflictException;

/**
 * Closing a year (归档), reopening it, and its archives. Closing writes the archive first (the
 * whole database, signed and encrypted, see {@link ArchiveFile}) into the data folder's
 * {@code archives} folder, and only once it is on disk records the close and its audit event in one
 * transaction: a full disk leaves the year open and no file behind. Reopening is its own recorded
 * action with a reason. Other services refuse changes in a closed year through {@link ClosedYears}.
 */
public final class YearService {
    public static final String ARCHIVE_FOLDER = "archives";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private final Transactions tx;
    private final ClosedYearRepository years;
    private final DatabaseScript script;
    private final Supplier<ArchiveKeys> keys;
    private final Path archiveFolder;
    private final String appVersion;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail trail;

    /**
     * @param keys the archive keys of this data folder (derived from its file key)
     * @param archiveFolder where archives are written; {@code archives} in the data folder
     */
    public YearService(Transactions tx, ClosedYearRepository years, DatabaseScript script, Supplier<ArchiveKeys> keys,
            Path archiveFolder, String appVersion, Stamps stamps, AccessControl access, AuditTrail trail) {
        this.tx = tx;
        this.years = years;
        this.script = script;
        this.keys = keys;
        this.archiveFolder = archiveFolder.toAbsolutePath();
        this.appVersion = appVersion;
        this.stamps = stamps;
        this.access = access;
        this.trail = trail;
    }

    /** {@code archives} in the data folder. */
    public static Path defaultArchiveFolder(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(ARCHIVE_FOLDER);
    }

    public Path archiveFolder() {
        return archiveFolder;
    }

    /** The years to show, newest first: each with its state and its closes. */
    public List<YearStatus> list() {
        return tx.read(() -> {
            access.require(Action.VIEW_YEARS);
            Map<Integer, List<ClosedYear>> byYear = years.findAll().stream()
                    .collect(Collectors.groupingBy(ClosedYear::year, LinkedHashMap::new, Collectors.toList()));
            List<YearStatus> list = new ArrayList<>();
            for (int year : YearRules.listedYears(stamps.today().getYear(), byYear.keySet())) {
                list.add(YearStatus.of(year, byYear.getOrDefault(year, List.of())));
            }
            return list;
        });
    }

    /**
     * Closes {@code year}: writes its archive, then records the close (audited).
     *
     * @throws ValidationException the year is invalid, still to come, or closed already
     * @throws ServiceException {@code error.file.write} when the archive cannot be written (full
     *         disk, read-only folder); the year then stays open
     */
    public ClosedYear close(int year) {
        tx.read(() -> {
            access.require(Action.CLOSE_YEAR);
            requireClosable(year);
            return null;
        });
        createFolder();
        Stamping stamp = stamps.next();
        Path file = freeName(fileName(year, LocalDateTime.ofInstant(stamp.now(), stamps.clock().getZone())));
        String sha256 = writeArchive(file, year, stamp);
        try {
            return tx.inTransaction(() -> {
                access.require(Action.CLOSE_YEAR);
                requireClosable(year);
                ClosedYear closed = new ClosedYear(UUID.randomUUID(), year, stamp.now(), stamp.user(),
                        file.getFileName().toString(), sha256, null, null, null, RecordStamp.NEW);
                years.insert(closed, stamp);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("year", year);
                after.put("archiveFile", closed.archiveFile());
                after.put("archiveSha256", inBlocks(sha256));
                trail.record(AuditKind.YEAR_CLOSE, AuditTrail.CLOSED_YEAR, closed.id(), label(year), null, after, null);
                return closed;
            });
        } catch (DuplicateKeyException e) {
            deleteQuietly(file);
            throw new ValidationException(List.of(new FieldError("year", "error.year.alreadyClosed", year)));
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /**
     * Reopens a closed year, for the stated reason (audited); its archive stays.
     *
     * @throws ValidationException the year is not closed, or no reason is given
     */
    public ClosedYear reopen(int year, String reason) {
        try {
            return tx.inTransaction(() -> {
                access.require(Action.CLOSE_YEAR);
                Optional<ClosedYear> standing = years.findStanding(year);
                YearRules.reopenProblem(year, standing.isPresent(), reason).ifPresent(YearService::fail);
                ClosedYear closed = standing.orElseThrow();
                String why = reason.strip();
                Stamping stamp = stamps.next();
                years.reopen(closed, why, stamp);
                trail.record(AuditKind.YEAR_REOPEN, AuditTrail.CLOSED_YEAR, closed.id(), label(year),
                        Map.of("closed", true), Map.of("closed", false), why);
                return years.findAll().stream().filter(c -> c.id().equals(closed.id())).findFirst().orElseThrow();
            });
        } catch (VersionConflictException e) {
            throw new ConcurrentEditException(label(year), e);
        }
    }

    /**
     * Checks an archive file: its signature with this folder's key, then opens it to count its rows.
     * Reads only; not an audit event (nothing of any record is shown).
     */
    public ArchiveSummary verify(Path file) {
        tx.read(() -> access.require(Action.VIEW_YEARS));
        try (ArchiveDatabase archive = ArchiveDatabase.open(file, keys.get())) {
            return summary(file, archive);
        } catch (ArchiveException e) {
            throw ArchiveErrors.of(e);
        }
    }

    /**
     * Opens an archive to read its records (every unit's), recorded as a viewing of it. Close the
     * result when done.
     */
    public OpenedArchive open(Path file) {
        tx.read(() -> access.require(Action.CLOSE_YEAR));
        ArchiveDatabase archive;
        try {
            archive = ArchiveDatabase.open(file, keys.get());
        } catch (ArchiveException e) {
            throw ArchiveErrors.of(e);
        }
        try {
            ArchiveSummary summary = summary(file, archive);
            tx.run(() -> trail.record(AuditKind.VIEW, AuditTrail.YEAR_ARCHIVE, null, file.getFileName().toString(),
                    null, Map.of("year", summary.year()), null));
            return new OpenedArchive(archive, summary);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static ArchiveSummary summary(Path file, ArchiveDatabase archive) {
        ArchiveFile.Manifest m = archive.manifest();
        return new ArchiveSummary(file.toAbsolutePath(), m.year(), m.createdAt(), m.createdBy(), m.appVersion(),
                m.schemaVersion(), archive.rowCounts());
    }

    /** Archive files are named by year and the time of closing, so each close keeps its own. */
    static String fileName(int year, LocalDateTime closedAt) {
        return "integrity-desk-" + year + "-closed-" + FILE_TIME.format(closedAt) + "." + ArchiveFile.EXTENSION;
    }

    /** The name, or with "-2", "-3" … before the extension when a file of that name exists (two closes in one second). */
    private Path freeName(String name) {
        String base = name.substring(0, name.length() - ArchiveFile.EXTENSION.length() - 1);
        Path file = archiveFolder.resolve(name);
        for (int n = 2; Files.exists(file); n++) {
            if (n > 99) {
                throw new ServiceException("error.archive.exists", file);
            }
            file = archiveFolder.resolve(base + "-" + n + "." + ArchiveFile.EXTENSION);
        }
        return file;
    }

    private void requireClosable(int year) {
        YearRules.closeProblem(year, stamps.today().getYear(), years.isClosed(year)).ifPresent(YearService::fail);
    }

    private static void fail(FieldError error) {
        throw new ValidationException(List.of(error));
    }

    private static String label(int year) {
        return year + " 年度";
    }

    private void createFolder() {
        try {
            Files.createDirectories(archiveFolder);
        } catch (IOException e) {
            throw new ServiceException(e, "error.file.write", archiveFolder, e.getMessage());
        }
    }

    /** Writes the archive through a temporary file and a rename; returns its SHA-256. */
    private String writeArchive(Path file, int year, Stamping stamp) {
        MessageDigest digest = sha256();
        ArchiveKeys archiveKeys = keys.get();
        try {
            AtomicFiles.write(file, out -> {
                OutputStream hashed = new DigestOutputStream(out, digest);
                script.writeArchive(hashed, year, appVersion, stamp.now(), stamp.user(), archiveKeys);
                hashed.flush();
            });
        } catch (ArchiveException e) {
            throw ArchiveErrors.of(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the close was not recorded; a stray archive file only takes space
        }
    }

    /**
     * The hash as the audit trail keeps it, in blocks of eight: the trail masks any run of
     * characters shaped like an ID number, and about one hash in a thousand holds such a run of digits.
     */
    static String inBlocks(String hex) {
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            blocks.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 8));
        }
        return blocks.toString();
    }
}

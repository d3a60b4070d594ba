package org.integritydesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.TableComparison;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.AttachmentCopies;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.DataMove;
import org.integritydesk.store.StoreException;
import org.integritydesk.store.Database;
import org.integritydesk.store.Dialect;
import org.integritydesk.store.ServerProbe;
import org.integritydesk.store.TargetNotEmptyException;
import org.integritydesk.store.Transactions;

/**
 * Moves the data of the embedded database to an empty PostgreSQL database in one step (系统管理 →
 * 数据库 → 迁移到服务器, and {@code database move}): tests the connection, records the move in the
 * audit log (so the event travels with the data), copies every table, compares row counts and
 * content hashes table by table, puts the users' key vault on the server when all match, and
 * then switches the next start to the server.
 * The embedded file stays where it is, untouched, as the backup of the moment before.
 */
public final class DataMoveService {
    private final Transactions tx;
    private final Database database;
    private final AccessControl access;
    private final AuditTrail audit;
    private final DatabaseSettingsService settings;
    private final KeyVault vault;
    private final Path attachmentsFolder;
    private final Clock clock;

    /**
     * {@code vault} is the embedded database's key file and {@code attachmentsFolder} its attachments
     * folder, both copied to the server with the data.
     */
    public DataMoveService(Transactions tx, Database database, AccessControl access, AuditTrail audit,
            DatabaseSettingsService settings, KeyVault vault, Path attachmentsFolder, Clock clock) {
        this.tx = tx;
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.vault = vault;
        this.attachmentsFolder = attachmentsFolder;
        this.clock = clock;
    }

    /** The tables compared after the move, and the server the next start opens. */
    public record MoveReport(DatabaseChoice server, List<TableComparison> tables) {
        public boolean verified() {
            return !tables.isEmpty() && tables.stream().allMatch(TableComparison::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableComparison::sourceRows).sum();
        }
    }

    /** Progress of the copy, in rows. */
    public interface Progress {
        void rows(long done, long total);
    }

    /**
     * Moves everything to the server of {@code target} (a blank password means the saved one).
     *
     * @throws ServiceException {@code error.move.notEmbedded} on a server database; the connection
     *         test's outcome when the server cannot be used; {@code error.move.targetNotEmpty} when
     *         the server's database holds data (nothing is written); {@code error.move.mismatch}
     *         when a table differs after the copy (the settings stay on the embedded database)
     */
    public MoveReport moveTo(DatabaseChoice target, Progress progress, BooleanSupplier cancelled) {
        return moveTo(target, null, progress, cancelled);
    }

    /**
     * As {@link #moveTo(DatabaseChoice, Progress, BooleanSupplier)}, into {@code schema} of the
     * server instead of the login's default one; the settings are then left as they are (the app
     * opens the login's default schema). For tests, which each take a schema of their own.
     */
    public MoveReport moveTo(DatabaseChoice target, String schema, Progress progress, BooleanSupplier cancelled) {
        access.require(Action.MANAGE_SETTINGS);
        if (database.dialect() != Dialect.H2) {
            throw new ServiceException("error.move.notEmbedded");
        }
        DatabaseChoice server = settings.completed(target);
        ConnectionCheck check = ServerProbe.probe(server.toServerSettings());
        if (!check.ok()) {
            throw new ServerUnusableException(server, check);
        }
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("server", server.address());
        where.put("user", server.user());
        where.put("tls", server.tls());
        tx.run(() -> audit.record(AuditKind.EXPORT, AuditTrail.DATABASE_MOVE, null, server.address(), null, where,
                null));
        List<TableComparison> tables;
        try {
            tables = DataMove.copy(database, server.toServerSettings(), schema, database.dataDir(), progress::rows,
                    cancelled);
        } catch (TargetNotEmptyException e) {
            throw new ServiceException(e, "error.move.targetNotEmpty", server.address(), String.join("、", e.tables()));
        }
        MoveReport report = new MoveReport(server, tables);
        if (!report.verified()) {
            String differing = tables.stream().filter(t -> !t.matches()).map(TableComparison::table).findFirst()
                    .orElse("-");
            throw new MoveMismatchException(report, differing);
        }
        copyLocalPartsTo(server, schema);
        if (schema == null) {
            settings.switchTo(server);
        }
        return report;
    }

    /**
     * Puts what the embedded database keeps beside it on the server, for every PC that joins it: the
     * users' wrapped keys (where they log in) and the attachments' encrypted copies. Both stay in the
     * folder too, for the embedded database kept there.
     */
    private void copyLocalPartsTo(DatabaseChoice server, String schema) {
        try (Database onServer = Database.openServer(server.toServerSettings(), database.dataDir(), schema)) {
            KeyVault.onServer(onServer, clock).copyFrom(vault);
            try {
                AttachmentFiles.shareAll(attachmentsFolder, AttachmentCopies.inTable(new Transactions(onServer)));
            } catch (StoreException e) {
                throw new ServiceException(e, "error.move.attachments", attachmentsFolder, e.getMessage());
            }
        }
    }

    /** The copy was made but a table differs: the report says which; the embedded database stays in use. */
    public static final class MoveMismatchException extends ServiceException {
        private final transient MoveReport report;

        public MoveMismatchException(MoveReport report, String table) {
            super("error.move.mismatch", table);
            this.report = report;
        }

        public MoveReport report() {
            return report;
        }
    }
}

package org.integritydesk.store;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.integritydesk.model.ExchangeKind;

/**
 * The database side of offline exchange (docs/decisions/0013-exchange-packages.md): reading and
 * writing the rows of any exchanged table generically (every column, whatever a migration adds), and
 * the bookkeeping tables of V14. Runs inside the caller's transaction like every repository.
 */
public final class ExchangeStore {
    private final Transactions tx;
    private final Jdbc jdbc;

    public ExchangeStore(Transactions tx) {
        this.tx = tx;
        this.jdbc = new Jdbc(tx);
    }

    /** One row of an exchanged table: its key as text, its columns (lower case, in table order) and values. */
    public record TableRow(String key, List<String> columns, List<Object> values) {
        public Map<String, Object> asMap() {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), values.get(i));
            }
            return map;
        }
    }

    /** What exchange_row holds for one record. */
    public record RowState(String kind, String key, long hash, boolean deleted, long rev, String owner,
            String source, String via) {
    }

    public record SiteRow(String siteCode, String hubCode, byte[] signPrivate, byte[] signPublic,
            byte[] agreePrivate, byte[] agreePublic, long lastRev, Instant createdAt) {
    }

    public record PeerRow(String siteCode, byte[] signPublic, byte[] agreePublic, String fingerprint,
            Instant trustedAt, String trustedBy, long lastImportedSeq, Instant lastImportedAt,
            Instant lastPackageMadeAt, long sentSeq, long ackedSeq, Instant lastExportedAt) {
    }

    public record ConflictRow(UUID id, String kind, String key, String peer, long packageSeq, String owner,
            String source, String reason, String detail, byte[] theirs, byte[] mine, Instant detectedAt,
            String status, Instant decidedAt, String decidedBy) {
    }

    // ---- this site and its peers

    public Optional<SiteRow> site() {
        return jdbc.queryOne("SELECT * FROM exchange_site WHERE id = 1", rs -> new SiteRow(rs.getString("site_code"),
                rs.getString("hub_code"), rs.getBytes("sign_private"), rs.getBytes("sign_public"),
                rs.getBytes("agree_private"), rs.getBytes("agree_public"), rs.getLong("last_rev"),
                Jdbc.instant(rs, "created_at")));
    }

    public void createSite(SiteRow site) {
        jdbc.update("INSERT INTO exchange_site (id, site_code, hub_code, sign_private, sign_public, agree_private,"
                + " agree_public, last_rev, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)", site.siteCode(),
                site.hubCode(), site.signPrivate(), site.signPublic(), site.agreePrivate(), site.agreePublic(),
                site.lastRev(), site.createdAt());
    }

    /** Hands out {@code count} new change numbers and returns the first; locks the site row until commit. */
    public long takeRevs(int count) {
        long last = jdbc.queryOne("SELECT last_rev FROM exchange_site WHERE id = 1 FOR UPDATE", rs -> rs.getLong(1))
                .orElseThrow(() -> new StoreException("exchange site not set up"));
        jdbc.update("UPDATE exchange_site SET last_rev = ? WHERE id = 1", last + count);
        return last + 1;
    }

    public long lastRev() {
        return jdbc.count("SELECT last_rev FROM exchange_site WHERE id = 1");
    }

    public List<PeerRow> peers() {
        return jdbc.query("SELECT * FROM exchange_peer ORDER BY site_code", ExchangeStore::peer);
    }

    public Optional<PeerRow> peer(String code) {
        return jdbc.queryOne("SELECT * FROM exchange_peer WHERE site_code = ?", ExchangeStore::peer, code);
    }

    private static PeerRow peer(ResultSet rs) throws SQLException {
        return new PeerRow(rs.getString("site_code"), rs.getBytes("sign_public"), rs.getBytes("agree_public"),
                rs.getString("fingerprint"), Jdbc.instant(rs, "trusted_at"), rs.getString("trusted_by"),
                rs.getLong("last_imported_seq"), Jdbc.instant(rs, "last_imported_at"),
                Jdbc.instant(rs, "last_package_made_at"), rs.getLong("sent_seq"), rs.getLong("acked_seq"),
                Jdbc.instant(rs, "last_exported_at"));
    }

    /** Trusts a peer's keys, or replaces the keys of a peer already trusted (keeping where the exchange stands). */
    public void trustPeer(String code, byte[] signPublic, byte[] agreePublic, String fingerprint, Instant at, String by) {
        int updated = jdbc.update("UPDATE exchange_peer SET sign_public = ?, agree_public = ?, fingerprint = ?,"
                + " trusted_at = ?, trusted_by = ? WHERE site_code = ?", signPublic, agreePublic, fingerprint, at, by,
                code);
        if (updated == 0) {
            jdbc.update("INSERT INTO exchange_peer (site_code, sign_public, agree_public, fingerprint, trusted_at,"
                    + " trusted_by, last_imported_seq, sent_seq, acked_seq) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)",
                    code, signPublic, agreePublic, fingerprint, at, by);
        }
    }

    public void recordImported(String peer, long seq, Instant at, Instant madeAt, long ackedSeq) {
        jdbc.update("UPDATE exchange_peer SET last_imported_seq = ?, last_imported_at = ?, last_package_made_at = ?,"
                + " acked_seq = ? WHERE site_code = ?", seq, at, madeAt, ackedSeq, peer);
    }

    public void recordSent(String peer, long seq, long upToRev, int count, Instant at) {
        jdbc.update("UPDATE exchange_peer SET sent_seq = ?, last_exported_at = ? WHERE site_code = ?", seq, at, peer);
        jdbc.update("INSERT INTO exchange_sent (peer, seq, up_to_rev, record_count, made_at) VALUES (?, ?, ?, ?, ?)",
                peer, seq, upToRev, count, at);
    }

    /** The change number our package {@code seq} to {@code peer} covered up to; 0 for none. */
    public long sentUpToRev(String peer, long seq) {
        return jdbc.count("SELECT up_to_rev FROM exchange_sent WHERE peer = ? AND seq = ?", peer, seq);
    }

    // ---- exchange_row

    /** Every record's last exchanged hash for one kind (a negative... see hash): key to state. */
    public Map<String, RowState> states(String kind) {
        Map<String, RowState> states = new HashMap<>();
        for (RowState state : jdbc.query("SELECT * FROM exchange_row WHERE kind = ?", ExchangeStore::state, kind)) {
            states.put(state.key(), state);
        }
        return states;
    }

    public Optional<RowState> state(String kind, String key) {
        return jdbc.queryOne("SELECT * FROM exchange_row WHERE kind = ? AND row_key = ?", ExchangeStore::state, kind,
                key);
    }

    private static RowState state(ResultSet rs) throws SQLException {
        return new RowState(rs.getString("kind"), rs.getString("row_key"), rs.getLong("hash"), rs.getBoolean("deleted"),
                rs.getLong("rev"), rs.getString("owner_site"), rs.getString("source_site"), rs.getString("via_site"));
    }

    /** Writes these states, updating the records known and inserting the others (portable SQL, no MERGE). */
    public void putStates(List<RowState> states) {
        String update = "UPDATE exchange_row SET hash = ?, deleted = ?, rev = ?, owner_site = ?, source_site = ?,"
                + " via_site = ? WHERE kind = ? AND row_key = ?";
        List<Object[]> missing = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement(update)) {
            for (int from = 0; from < states.size(); from += 500) {
                List<RowState> chunk = states.subList(from, Math.min(states.size(), from + 500));
                for (RowState s : chunk) {
                    ps.setLong(1, s.hash());
                    ps.setBoolean(2, s.deleted());
                    ps.setLong(3, s.rev());
                    ps.setString(4, s.owner());
                    ps.setString(5, s.source());
                    ps.setString(6, s.via());
                    ps.setString(7, s.kind());
                    ps.setString(8, s.key());
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        RowState s = chunk.get(i);
                        missing.add(new Object[] {s.kind(), s.key(), s.hash(), s.deleted(), s.rev(), s.owner(),
                            s.source(), s.via()});
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
        jdbc.batch("INSERT INTO exchange_row (kind, row_key, hash, deleted, rev, owner_site, source_site, via_site)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", missing);
    }

    /** Records changed after {@code rev} that did not come from {@code peer}, by change number. */
    public List<RowState> changedSince(long rev, String peer) {
        return jdbc.query("SELECT * FROM exchange_row WHERE rev > ? AND (via_site IS NULL OR via_site <> ?)"
                + " ORDER BY rev", ExchangeStore::state, rev, peer);
    }

    /** How many records changed after {@code rev} that did not come from {@code peer}. */
    public long countChangedSince(long rev, String peer) {
        return jdbc.count("SELECT COUNT(*) FROM exchange_row WHERE rev > ? AND (via_site IS NULL OR via_site <> ?)",
                rev, peer);
    }

    // ---- the change journal (exchange_change, written by ExchangeJournalTrigger)

    /** One journal line: a row of {@code kind} with key {@code key} was inserted, updated or deleted. */
    public record JournalEntry(long id, String kind, String key) {
    }

    /** Every journal line, oldest first. */
    public List<JournalEntry> journal() {
        return jdbc.query("SELECT id, kind, row_key FROM exchange_change ORDER BY id",
                rs -> new JournalEntry(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The highest journal line's id, 0 when it is empty. */
    public long journalTop() {
        return jdbc.count("SELECT COALESCE(MAX(id), 0) FROM exchange_change");
    }

    /** Deletes exactly the lines read (as ranges of consecutive ids; a line not read is never deleted). */
    public void clearJournal(List<JournalEntry> read) {
        long[] ids = read.stream().mapToLong(JournalEntry::id).sorted().toArray();
        List<Object[]> ranges = new ArrayList<>();
        for (int i = 0; i < ids.length; ) {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            ranges.add(new Object[] {ids[i], ids[j]});
            i = j + 1;
        }
        jdbc.batch("DELETE FROM exchange_change WHERE id BETWEEN ? AND ?", ranges);
    }

    /** Deletes the lines up to {@code id} (after a full capture that compared every row). */
    public void clearJournalUpTo(long id) {
        jdbc.update("DELETE FROM exchange_change WHERE id <= ?", id);
    }

    /** Whether the journal may have missed changes, so the next capture must compare every row. */
    public boolean fullCaptureNeeded() {
        return jdbc.queryOne("SELECT full_capture FROM exchange_site WHERE id = 1", rs -> rs.getBoolean(1))
                .orElse(true);
    }

    public void fullCaptureDone() {
        jdbc.update("UPDATE exchange_site SET full_capture = FALSE WHERE id = 1");
    }

    /** Whether every exchanged table has its journal trigger. */
    public boolean journalComplete() {
        try {
            return ExchangeJournal.complete(connection());
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Installs the missing journal triggers (DDL: commits; call in a transaction of its own, right
     * after the site is made).
     */
    public int installJournal() {
        return ExchangeJournal.install(connection());
    }

    // ---- the exchanged tables themselves

    /** The tables of the database (lower case), for checking the registry against the schema. */
    public List<String> tableNames() {
        return jdbc.query("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')",
                rs -> rs.getString(1));
    }

    /** Reads every row of the kind's table, in no particular order. */
    public void scan(ExchangeKind kind, Consumer<TableRow> sink) {
        String sql = "SELECT * FROM " + kind.table();
        try (PreparedStatement ps = connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            Layout layout = layout(rs, kind);
            while (rs.next()) {
                sink.accept(row(rs, layout));
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    public Optional<TableRow> read(ExchangeKind kind, String key) {
        String sql = "SELECT * FROM " + kind.table() + " WHERE " + keyCondition(kind);
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bindKey(ps, kind, key, 1);
            try (ResultSet rs = ps.executeQuery()) {
                Layout layout = layout(rs, kind);
                return rs.next() ? Optional.of(row(rs, layout)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** The rows with these keys (those that exist), in batches: key to row. */
    public Map<String, TableRow> readMany(ExchangeKind kind, java.util.Collection<String> keys) {
        Map<String, TableRow> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            String sql = "SELECT * FROM " + kind.table() + " WHERE " + keysIn(kind, chunk.size());
            try (PreparedStatement ps = connection().prepareStatement(sql)) {
                int i = 1;
                for (String key : chunk) {
                    bindKey(ps, kind, key, i);
                    i += kind.keyColumns().size();
                }
                try (ResultSet rs = ps.executeQuery()) {
                    Layout layout = layout(rs, kind);
                    while (rs.next()) {
                        TableRow row = row(rs, layout);
                        found.put(row.key(), row);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("database error: " + e.getMessage(), e);
            }
        }
        return found;
    }

    /** What exchange_row holds for these records of one kind (those it has), in batches: key to state. */
    public Map<String, RowState> states(String kind, java.util.Collection<String> keys) {
        Map<String, RowState> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(kind);
            args.addAll(chunk);
            for (RowState s : jdbc.query("SELECT * FROM exchange_row WHERE kind = ? AND row_key IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)", ExchangeStore::state, args.toArray())) {
                found.put(s.key(), s);
            }
        }
        return found;
    }

    private static final int BATCH = 200;

    private static String keysIn(ExchangeKind kind, int count) {
        List<String> keys = kind.keyColumns();
        if (keys.size() == 1) {
            return keys.get(0) + " IN (" + "?, ".repeat(count - 1) + "?)";
        }
        String tuple = "(" + "?, ".repeat(keys.size() - 1) + "?)";
        return "(" + String.join(", ", keys) + ") IN (" + (tuple + ", ").repeat(count - 1) + tuple + ")";
    }

    /**
     * Writes a row received in a package: updates it, or inserts it when it is missing. A row the
     * database refuses (a unique value taken by another record, a missing reference) is not written
     * and the reason returned; nothing else of the transaction is lost.
     *
     * @return null when written, the database's reason otherwise
     */
    public String upsert(ExchangeKind kind, TableRow row) {
        List<String> columns = row.columns();
        List<String> keys = kind.keyColumns();
        StringBuilder set = new StringBuilder();
        List<Object> setValues = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!keys.contains(columns.get(i))) {
                set.append(set.isEmpty() ? "" : ", ").append(checked(columns.get(i))).append(" = ?");
                setValues.add(row.values().get(i));
            }
        }
        String update = "UPDATE " + kind.table() + " SET " + set + " WHERE " + keyCondition(kind);
        String insert = "INSERT INTO " + kind.table() + " (" + String.join(", ", columns.stream().map(ExchangeStore::checked)
                .toList()) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        return guarded(connection -> {
            int updated = 0;
            if (!setValues.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement(update)) {
                    int i = 1;
                    for (Object value : setValues) {
                        ps.setObject(i++, value);
                    }
                    bindKey(ps, kind, row.key(), i);
                    updated = ps.executeUpdate();
                }
            } else {
                updated = read(kind, row.key()).isPresent() ? 1 : 0;
            }
            if (updated == 0) {
                try (PreparedStatement ps = connection.prepareStatement(insert)) {
                    for (int i = 0; i < columns.size(); i++) {
                        ps.setObject(i + 1, row.values().get(i));
                    }
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Deletes a row that was deleted at the other site; returns the database's reason when it refuses. */
    public String delete(ExchangeKind kind, String key) {
        return guarded(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM " + kind.table() + " WHERE " + keyCondition(kind))) {
                bindKey(ps, kind, key, 1);
                ps.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private String guarded(SqlWork work) {
        Connection connection = connection();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
        try {
            work.run(connection);
            connection.releaseSavepoint(savepoint);
            return null;
        } catch (SQLException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException again) {
                e.addSuppressed(again);
                throw new StoreException("database error: " + e.getMessage(), e);
            }
            String message = e.getMessage() == null ? e.getSQLState() : e.getMessage();
            int cut = message.indexOf("; SQL statement");
            return (cut > 0 ? message.substring(0, cut) : message).lines().findFirst().orElse(message);
        }
    }

    // ---- conflicts

    public void insertConflict(ConflictRow c) {
        jdbc.update("INSERT INTO exchange_conflict (id, kind, row_key, peer, package_seq, owner_site, source_site,"
                + " reason, detail, theirs, mine, detected_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.kind(), c.key(), c.peer(), c.packageSeq(), c.owner(), c.source(), c.reason(), c.detail(),
                c.theirs(), c.mine(), c.detectedAt(), c.status());
    }

    public List<ConflictRow> conflicts(boolean openOnly) {
        return jdbc.query("SELECT * FROM exchange_conflict" + (openOnly ? " WHERE status = 'OPEN'" : "")
                + " ORDER BY detected_at, kind, row_key", ExchangeStore::conflict);
    }

    public Optional<ConflictRow> conflict(UUID id) {
        return jdbc.queryOne("SELECT * FROM exchange_conflict WHERE id = ?", ExchangeStore::conflict, id);
    }

    public long openConflicts(String peer) {
        return jdbc.count("SELECT COUNT(*) FROM exchange_conflict WHERE status = 'OPEN' AND peer = ?", peer);
    }

    public void decide(UUID id, String status, Instant at, String by) {
        jdbc.update("UPDATE exchange_conflict SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?", status, at,
                by, id);
    }

    private static ConflictRow conflict(ResultSet rs) throws SQLException {
        return new ConflictRow(Jdbc.uuid(rs, "id"), rs.getString("kind"), rs.getString("row_key"), rs.getString("peer"),
                rs.getLong("package_seq"), rs.getString("owner_site"), rs.getString("source_site"),
                rs.getString("reason"), rs.getString("detail"), rs.getBytes("theirs"), rs.getBytes("mine"),
                Jdbc.instant(rs, "detected_at"), rs.getString("status"), Jdbc.instant(rs, "decided_at"),
                rs.getString("decided_by"));
    }

    // ---- plumbing

    private record Layout(List<String> columns, int[] keyIndexes) {
    }

    private static Layout layout(ResultSet rs, ExchangeKind kind) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
        }
        int[] keys = new int[kind.keyColumns().size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = columns.indexOf(kind.keyColumns().get(k));
            if (keys[k] < 0) {
                throw new StoreException("exchange kind " + kind.table() + " has no column " + kind.keyColumns().get(k));
            }
        }
        return new Layout(List.copyOf(columns), keys);
    }

    private static TableRow row(ResultSet rs, Layout layout) throws SQLException {
        List<Object> values = new ArrayList<>(layout.columns().size());
        for (int i = 1; i <= layout.columns().size(); i++) {
            values.add(normalise(rs.getObject(i)));
        }
        StringBuilder key = new StringBuilder();
        for (int index : layout.keyIndexes()) {
            key.append(key.isEmpty() ? "" : "|").append(values.get(index));
        }
        return new TableRow(key.toString(), layout.columns(), values);
    }

    /** The Java types an exchanged value may have: see the package codec. */
    private static Object normalise(Object value) throws SQLException {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        } else if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        } else if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        } else if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        } else if (value instanceof Short s) {
            return s.intValue();
        } else if (value instanceof Byte b) {
            return b.intValue();
        } else if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        } else if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        } else if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof BigDecimal || value instanceof UUID
                || value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof LocalTime || value instanceof byte[]) {
            return value;
        }
        throw new StoreException("exchange cannot carry a value of type " + value.getClass().getName());
    }

    private static String keyCondition(ExchangeKind kind) {
        return String.join(" AND ", kind.keyColumns().stream().map(c -> c + " = ?").toList());
    }

    private static void bindKey(PreparedStatement ps, ExchangeKind kind, String key, int from) throws SQLException {
        String[] parts = key.split("\\|", -1);
        if (parts.length != kind.keyColumns().size()) {
            throw new StoreException("bad key " + key + " for " + kind.table());
        }
        for (int i = 0; i < parts.length; i++) {
            ps.setObject(from + i, asKeyValue(parts[i]));
        }
    }

    private static Object asKeyValue(String part) {
        if (part.length() == 36) {
            try {
                return UUID.fromString(part);
            } catch (IllegalArgumentException notUuid) {
                return part;
            }
        }
        return part;
    }

    private static String checked(String column) {
        if (!column.matches("[a-z_][a-z0-9_]*")) {
            throw new StoreException("unexpected column name " + column);
        }
        return column;
    }

    private Connection connection() {
        return tx.current();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

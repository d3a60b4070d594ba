package org.integritydesk.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.integritydesk.model.TableComparison;

/**
 * Moves every row of an embedded database to an empty PostgreSQL database in one step: the
 * server's tables are made by the same migrations, the tables are filled parents first in batches
 * inside one transaction (a failure or a cancel leaves the server's tables empty again), and then
 * each table is counted and hashed on both sides. The embedded database is only read.
 *
 * <p>The content hash of a table is order-free: every row's values are written in one canonical
 * form (instants in UTC, numbers without trailing zeros, bytes in hex), hashed with SHA-256, and
 * the row hashes are added up modulo 2^256. Two tables with the same rows have the same hash on
 * either engine whatever order the rows come back in.
 */
public final class DataMove {
    static final int BATCH = 500;
    private static final String HISTORY = "flyway_schema_history";

    private DataMove() {
    }

    /** Progress in rows copied of all rows. */
    public interface Progress {
        void rows(long done, long total);
    }

    /**
     * Copies {@code source} (an embedded database) into the server of {@code target}, in
     * {@code schema} when given (tests) or the login's default schema, and checks every table.
     *
     * @param localFolder this PC's folder, as {@link Database#openServer} wants it
     * @throws TargetNotEmptyException when any table on the server holds a row; nothing is written
     * @throws CancellationException when {@code cancelled} says so; the server's tables are empty again
     */
    public static List<TableComparison> copy(Database source, ServerSettings target, String schema, Path localFolder,
            Progress progress, BooleanSupplier cancelled) {
        if (source.dialect() != Dialect.H2) {
            throw new StoreException("the data to move must be an embedded database");
        }
        try (Connection probe = target.connect(schema)) {
            requireEmpty(probe);
        } catch (SQLException e) {
            throw new StoreException("cannot read the target database: " + e.getMessage(), e);
        }
        try (Database server = Database.openServer(target, localFolder, schema);
                Connection from = source.connection();
                Connection to = server.connection()) {
            requireEmpty(to);
            List<Table> tables = plan(from, to);
            long total = 0;
            Map<String, Long> counts = new HashMap<>();
            for (Table table : tables) {
                long rows = count(from, table.sourceName);
                counts.put(table.name, rows);
                total += rows;
            }
            to.setAutoCommit(false);
            try {
                long done = 0;
                progress.rows(0, total);
                try (Statement clear = to.createStatement()) {
                    // what the migrations seeded (the audit chain's empty head) makes way for the copied rows
                    for (int i = tables.size() - 1; i >= 0; i--) {
                        clear.executeUpdate("DELETE FROM " + quoted(tables.get(i).name));
                    }
                }
                for (Table table : tables) {
                    done = table.selfReference == null ? copyTable(from, to, table, done, total, progress, cancelled)
                            : copyTreeTable(from, to, table, done, total, progress, cancelled);
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                to.setAutoCommit(true);
            }
            List<TableComparison> checks = new ArrayList<>();
            for (Table table : tables) {
                checks.add(new TableComparison(table.name, counts.get(table.name), count(to, quoted(table.name)),
                        hash(from, table, table.sourceName, true), hash(to, table, quoted(table.name), false)));
            }
            return checks;
        } catch (SQLException e) {
            throw new StoreException("cannot move the data: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        List<String> withRows = new ArrayList<>();
        for (String table : tablesOf(connection)) {
            if (table.equalsIgnoreCase(HISTORY)) {
                continue;
            }
            // the migrations' own seed: the audit chain's head before the first event
            String onlySeed = table.equalsIgnoreCase("audit_head") ? " WHERE last_sequence <> 0" : "";
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT 1 FROM " + quoted(table) + onlySeed + " LIMIT 1")) {
                if (r.next()) {
                    withRows.add(table);
                    if (withRows.size() == 5) {
                        break;
                    }
                }
            }
        }
        if (!withRows.isEmpty()) {
            throw new TargetNotEmptyException(withRows);
        }
    }

    /** The server's tables (names in lower case) of the connection's current schema. */
    private static List<String> tablesOf(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /** A table to copy: its server name, its name in the embedded file, the columns to fill, a self reference. */
    private record Table(String name, String sourceName, List<String> columns, SelfReference selfReference) {
    }

    /** A foreign key from a table to itself (a unit's parent unit): such rows go in parents first. */
    private record SelfReference(String column, String referenced) {
    }

    /** The tables of the embedded file in the order the server's foreign keys allow. */
    private static List<Table> plan(Connection from, Connection to) throws SQLException {
        Map<String, String> sourceTables = new TreeMap<>();
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                        + " AND TABLE_TYPE = 'BASE TABLE'")) {
            while (r.next()) {
                String name = r.getString(1);
                if (!name.equalsIgnoreCase(HISTORY)) {
                    sourceTables.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        Set<String> targetTables = new HashSet<>(tablesOf(to));
        for (String table : sourceTables.keySet()) {
            if (!targetTables.contains(table)) {
                throw new StoreException("the server has no table " + table + " after its migrations");
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        Map<String, SelfReference> selfReferences = new HashMap<>();
        sourceTables.keySet().forEach(t -> parents.put(t, new HashSet<>()));
        try (Statement s = to.createStatement(); ResultSet r = s.executeQuery("""
                SELECT child.relname, parent.relname,
                       (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[1]),
                       (SELECT attname FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = c.confkey[1])
                FROM pg_constraint c
                JOIN pg_class child ON child.oid = c.conrelid
                JOIN pg_class parent ON parent.oid = c.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE c.contype = 'f' AND n.nspname = current_schema()""")) {
            while (r.next()) {
                String child = r.getString(1);
                String parent = r.getString(2);
                if (child.equals(parent)) {
                    selfReferences.put(child, new SelfReference(r.getString(3), r.getString(4)));
                } else if (parents.containsKey(child) && sourceTables.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (placed.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> entry : parents.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    placed.add(entry.getKey());
                    ordered.add(new Table(entry.getKey(), sourceTables.get(entry.getKey()),
                            columnsOf(to, entry.getKey()), selfReferences.get(entry.getKey())));
                    progress = true;
                }
            }
            if (!progress) {
                throw new StoreException("the foreign keys between these tables form a cycle: " + parents);
            }
        }
        return ordered;
    }

    /** The columns a row is written with: all but generated ones (the server computes those). */
    private static List<String> columnsOf(Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = to.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'"
                + " ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String selectFrom(Table table, String name, boolean h2) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < table.columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(h2 ? h2Column(table.columns.get(i)) : quoted(table.columns.get(i)));
        }
        return sql.append(" FROM ").append(name).toString();
    }

    private static String insertInto(Table table) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoted(table.name)).append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < table.columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quoted(table.columns.get(i)));
            values.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") VALUES (").append(values).append(")").toString();
    }

    private static long copyTable(Connection from, Connection to, Table table, long done, long total, Progress progress,
            BooleanSupplier cancelled) throws SQLException {
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery(selectFrom(table, table.sourceName, true));
                PreparedStatement write = to.prepareStatement(insertInto(table))) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 1; i <= table.columns.size(); i++) {
                    write.setObject(i, writable(rows.getObject(i)));
                }
                write.addBatch();
                done++;
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                    progress.rows(done, total);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
                progress.rows(done, total);
            }
        }
        return done;
    }

    /** A table that refers to itself: read whole (such tables are small), written parents first. */
    private static long copyTreeTable(Connection from, Connection to, Table table, long done, long total,
            Progress progress, BooleanSupplier cancelled) throws SQLException {
        int key = table.columns.indexOf(table.selfReference.referenced);
        int ref = table.columns.indexOf(table.selfReference.column);
        Map<Object, Object[]> byKey = new LinkedHashMap<>();
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery(selectFrom(table, table.sourceName, true))) {
            while (rows.next()) {
                Object[] row = new Object[table.columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = writable(rows.getObject(i + 1));
                }
                byKey.put(row[key], row);
            }
        }
        Map<Object, List<Object[]>> children = new HashMap<>();
        Deque<Object[]> ready = new ArrayDeque<>();
        for (Object[] row : byKey.values()) {
            if (row[ref] == null || !byKey.containsKey(row[ref])) {
                ready.add(row);
            } else {
                children.computeIfAbsent(row[ref], k -> new ArrayList<>()).add(row);
            }
        }
        try (PreparedStatement write = to.prepareStatement(insertInto(table))) {
            int pending = 0;
            while (!ready.isEmpty()) {
                Object[] row = ready.poll();
                for (int i = 0; i < row.length; i++) {
                    write.setObject(i + 1, row[i]);
                }
                write.addBatch();
                done++;
                // a parent's batch goes in before any of its children's rows
                write.executeBatch();
                ready.addAll(children.getOrDefault(row[key], List.of()));
                if (++pending % BATCH == 0) {
                    progress.rows(done, total);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
            }
            progress.rows(done, total);
        }
        return done;
    }

    /** What the driver of the server is handed: large objects as their text or bytes. */
    private static Object writable(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private static String hash(Connection connection, Table table, String name, boolean h2) throws SQLException {
        MessageDigest digest = sha256();
        BigInteger sum = BigInteger.ZERO;
        BigInteger modulus = BigInteger.ONE.shiftLeft(256);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // lets the PostgreSQL driver stream the rows with a cursor
        try (Statement read = connection.createStatement()) {
            read.setFetchSize(1000);
            try (ResultSet rows = read.executeQuery(selectFrom(table, name, h2))) {
                ResultSetMetaData meta = rows.getMetaData();
                StringBuilder canonical = new StringBuilder();
                while (rows.next()) {
                    canonical.setLength(0);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = canonical(rows, i, meta.getColumnTypeName(i));
                        canonical.append(value.length()).append(':').append(value).append('|');
                    }
                    byte[] rowHash = digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
                    sum = sum.add(new BigInteger(1, rowHash)).mod(modulus);
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        String hex = sum.toString(16);
        return "0".repeat(64 - hex.length()) + hex;
    }

    /** One value in a form both engines give alike. */
    static String canonical(ResultSet rows, int i, String typeName) throws SQLException {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        Object value;
        if (type.equals("timestamptz") || (type.startsWith("timestamp") && type.contains("time zone"))) {
            OffsetDateTime at = rows.getObject(i, OffsetDateTime.class);
            value = at == null ? null : at.toInstant();
        } else if (type.startsWith("timestamp")) {
            value = rows.getObject(i, LocalDateTime.class);
        } else if (type.equals("date")) {
            value = rows.getObject(i, LocalDate.class);
        } else if (type.equals("time") || type.startsWith("time without")) {
            value = rows.getObject(i, LocalTime.class);
        } else {
            value = writable(rows.getObject(i));
        }
        if (value == null) {
            return "\u2205null";
        }
        if (value instanceof byte[] bytes) {
            return "x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            return decimal.signum() == 0 ? "0" : decimal.toPlainString();
        }
        return value.toString();
    }

    private static String h2Column(String serverName) {
        return "\"" + serverName.toUpperCase(Locale.ROOT) + "\"";
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

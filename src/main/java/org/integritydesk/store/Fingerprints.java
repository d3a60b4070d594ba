package org.integritydesk.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Computes a {@link ContentFingerprint} by reading every row of every table. Reading every row is
 * also the integrity check of a backup: H2 answers {@code SELECT COUNT(*)} from its metadata,
 * which would not notice a damaged page, while reading the rows does.
 */
final class Fingerprints {
    /** H2's schema; on PostgreSQL the connection's current schema. */
    private static final String H2_SCHEMA = "PUBLIC";

    private Fingerprints() {
    }

    static ContentFingerprint of(Connection connection) throws SQLException {
        MessageDigest digest = sha256();
        TreeMap<String, Long> counts = new TreeMap<>();
        String schema = schemaOf(connection);
        for (String table : tables(connection, schema)) {
            counts.put(table, hashTable(connection, schema, table, digest));
        }
        return new ContentFingerprint(counts, HexFormat.of().formatHex(digest.digest()));
    }

    private static String schemaOf(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? connection.getSchema() : H2_SCHEMA;
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, null, new String[] {"BASE TABLE", "TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }

    /** Feeds the table's name, columns and rows (in key order) to the digest; returns the row count. */
    private static long hashTable(Connection connection, String schema, String table, MessageDigest digest)
            throws SQLException {
        String sql = "SELECT * FROM " + quote(table) + " ORDER BY " + orderOf(connection, schema, table);
        long rows = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            Encoder header = new Encoder().text(table).number(columns);
            for (int i = 1; i <= columns; i++) {
                header.text(meta.getColumnName(i));
            }
            digest.update(header.bytes());
            while (rs.next()) {
                Encoder row = new Encoder();
                for (int i = 1; i <= columns; i++) {
                    row.text(rs.getString(i));
                }
                digest.update(row.bytes());
                rows++;
            }
        }
        return rows;
    }

    /** The primary key's columns, or every column for a table without one. */
    private static String orderOf(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        TreeMap<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                keyColumns.put(rs.getShort("KEY_SEQ"), quote(rs.getString("COLUMN_NAME")));
            }
        }
        if (!keyColumns.isEmpty()) {
            return String.join(", ", keyColumns.values());
        }
        List<String> all = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                all.add(String.valueOf(rs.getInt("ORDINAL_POSITION")));
            }
        }
        return String.join(", ", all);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed values, so that ("ab", "c") and ("a", "bc") never hash alike; null is length -1. */
    private static final class Encoder {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(buffer);

        Encoder text(String value) {
            try {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw new IllegalStateException("writing to memory cannot fail", e);
            }
            return this;
        }

        Encoder number(int value) {
            return text(Integer.toString(value));
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}

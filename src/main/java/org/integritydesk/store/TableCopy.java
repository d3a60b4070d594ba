package org.integritydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Copies the rows of every table of a PostgreSQL database into an H2 database of the same schema
 * version (tables made by the migrations, empty): the server's year archives are written this way.
 * Values keep their meaning across the engines: {@code timestamptz} as an instant with its offset,
 * {@code timestamp} and {@code date} as local values, the rest as JDBC gives them.
 */
final class TableCopy {
    private static final String HISTORY = SchemaShape.MIGRATION_HISTORY;

    private TableCopy() {
    }

    /**
     * Copies every table from {@code server} into {@code h2} but Flyway's history (the target has its
     * own), the key vault (the logins of today's users are no part of a year's records) and the shared
     * attachment copies (an archive holds records, not files, on either engine).
     */
    static void copyAll(Connection server, Connection h2) throws SQLException {
        try (Statement s = h2.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        try {
            for (String table : h2Tables(h2)) {
                // rows the migrations seed (the audit head) come from the server like the rest
                try (Statement s = h2.createStatement()) {
                    s.execute("DELETE FROM " + table);
                }
                copy(server, h2, table, insertableColumns(h2, table));
            }
        } finally {
            try (Statement s = h2.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private static List<String> h2Tables(Connection h2) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = h2.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM"
                + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!table.equalsIgnoreCase(HISTORY) && !table.equalsIgnoreCase(KeyVaultTable.TABLE)
                        && !table.equalsIgnoreCase(AttachmentCopies.TABLE)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The columns a row is inserted with: all but generated ones (H2 computes those itself). */
    private static List<String> insertableColumns(Connection h2, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = h2.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER'"
                + " ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static void copy(Connection server, Connection h2, String table, List<String> columns)
            throws SQLException {
        String names = String.join(", ", columns);
        String select = "SELECT " + names.toLowerCase(Locale.ROOT) + " FROM " + table.toLowerCase(Locale.ROOT);
        String insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (Statement s = server.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery(select); PreparedStatement ps = h2.prepareStatement(insert)) {
                ResultSetMetaData meta = rs.getMetaData();
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        ps.setObject(i, value(rs, i, meta.getColumnTypeName(i)));
                    }
                    ps.addBatch();
                    if (++pending == 500) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
    }

    private static Object value(ResultSet rs, int i, String typeName) throws SQLException {
        return switch (typeName.toLowerCase(Locale.ROOT)) {
            case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
            case "timestamp" -> rs.getObject(i, LocalDateTime.class);
            case "date" -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
        };
    }
}

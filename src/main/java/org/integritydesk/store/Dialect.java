package org.integritydesk.store;

import java.util.Collections;
import java.util.List;

/**
 * The database engines this program runs on, and everything that differs between them: the one
 * place where H2 and PostgreSQL are told apart (docs/decisions/0021-postgresql-server.md).
 * Repositories write standard SQL and ask here for the few phrases the two spell differently.
 *
 * <p>Migrations: {@code db/migration} holds those both engines run as they are; the few whose SQL
 * differs live once per engine in {@code db/vendor/h2} and {@code db/vendor/postgresql} under the
 * same version. The H2 ones are the original files, byte for byte, so databases already in use
 * still validate.
 */
public enum Dialect {
    /** The embedded file database, the default (nothing to set up). */
    H2("h2"),
    /** A shared PostgreSQL server (version 12 or later) for several PCs at once. */
    POSTGRESQL("postgresql");

    private static final String COMMON_MIGRATIONS = "classpath:db/migration";

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** Flyway's locations for this engine: the common migrations and this engine's own versions. */
    public String[] migrationLocations() {
        return new String[] {COMMON_MIGRATIONS, "classpath:db/vendor/" + vendor};
    }

    /**
     * Inserts a row or, when a row with the same key exists, overwrites its other columns: one
     * statement with a parameter per column, in the order of {@code columns}.
     */
    public String upsert(String table, List<String> keyColumns, List<String> columns) {
        String names = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keyColumns) + ") VALUES (" + marks
                    + ")";
        }
        List<String> updates = columns.stream().filter(c -> !keyColumns.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .toList();
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT ("
                + String.join(", ", keyColumns) + ") DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET "
                + String.join(", ", updates));
    }

    /** {@code dateExpression} plus a number of days given as the next parameter (negative: earlier). */
    public String plusDays(String dateExpression) {
        return this == H2 ? "DATEADD(DAY, ?, " + dateExpression + ")" : "(" + dateExpression + " + CAST(? AS INTEGER))";
    }

    /**
     * {@code column} is one of the values of an array given as the next parameter (a Java
     * {@code UUID[]} or {@code String[]}); {@code elementType} is their SQL type, {@code UUID} or
     * {@code VARCHAR}.
     */
    public String inArray(String column, String elementType) {
        return this == H2 ? column + " IN (SELECT * FROM TABLE(x " + elementType + " = ?))" : column + " = ANY (?)";
    }

    /** {@code column} is none of the values of an array given as the next parameter (see {@link #inArray}). */
    public String notInArray(String column, String elementType) {
        return this == H2 ? column + " NOT IN (SELECT * FROM TABLE(x " + elementType + " = ?))" : column + " <> ALL (?)";
    }

    /**
     * {@code table} (with its alias, if any) read through {@code index}: H2 is told, since its planner
     * does not see that a covering index answers the query alone; PostgreSQL plans that by itself.
     */
    public String tableUsingIndex(String table, String index) {
        return this == H2 ? table + " USE INDEX (" + index + ")" : table;
    }

    /**
     * What names a row of the table aliased {@code alias} (whose primary key is {@code id}) and can be
     * read from any of its indexes without the row: H2 keeps its internal row key in every index
     * entry, so two index-only reads of a table can be matched on {@code _ROWID_}. PostgreSQL reads
     * the table as its planner sees fit; the primary key serves there.
     */
    public String rowKey(String alias) {
        return this == H2 ? alias + "._ROWID_" : alias + ".id";
    }

    /** The engine behind an open connection. */
    public static Dialect of(java.sql.Connection connection) throws java.sql.SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRESQL : H2;
    }

    /** The engine's name as Flyway and the folders spell it ("h2", "postgresql"). */
    public String vendor() {
        return vendor;
    }
}

package org.integritydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The tables and columns of a database, as "TABLE.COLUMN" names, and its migration version. A
 * damaged H2 file can open without an error and simply lack a table (measured: zeroing part of a
 * backup dropped {@code APP_SETTING} silently), so a backup's check compares its shape with the
 * shape the program's migrations give an empty database at the backup's version.
 */
final class SchemaShape {
    static final String MIGRATION_HISTORY = "flyway_schema_history";
    private static final Map<MigrationVersion, SortedSet<String>> EXPECTED = new ConcurrentHashMap<>();
    private static volatile MigrationVersion latestVersion;

    private SchemaShape() {
    }

    static SortedSet<String> of(Connection connection) throws SQLException {
        SortedSet<String> columns = new TreeSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return columns;
    }

    static SortedSet<String> tablesOf(SortedSet<String> shape) {
        SortedSet<String> tables = new TreeSet<>();
        for (String column : shape) {
            tables.add(column.substring(0, column.lastIndexOf('.')));
        }
        return tables;
    }

    /** The newest migration applied to the database, from its history table. */
    static MigrationVersion versionOf(Connection connection) throws SQLException {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"" + MIGRATION_HISTORY + "\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                if (version.compareTo(newest) > 0) {
                    newest = version;
                }
            }
        }
        return newest;
    }

    /**
     * The shape of a new database migrated up to {@code version}, worked out in memory once per
     * version and process.
     *
     * @throws org.flywaydb.core.api.FlywayException for a version this program does not have
     */
    static SortedSet<String> expectedAt(MigrationVersion version) {
        if (version.equals(MigrationVersion.EMPTY)) {
            return Collections.emptySortedSet();
        }
        String target = version.equals(MigrationVersion.LATEST) ? "latest" : version.getVersion();
        return EXPECTED.computeIfAbsent(version, v -> Collections.unmodifiableSortedSet(migrateEmpty(target)));
    }

    /** The tables of this version, for telling its databases from others. */
    static SortedSet<String> latestTables() {
        return tablesOf(expectedAt(MigrationVersion.LATEST));
    }

    /** The newest migration this version of the program has. */
    static MigrationVersion latestVersion() {
        expectedAt(MigrationVersion.LATEST);
        return latestVersion;
    }

    private static SortedSet<String> migrateEmpty(String target) {
        JdbcDataSource memory = new JdbcDataSource();
        // kept alive between Flyway's connections until the SHUTDOWN below
        memory.setURL("jdbc:h2:mem:shape-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(memory).locations(Dialect.H2.migrationLocations()).target(target).load().migrate();
        try (Connection c = memory.getConnection()) {
            SortedSet<String> shape = of(c);
            if (target.equals("latest")) {
                latestVersion = versionOf(c);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return shape;
        } catch (SQLException e) {
            throw new StoreException("cannot work out the database schema: " + e.getMessage(), e);
        }
    }
}

package org.integritydesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes straight to the database, around the app, as someone with the database file and a SQL
 * console could: how the tests tamper with the audit trail.
 */
public final class RawSql {
    private RawSql() {
    }

    /** Runs the statements in one transaction on an open database; returns the rows the last one changed. */
    public static int execute(Database database, String... statements) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            int rows = 0;
            for (String sql : statements) {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    rows = ps.executeUpdate();
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own to an open database (auto-commit), for the caller to close. */
    public static Connection connection(Database database) {
        return database.connection();
    }

    /** Opens the data folder's encrypted database with its file key, runs the statements and closes it again. */
    public static int execute(Path dataDir, FileKey key, String... statements) {
        try (Database database = Database.open(dataDir, key)) {
            return execute(database, statements);
        }
    }
}

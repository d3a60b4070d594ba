package org.integritydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Opens one transaction per use case for the service layer. Repositories find the open connection
 * through {@link #current()}; they never commit, so everything a use case writes commits or rolls
 * back together.
 */
public final class Transactions {
    /** Where a transaction's connection comes from: the live database, or an opened archive. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection connection();
    }

    private final ConnectionSource database;
    private final Dialect dialect;
    private final ThreadLocal<Connection> open = new ThreadLocal<>();

    public Transactions(Database database) {
        this.database = database::connection;
        this.dialect = database.dialect();
    }

    /** Transactions on an H2 source (an opened archive). */
    Transactions(ConnectionSource source) {
        this.database = source;
        this.dialect = Dialect.H2;
    }

    /** The engine the transactions run on; repositories ask it for the SQL the engines spell differently. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in a transaction and commits it; any exception rolls everything back. */
    public <T> T inTransaction(Supplier<T> work) {
        if (open.get() != null) {
            return work.get();
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            open.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                open.remove();
            }
        } catch (SQLException e) {
            throw new StoreException("database transaction failed: " + e.getMessage(), e);
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A read-only use case; it is a transaction too, so it sees one consistent state. */
    public <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    Connection current() {
        Connection connection = open.get();
        if (connection == null) {
            throw new IllegalStateException("repositories must be called inside Transactions.inTransaction");
        }
        return connection;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

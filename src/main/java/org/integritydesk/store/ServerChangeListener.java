package org.integritydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the server's change notifications (migration V18: a
 * statement-level trigger on every table NOTIFYs "schema table application" when a change commits)
 * and tells which tables other apps changed. The thread waits in the driver for a notification, with
 * no polling of the tables; a lost connection is opened again, a little later each time.
 */
final class ServerChangeListener implements AutoCloseable {
    static final String CHANNEL = "integrity_desk_changes";
    /** Told after the connection was lost and is back: any table may have changed meanwhile. */
    static final String ANY_TABLE = "*";
    private static final int WAIT_MILLIS = 5_000;
    private static final long MAX_RETRY_MILLIS = TimeUnit.SECONDS.toMillis(30);

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String ownApplication;
    private final Consumer<Set<String>> onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;
    private volatile String schema;

    /**
     * @param schema         the schema whose tables count (notifications are per database); null: the
     *                       connection's current schema
     * @param ownApplication this app's connection name: its own changes are not told
     * @param onChange       called on the listener's thread with the tables changed, once per batch
     */
    ServerChangeListener(Connector connector, String schema, String ownApplication, Consumer<Set<String>> onChange) {
        this.connector = connector;
        this.schema = schema;
        this.ownApplication = ownApplication;
        this.onChange = onChange;
        this.thread = new Thread(this::listen, "server-changes");
        thread.setDaemon(true);
    }

    ServerChangeListener start() {
        thread.start();
        return this;
    }

    private void listen() {
        long retryMillis = 1_000;
        boolean reconnecting = false;
        while (!closed) {
            try (Connection connection = connector.connect()) {
                current = connection;
                try (Statement s = connection.createStatement()) {
                    if (schema == null) {
                        try (var rs = s.executeQuery("SELECT current_schema()")) {
                            schema = rs.next() ? rs.getString(1) : "public";
                        }
                    }
                    s.execute("LISTEN " + CHANNEL);
                }
                retryMillis = 1_000;
                if (reconnecting) {
                    onChange.accept(Set.of(ANY_TABLE)); // what changed while the connection was down is unknown
                }
                reconnecting = true;
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (!closed) {
                    Set<String> tables = othersTables(notices.getNotifications(WAIT_MILLIS));
                    if (!tables.isEmpty()) {
                        onChange.accept(tables);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    sleep(retryMillis);
                    retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
                }
            } finally {
                current = null;
            }
        }
    }

    /** The tables of this schema in {@code notices} that another app changed. */
    Set<String> othersTables(PGNotification[] notices) {
        Set<String> tables = new TreeSet<>();
        if (notices == null) {
            return tables;
        }
        for (PGNotification notice : notices) {
            String[] parts = notice.getParameter().split(" ", 3);
            if (parts.length == 3 && parts[0].equals(schema) && !parts[2].equals(ownApplication)) {
                tables.add(parts[1]);
            }
        }
        return tables;
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening; the thread ends within a few seconds. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing only to wake the thread; it ends either way
            }
        }
    }
}

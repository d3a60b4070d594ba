package org.integritydesk.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small pool of connections to the PostgreSQL server: at most {@code size} at once, idle ones kept
 * and checked before reuse once they have been idle a while (the server or the network may have
 * dropped them). Closing a borrowed connection gives it back, rolled back and in auto-commit.
 */
final class ServerPool implements DataSource {
    private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long WAIT_SECONDS = 60;

    private record Idle(Connection connection, long since) {
    }

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final Semaphore permits;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private volatile boolean disposed;

    ServerPool(Connector connector, int size) {
        this.connector = connector;
        this.permits = new Semaphore(size, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (disposed) {
            throw new SQLException("the database is closed", "08003");
        }
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no free database connection after " + WAIT_SECONDS + " s", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", "08001", e);
        }
        try {
            return wrap(reuseOrConnect());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection reuseOrConnect() throws SQLException {
        while (true) {
            Idle candidate;
            synchronized (idle) {
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return connector.connect();
            }
            if (System.nanoTime() - candidate.since() < CHECK_AFTER_IDLE_NANOS || candidate.connection().isValid(5)) {
                return candidate.connection();
            }
            closeQuietly(candidate.connection());
        }
    }

    private Connection wrap(Connection physical) {
        boolean[] returned = {false};
        boolean[] isolationChanged = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(physical, isolationChanged[0]);
                            }
                            return null;
                        case "setTransactionIsolation":
                            isolationChanged[0] = true;
                            break;
                        case "isClosed":
                            return returned[0] || physical.isClosed();
                        case "unwrap":
                            if (((Class<?>) args[0]).isInstance(physical)) {
                                return physical;
                            }
                            break;
                        default:
                            break;
                    }
                    if (returned[0]) {
                        throw new SQLException("connection already given back to the pool", "08003");
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection physical, boolean isolationChanged) {
        try {
            boolean usable = !disposed && !physical.isClosed();
            if (usable && !physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            if (usable && isolationChanged) {
                // the next borrower gets the server's default (read committed), as a new connection would
                physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            if (usable) {
                synchronized (idle) {
                    idle.addFirst(new Idle(physical, System.nanoTime()));
                }
            } else {
                closeQuietly(physical);
            }
        } catch (SQLException e) {
            closeQuietly(physical);
        } finally {
            permits.release();
        }
    }

    /** Closes the idle connections; borrowed ones are closed when given back. */
    void dispose() {
        disposed = true;
        synchronized (idle) {
            idle.forEach(i -> closeQuietly(i.connection()));
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a connection that cannot be closed is gone already
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool logs in with its server settings");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}

package org.integritydesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * How this program's H2 files are opened: the URL settings of {@link Database#urlFor} and the
 * credentials. The live database, the check of a backup and the safety copy before a restore all
 * open files through the same instance, so a backup is read the way the database it came from is
 * (encryption at rest adds its file key here, and nowhere else).
 */
public final class DatabaseAccess {
    private static final DatabaseAccess PLAIN = new DatabaseAccess("sa", "");

    private final String user;
    private final String password;

    private DatabaseAccess(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** Today's files: no encryption, H2's default account. */
    public static DatabaseAccess plain() {
        return PLAIN;
    }

    /** Opens the live database of {@code dataDir}: takes the folder lock, applies migrations. */
    public Database open(Path dataDir) {
        return Database.open(dataDir, this);
    }

    JdbcConnectionPool pool(Path dataDir) {
        return JdbcConnectionPool.create(Database.urlFor(dataDir), user, password);
    }

    /**
     * A read-only connection to the database file in {@code folder}: H2 writes nothing, so a backup
     * is checked, and a database is saved before a restore replaces it, exactly as the file is.
     */
    Connection connectReadOnly(Path folder) throws SQLException {
        return DriverManager.getConnection(Database.urlFor(folder) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", user, password);
    }
}

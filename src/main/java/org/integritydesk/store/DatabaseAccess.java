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
    private static final DatabaseAccess PLAIN = new DatabaseAccess("sa", "", false);

    private final String user;
    private final String password;
    private final boolean encrypted;

    private DatabaseAccess(String user, String password, boolean encrypted) {
        this.user = user;
        this.password = password;
        this.encrypted = encrypted;
    }

    /** Unencrypted files (tests; databases made before encryption), H2's default account. */
    public static DatabaseAccess plain() {
        return PLAIN;
    }

    /** The app's files: H2 {@code CIPHER=AES} with the random file key; H2 takes "filePassword userPassword". */
    public static DatabaseAccess encrypted(FileKey key) {
        return new DatabaseAccess("sa", key.hex() + " ", true);
    }

    /** Opens the live database of {@code dataDir}: takes the folder lock, applies migrations. */
    public Database open(Path dataDir) {
        return Database.open(dataDir, this);
    }

    JdbcConnectionPool pool(Path dataDir) {
        return JdbcConnectionPool.create(Database.urlFor(dataDir, encrypted), user, password);
    }

    /**
     * A read-only connection to the database file in {@code folder}: H2 writes nothing, so a backup
     * is checked, and a database is saved before a restore replaces it, exactly as the file is.
     */
    Connection connectReadOnly(Path folder) throws SQLException {
        return DriverManager.getConnection(Database.urlFor(folder, encrypted) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", user,
                password);
    }
}

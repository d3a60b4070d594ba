package org.integritydesk.store;

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

    /** The engine's name as Flyway and the folders spell it ("h2", "postgresql"). */
    public String vendor() {
        return vendor;
    }
}

package org.integritydesk.store;

import java.util.Optional;
import java.util.function.Function;

/**
 * The key vault's one row on a shared server ({@code key_vault}, migration V20): the text of the
 * key file, read before login by every PC that uses the server. Changes lock the row, so two PCs
 * counting failed logins or changing passwords at the same moment cannot undo each other's change.
 */
public final class KeyVaultTable {
    /** Not a record of the office: year archives leave it out. */
    static final String TABLE = "key_vault";
    private static final int ROW = 1;

    private final Transactions tx;
    private final Jdbc jdbc;

    public KeyVaultTable(Database database) {
        this.tx = new Transactions(database);
        this.jdbc = new Jdbc(tx);
    }

    /** The vault's text; empty when nobody has put a vault on this database yet. */
    public Optional<String> read() {
        return tx.read(() -> jdbc.queryOne("SELECT content FROM key_vault WHERE id = ?", rs -> rs.getString(1), ROW));
    }

    /**
     * Replaces the text with what {@code change} makes of the current one (empty when there is none),
     * holding the row's lock in between; returns the text written. An exception from {@code change}
     * writes nothing.
     */
    public String change(Function<Optional<String>, String> change) {
        return tx.inTransaction(() -> {
            Optional<String> current = jdbc.queryOne("SELECT content FROM key_vault WHERE id = ? FOR UPDATE",
                    rs -> rs.getString(1), ROW);
            String next = change.apply(current);
            if (current.isPresent()) {
                jdbc.update("UPDATE key_vault SET content = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?", next, ROW);
            } else {
                jdbc.update("INSERT INTO key_vault (id, content, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)", ROW,
                        next);
            }
            return next;
        });
    }
}

package org.integritydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;

/**
 * Installs the change journal's row triggers ({@link ExchangeJournalTrigger}) on every exchanged
 * table, once this installation takes part in exchange (it has a site). Run when the database is
 * opened, after the migrations, and after the site is made; a table that gets its trigger only now
 * (a kind added to {@link ExchangeKinds#ALL} by a later version) may hold rows the journal never saw,
 * so the site is marked for one full capture. DDL: never inside a use case's transaction.
 */
public final class ExchangeJournal {
    static final String PREFIX = "xj_";

    private ExchangeJournal() {
    }

    /** The trigger's name for a kind. */
    static String triggerName(ExchangeKind kind) {
        return PREFIX + kind.table();
    }

    /**
     * Creates the missing triggers when this installation has a site.
     *
     * @return how many were created
     */
    public static int install(Connection connection) {
        try {
            if (!hasSite(connection)) {
                return 0;
            }
            Set<String> present = triggers(connection);
            int created = 0;
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                Dialect dialect = Dialect.of(connection);
                if (dialect == Dialect.POSTGRESQL) {
                    st.execute(POSTGRESQL_FUNCTION);
                }
                for (ExchangeKind kind : ExchangeKinds.ALL) {
                    if (!present.contains(triggerName(kind))) {
                        st.execute(createTrigger(kind, dialect));
                        created++;
                    }
                }
                if (created > 0) {
                    st.executeUpdate("UPDATE exchange_site SET full_capture = TRUE WHERE id = 1");
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return created;
        } catch (SQLException e) {
            throw new StoreException("cannot install the exchange change journal: " + e.getMessage(), e);
        }
    }

    /**
     * The PostgreSQL row trigger's function: what {@link ExchangeJournalTrigger} does on H2, with the
     * key columns as the trigger's arguments. The key is spelt as the H2 trigger spells it (values
     * as text joined by {@code |}, a missing value as {@code null}), so capture reads both alike.
     */
    private static final String POSTGRESQL_FUNCTION = """
            CREATE OR REPLACE FUNCTION xj_journal() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_key text;
                new_key text;
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    old_key := xj_key(to_jsonb(OLD), TG_ARGV);
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    new_key := xj_key(to_jsonb(NEW), TG_ARGV);
                END IF;
                INSERT INTO exchange_change (kind, row_key) VALUES (TG_TABLE_NAME, COALESCE(new_key, old_key));
                IF old_key IS NOT NULL AND new_key IS NOT NULL AND old_key <> new_key THEN
                    INSERT INTO exchange_change (kind, row_key) VALUES (TG_TABLE_NAME, old_key);
                END IF;
                RETURN NULL;
            END $$;
            CREATE OR REPLACE FUNCTION xj_key(item jsonb, columns text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                SELECT string_agg(COALESCE(item ->> c, 'null'), '|' ORDER BY n)
                FROM unnest(columns) WITH ORDINALITY AS k(c, n)
            $$;
            """;

    private static String createTrigger(ExchangeKind kind, Dialect dialect) {
        if (dialect == Dialect.H2) {
            return "CREATE TRIGGER IF NOT EXISTS " + triggerName(kind) + " AFTER INSERT, UPDATE, DELETE ON " + kind.table()
                    + " FOR EACH ROW CALL '" + ExchangeJournalTrigger.class.getName() + "'";
        }
        String keyColumns = kind.keyColumns().stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", "));
        return "CREATE TRIGGER " + triggerName(kind) + " AFTER INSERT OR UPDATE OR DELETE ON " + kind.table()
                + " FOR EACH ROW EXECUTE FUNCTION xj_journal(" + keyColumns + ")";
    }

    /** Whether every exchanged table has its trigger. */
    static boolean complete(Connection connection) throws SQLException {
        Set<String> present = triggers(connection);
        return ExchangeKinds.ALL.stream().allMatch(k -> present.contains(triggerName(k)));
    }

    private static boolean hasSite(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM exchange_site");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private static Set<String> triggers(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT trigger_name FROM information_schema.triggers WHERE LOWER(trigger_name) LIKE 'xj\\_%'"
                        + " AND LOWER(trigger_schema) = LOWER(CURRENT_SCHEMA)");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}

package org.integritydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;

/**
 * The H2 row trigger of every exchanged table (installed by {@link ExchangeJournal}): after an
 * insert, update or delete it writes the row's key into {@code exchange_change}, in the same
 * transaction as the change. The key is written as change capture spells it (key columns joined by
 * {@code |}). An update that changes the key writes the old and the new key.
 */
public final class ExchangeJournalTrigger implements Trigger {
    private static final String INSERT = "INSERT INTO exchange_change (kind, row_key) VALUES (?, ?)";
    private String kind;
    private int[] keyIndexes;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        kind = tableName.toLowerCase(Locale.ROOT);
        ExchangeKind exchangeKind = ExchangeKinds.byTable(kind)
                .orElseThrow(() -> new SQLException("not an exchanged table: " + tableName));
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        keyIndexes = new int[exchangeKind.keyColumns().size()];
        for (int i = 0; i < keyIndexes.length; i++) {
            keyIndexes[i] = columns.indexOf(exchangeKind.keyColumns().get(i));
            if (keyIndexes[i] < 0) {
                throw new SQLException(tableName + " has no column " + exchangeKind.keyColumns().get(i));
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String oldKey = oldRow == null ? null : key(oldRow);
        String newKey = newRow == null ? null : key(newRow);
        try (PreparedStatement ps = conn.prepareStatement(INSERT)) {
            ps.setString(1, kind);
            ps.setString(2, newKey != null ? newKey : oldKey);
            ps.executeUpdate();
            if (oldKey != null && newKey != null && !oldKey.equals(newKey)) {
                ps.setString(2, oldKey);
                ps.executeUpdate();
            }
        }
    }

    private String key(Object[] row) {
        StringBuilder key = new StringBuilder();
        for (int index : keyIndexes) {
            key.append(key.isEmpty() ? "" : "|").append(row[index]);
        }
        return key.toString();
    }
}

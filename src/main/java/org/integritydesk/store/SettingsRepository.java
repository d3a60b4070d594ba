package org.integritydesk.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Settings of the office kept in the database (bureau name, site unit): shared by every PC using it. */
public final class SettingsRepository {
    private final Jdbc jdbc;

    public SettingsRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public Optional<String> get(String key) {
        return jdbc.queryOne("SELECT setting_value FROM app_setting WHERE setting_key = ?", rs -> rs.getString(1), key);
    }

    public Map<String, String> all() {
        Map<String, String> values = new TreeMap<>();
        jdbc.query("SELECT setting_key, setting_value FROM app_setting", rs -> values.put(rs.getString(1), rs.getString(2)));
        return values;
    }

    public void put(String key, String value, Stamping stamp) {
        jdbc.update(jdbc.dialect().upsert("app_setting", List.of("setting_key"),
                List.of("setting_key", "setting_value", "updated_at", "updated_by")), key, value, stamp.now(), stamp.user());
    }
}

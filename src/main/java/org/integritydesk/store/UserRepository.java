package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;

public final class UserRepository {
    private static final String COLUMNS = "id, username, display_name, role, unit_id, cadre_id, must_change_password,"
            + " active, version";
    private final Jdbc jdbc;

    public UserRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public List<UserAccount> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE deleted_at IS NULL ORDER BY role, username",
                UserRepository::map);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM app_user WHERE username = ? AND deleted_at IS NULL",
                UserRepository::map, username);
    }

    public Optional<UserAccount> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM app_user WHERE id = ? AND deleted_at IS NULL",
                UserRepository::map, id);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM app_user WHERE deleted_at IS NULL");
    }

    public void insert(UserAccount user, Stamping stamp) {
        jdbc.update("INSERT INTO app_user (" + COLUMNS + ", created_at, updated_at, updated_by, origin_unit)"
                        + " VALUES (?,?,?,?,?,?,?,?,1,?,?,?,?)",
                user.id(), user.username(), user.displayName(), user.role(), user.unitId(), user.cadreId(),
                user.mustChangePassword(), user.active(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
    }

    /** Writes role, unit, link, flags and name if the row is still at {@code user.version()}. */
    public void update(UserAccount user, Stamping stamp) {
        int rows = jdbc.update("UPDATE app_user SET display_name = ?, role = ?, unit_id = ?, cadre_id = ?,"
                        + " must_change_password = ?, active = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                user.displayName(), user.role(), user.unitId(), user.cadreId(), user.mustChangePassword(), user.active(),
                stamp.now(), stamp.user(), user.id(), user.version());
        if (rows == 0) {
            throw jdbc.conflict("app_user", user.id());
        }
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(Jdbc.uuid(rs, "id"), rs.getString("username"), rs.getString("display_name"),
                Jdbc.enumValue(rs, "role", Role.class), Jdbc.uuid(rs, "unit_id"), Jdbc.uuid(rs, "cadre_id"),
                rs.getBoolean("must_change_password"), rs.getBoolean("active"), rs.getInt("version"));
    }
}

package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.IdNumber;

public final class CadreRepository {
    private static final String COLUMNS = "id, unit_id, name, name_initials, id_number, ethnicity, political_status,"
            + " education, position, category, important_position, status, mobile, work_start_date, appointment_date,"
            + " notes, created_at, updated_at, updated_by, origin_unit, version, deleted_at";
    private static final String SELECT_COLUMNS = Arrays.stream(COLUMNS.split(", "))
            .map(column -> "c." + column).collect(Collectors.joining(", "));
    private static final String SUMMARY = "SELECT c.id, c.unit_id, u.name AS unit_name, c.name, c.name_initials,"
            + " c.id_number, c.position, c.category, c.status, c.important_position, c.version, c.deleted_at"
            + " FROM cadre c JOIN org_unit u ON u.id = c.unit_id";

    private final Jdbc jdbc;

    public CadreRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public List<CadreSummary> listLive() {
        return jdbc.query(SUMMARY + " WHERE c.deleted_at IS NULL ORDER BY u.sort_order, c.name_initials, c.name",
                CadreRepository::mapSummary);
    }

    /**
     * The live active cadres in an important position with no live talk of {@code talkKind} (the
     * pre-appointment talk), in the order of {@link #listLive}: what 缺任前谈话 lists, read without
     * reading every cadre.
     */
    public List<CadreSummary> listImportantActiveWithoutTalk(String talkKind) {
        return jdbc.query(SUMMARY + " WHERE c.deleted_at IS NULL AND c.important_position AND c.status = 'ACTIVE'"
                + " AND NOT EXISTS (SELECT 1 FROM integrity_talk t WHERE t.cadre_id = c.id AND t.kind = ?"
                + " AND t.deleted_at IS NULL) ORDER BY u.sort_order, c.name_initials, c.name",
                CadreRepository::mapSummary, talkKind);
    }

    public List<CadreSummary> listDeleted() {
        return jdbc.query(SUMMARY + " WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC",
                CadreRepository::mapSummary);
    }

    /** Finds a cadre, deleted or not. */
    public Optional<Cadre> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM cadre WHERE id = ?", CadreRepository::map, id);
    }

    /** The cadres with these ids, deleted or not, keyed by id. */
    public Map<UUID, Cadre> findByIds(Collection<UUID> ids) {
        Map<UUID, Cadre> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT " + COLUMNS + " FROM cadre WHERE " + jdbc.dialect().inArray("id", "UUID"),
                    CadreRepository::map, (Object) ids.toArray(new UUID[0])).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    public Optional<Cadre> findByIdNumber(String idNumber) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM cadre WHERE id_number = ?", CadreRepository::map, idNumber);
    }

    /** Live cadres of the given units, in the order of the unit list and then by name. */
    public List<Cadre> findLiveByUnits(List<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + SELECT_COLUMNS
                        + " FROM cadre c JOIN org_unit u ON u.id = c.unit_id"
                        + " WHERE c.deleted_at IS NULL AND " + jdbc.dialect().inArray("c.unit_id", "UUID")
                        + " ORDER BY u.sort_order, u.code, c.name_initials, c.name",
                CadreRepository::map, (Object) unitIds.toArray(new UUID[0]));
    }

    public void insert(Cadre cadre, String initials, Stamping stamp) {
        jdbc.update("INSERT INTO cadre (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)",
                cadre.id(), cadre.unitId(), cadre.name(), initials, cadre.idNumber().value(), cadre.ethnicity(),
                cadre.politicalStatus(), cadre.education(), cadre.position(), cadre.category(),
                cadre.importantPosition(), cadre.status(), cadre.mobile(), cadre.workStartDate(),
                cadre.appointmentDate(), cadre.notes(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
    }

    /** Writes every field if the stored row is still at {@code cadre.version()}; otherwise refuses. */
    public void update(Cadre cadre, String initials, Stamping stamp) {
        int rows = jdbc.update("UPDATE cadre SET unit_id = ?, name = ?, name_initials = ?, id_number = ?, ethnicity = ?,"
                        + " political_status = ?, education = ?, position = ?, category = ?, important_position = ?,"
                        + " status = ?, mobile = ?, work_start_date = ?, appointment_date = ?, notes = ?,"
                        + " updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                cadre.unitId(), cadre.name(), initials, cadre.idNumber().value(), cadre.ethnicity(),
                cadre.politicalStatus(), cadre.education(), cadre.position(), cadre.category(),
                cadre.importantPosition(), cadre.status(), cadre.mobile(), cadre.workStartDate(),
                cadre.appointmentDate(), cadre.notes(), stamp.now(), stamp.user(), cadre.id(), cadre.version());
        if (rows == 0) {
            throw jdbc.conflict("cadre", cadre.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE cadre SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("cadre", id);
        }
    }

    public void restore(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE cadre SET deleted_at = NULL, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NOT NULL", stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("cadre", id);
        }
    }

    /** Live cadres with any of the given names (for recusal: relatives named in a file). */
    public List<UUID> findIdsByNames(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id FROM cadre WHERE deleted_at IS NULL AND " + jdbc.dialect().inArray("name", "VARCHAR"),
                rs -> Jdbc.uuid(rs, "id"), (Object) names.toArray(new String[0]));
    }

    public long countLive() {
        return jdbc.count("SELECT COUNT(*) FROM cadre WHERE deleted_at IS NULL");
    }

    /** Inserts many new cadres at once (demo data, imports); same columns as {@link #insert}. */
    public void insertAll(List<Cadre> cadres, List<String> initials, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(cadres.size());
        for (int i = 0; i < cadres.size(); i++) {
            Cadre c = cadres.get(i);
            rows.add(new Object[] {c.id(), c.unitId(), c.name(), initials.get(i), c.idNumber().value(), c.ethnicity(),
                c.politicalStatus(), c.education(), c.position(), c.category(), c.importantPosition(),
                c.status(), c.mobile(), c.workStartDate(), c.appointmentDate(), c.notes(),
                stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO cadre (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    private static Cadre map(ResultSet rs) throws SQLException {
        return new Cadre(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "unit_id"), rs.getString("name"),
                storedIdNumber(rs.getString("id_number")), rs.getString("ethnicity"), rs.getString("political_status"),
                rs.getString("education"), rs.getString("position"),
                Jdbc.enumValue(rs, "category", CadreCategory.class), rs.getBoolean("important_position"),
                Jdbc.enumValue(rs, "status", CadreStatus.class), rs.getString("mobile"),
                Jdbc.date(rs, "work_start_date"), Jdbc.date(rs, "appointment_date"), rs.getString("notes"),
                Stamping.read(rs), Jdbc.instant(rs, "deleted_at"));
    }

    private static CadreSummary mapSummary(ResultSet rs) throws SQLException {
        return new CadreSummary(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                rs.getString("name"), rs.getString("name_initials"), storedIdNumber(rs.getString("id_number")),
                rs.getString("position"), Jdbc.enumValue(rs, "category", CadreCategory.class),
                Jdbc.enumValue(rs, "status", CadreStatus.class), rs.getBoolean("important_position"),
                rs.getInt("version"), Jdbc.instant(rs, "deleted_at"));
    }

    /** Stored numbers were checked on the way in; the date is only re-checked against the far future. */
    private static IdNumber storedIdNumber(String value) {
        return IdNumber.parse(value, LocalDate.MAX);
    }
}

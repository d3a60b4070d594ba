package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;

/** Integrity talks (table {@code integrity_talk}). */
public final class TalkRepository {
    private static final String COLUMNS = "id, cadre_id, kind, talk_date, talker_name, talker_cadre_id, recorder_name,"
            + " content, statement, follow_up, created_at, updated_at, updated_by, origin_unit, version, deleted_at";
    private static final String SUMMARY = "SELECT t.id, t.cadre_id, c.name AS cadre_name, c.name_initials,"
            + " c.id_number, c.unit_id, u.name AS unit_name, t.kind, t.talk_date, t.talker_name, t.recorder_name,"
            + " t.content, t.version"
            + " FROM integrity_talk t JOIN cadre c ON c.id = t.cadre_id JOIN org_unit u ON u.id = c.unit_id";

    private final Jdbc jdbc;

    public TalkRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Live talks of live cadres held in {@code year}, newest first. */
    public List<TalkSummary> listLive(int year) {
        return jdbc.query(SUMMARY + " WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL"
                        + " AND t.talk_date >= ? AND t.talk_date < ? ORDER BY t.talk_date DESC, c.name_initials",
                TalkRepository::mapSummary, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * How many talks {@link #listLive} holds that the user may see (cadres of {@code visibleUnits},
     * null for all; none of {@code recused}), counted in the database (the home tab's figure).
     */
    public long countLive(int year, Set<UUID> visibleUnits, Set<UUID> recused) {
        List<Object> params = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
        String scope = ScopeCondition.and("c.unit_id", "t.cadre_id", visibleUnits, recused, params);
        // From two narrow indexes (V21), the talks' dates and the cadres' units: no row read whole.
        return jdbc.count("SELECT COUNT(*) FROM " + jdbc.dialect().tableUsingIndex("integrity_talk t",
                "ix_integrity_talk_date_covering") + " JOIN " + jdbc.dialect().tableUsingIndex("cadre c", "ix_cadre_scope")
                + " ON c.id = t.cadre_id"
                + " WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL AND t.talk_date >= ? AND t.talk_date < ?" + scope,
                params.toArray());
    }

    /** Live talks with these ids, in date order (for printing a selection). */
    public List<TalkSummary> findSummaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SUMMARY + " WHERE t.deleted_at IS NULL AND " + jdbc.dialect().inArray("t.id", "UUID")
                + " ORDER BY t.talk_date, c.name_initials", TalkRepository::mapSummary, (Object) ids.toArray(new UUID[0]));
    }

    public Optional<Talk> findById(UUID id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM integrity_talk WHERE id = ?", TalkRepository::map, id);
    }

    /** A cadre's live talks, oldest first. */
    public List<Talk> findByCadre(UUID cadreId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM integrity_talk WHERE cadre_id = ? AND deleted_at IS NULL"
                + " ORDER BY talk_date, created_at", TalkRepository::map, cadreId);
    }

    /** Cadres with at least one live talk of {@code kind}. */
    public Set<UUID> cadresWithTalk(TalkKind kind) {
        return new HashSet<>(jdbc.query("SELECT DISTINCT cadre_id FROM integrity_talk WHERE kind = ? AND deleted_at IS NULL",
                rs -> Jdbc.uuid(rs, "cadre_id"), kind));
    }

    public boolean hasTalk(UUID cadreId, TalkKind kind) {
        return jdbc.count("SELECT COUNT(*) FROM integrity_talk WHERE cadre_id = ? AND kind = ? AND deleted_at IS NULL",
                cadreId, kind) > 0;
    }

    public void insert(Talk talk, Stamping stamp) {
        insertAll(List.of(talk), stamp);
    }

    /** Inserts many new talks at once (demo data); the same columns as {@link #insert}. */
    public void insertAll(List<Talk> talks, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(talks.size());
        for (Talk t : talks) {
            rows.add(new Object[] {t.id(), t.cadreId(), t.kind(), t.date(), t.talkerName(), t.talkerCadreId(),
                t.recorderName(), t.content(), t.statement(), t.followUp(), stamp.now(), stamp.now(), stamp.user(),
                stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO integrity_talk (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,NULL)", rows);
    }

    /** Writes every field if the stored row is still at {@code talk.version()}; otherwise refuses. */
    public void update(Talk talk, Stamping stamp) {
        int rows = jdbc.update("UPDATE integrity_talk SET cadre_id = ?, kind = ?, talk_date = ?, talker_name = ?,"
                        + " talker_cadre_id = ?, recorder_name = ?, content = ?, statement = ?, follow_up = ?,"
                        + " updated_at = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                talk.cadreId(), talk.kind(), talk.date(), talk.talkerName(), talk.talkerCadreId(), talk.recorderName(),
                talk.content(), talk.statement(), talk.followUp(), stamp.now(), stamp.user(), talk.id(), talk.version());
        if (rows == 0) {
            throw jdbc.conflict("integrity_talk", talk.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE integrity_talk SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("integrity_talk", id);
        }
    }

    public long countLive() {
        return jdbc.count("SELECT COUNT(*) FROM integrity_talk WHERE deleted_at IS NULL");
    }

    private static Talk map(ResultSet rs) throws SQLException {
        return new Talk(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"), Jdbc.enumValue(rs, "kind", TalkKind.class),
                Jdbc.date(rs, "talk_date"), rs.getString("talker_name"), Jdbc.uuid(rs, "talker_cadre_id"),
                rs.getString("recorder_name"), rs.getString("content"), rs.getString("statement"),
                rs.getString("follow_up"), Stamping.read(rs), Jdbc.instant(rs, "deleted_at"));
    }

    private static TalkSummary mapSummary(ResultSet rs) throws SQLException {
        return new TalkSummary(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "cadre_id"), rs.getString("cadre_name"),
                rs.getString("name_initials"), IdNumber.parse(rs.getString("id_number"), LocalDate.MAX),
                Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"), Jdbc.enumValue(rs, "kind", TalkKind.class),
                Jdbc.date(rs, "talk_date"), rs.getString("talker_name"), rs.getString("recorder_name"),
                rs.getString("content"), rs.getInt("version"));
    }
}

package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.TallyEntry;

/** 述职述廉 sessions with their reporting cadres, representatives, ballot tallies and comments. */
public final class DebriefingRepository {
    private static final String SESSION = "SELECT s.id, s.number, s.session_year, s.session_date, s.place, s.unit_id,"
            + " u.name AS unit_name, s.formula, s.expected_voters, s.double_entry, s.created_at, s.updated_at,"
            + " s.updated_by, s.origin_unit, s.version FROM debriefing_session s JOIN org_unit u ON u.id = s.unit_id"
            + " WHERE s.deleted_at IS NULL";
    private static final String CADRE = "SELECT d.id, d.session_id, d.cadre_id, c.name, u.name AS unit_name,"
            + " COALESCE(d.position, c.position) AS position, d.category, d.sort_order FROM debriefing_cadre d"
            + " JOIN cadre c ON c.id = d.cadre_id JOIN org_unit u ON u.id = c.unit_id";
    private static final String TALLY = "SELECT t.reporting_cadre_id, t.entry_round, t.issued, t.returned, t.voided,"
            + " t.satisfied, t.fairly_satisfied, t.basically_satisfied, t.less_satisfied, t.unsatisfied, t.abstained,"
            + " t.entered_by, t.updated_at FROM ballot_tally t";
    private static final String COMMENT = "SELECT m.id, m.session_id, m.representative_id, r.name AS representative_name,"
            + " m.reporting_cadre_id, c.name AS cadre_name, m.question, m.answer, m.rectification_id,"
            + " z.number AS rectification_number, m.created_at, m.updated_at, m.updated_by, m.origin_unit, m.version"
            + " FROM debriefing_comment m LEFT JOIN debriefing_representative r ON r.id = m.representative_id"
            + " LEFT JOIN debriefing_cadre d ON d.id = m.reporting_cadre_id LEFT JOIN cadre c ON c.id = d.cadre_id"
            + " LEFT JOIN rectification z ON z.id = m.rectification_id WHERE m.deleted_at IS NULL";

    private final Jdbc jdbc;

    public DebriefingRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    // --- sessions

    /** Every live session, newest first. */
    public List<DebriefingSession> listSessions() {
        return jdbc.query(SESSION + " ORDER BY s.session_date DESC, s.number DESC", DebriefingRepository::session);
    }

    public Optional<DebriefingSession> findSession(UUID id) {
        return jdbc.queryOne(SESSION + " AND s.id = ?", DebriefingRepository::session, id);
    }

    public int lastNumber(String prefix) {
        return jdbc.queryOne("SELECT MAX(CAST(SUBSTRING(number, ?) AS INT)) FROM debriefing_session WHERE number LIKE ?",
                rs -> rs.getInt(1), prefix.length() + 1, prefix + "%").orElse(0);
    }

    public void insertSession(DebriefingSession s, Stamping stamp) {
        jdbc.update("INSERT INTO debriefing_session (id, number, session_year, session_date, place, unit_id, formula,"
                + " expected_voters, double_entry, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)", s.id(), s.number(), s.year(), s.date(), s.place(),
                s.organisingUnitId(), s.formula(), s.expectedVoters(), s.doubleEntry(), stamp.now(), stamp.now(),
                stamp.user(), stamp.originUnit());
    }

    public void updateSession(DebriefingSession s, Stamping stamp) {
        int changed = jdbc.update("UPDATE debriefing_session SET session_year = ?, session_date = ?, place = ?,"
                + " unit_id = ?, formula = ?, expected_voters = ?, double_entry = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL", s.year(), s.date(),
                s.place(), s.organisingUnitId(), s.formula(), s.expectedVoters(), s.doubleEntry(), stamp.now(),
                stamp.user(), s.id(), s.version());
        if (changed == 0) {
            throw jdbc.conflict("debriefing_session", s.id());
        }
    }

    public void softDeleteSession(UUID id, int version, Stamping stamp) {
        int changed = jdbc.update("UPDATE debriefing_session SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(),
                stamp.now(), stamp.user(), id, version);
        if (changed == 0) {
            throw jdbc.conflict("debriefing_session", id);
        }
    }

    /** Marks the session changed (a tally or a list under it changed), so a stale form cannot overwrite it. */
    public void touchSession(UUID id, Stamping stamp) {
        jdbc.update("UPDATE debriefing_session SET updated_at = ?, updated_by = ? WHERE id = ?", stamp.now(),
                stamp.user(), id);
    }

    // --- reporting cadres

    public List<ReportingCadre> cadresOf(UUID sessionId) {
        return jdbc.query(CADRE + " WHERE d.session_id = ? ORDER BY d.sort_order", DebriefingRepository::cadre,
                sessionId);
    }

    public Optional<ReportingCadre> findCadre(UUID id) {
        return jdbc.queryOne(CADRE + " WHERE d.id = ?", DebriefingRepository::cadre, id);
    }

    /** Every time a cadre reported, with the session, oldest first. */
    public List<ReportingCadre> reportsOfCadre(UUID cadreId) {
        return jdbc.query(CADRE + " JOIN debriefing_session s ON s.id = d.session_id WHERE d.cadre_id = ?"
                + " AND s.deleted_at IS NULL ORDER BY s.session_date", DebriefingRepository::cadre, cadreId);
    }

    public void insertCadres(List<ReportingCadre> cadres, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        for (ReportingCadre c : cadres) {
            rows.add(new Object[] {c.id(), c.sessionId(), c.cadreId(), c.category(), c.position(), c.order(),
                stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO debriefing_cadre (id, session_id, cadre_id, category, position, sort_order, created_at,"
                + " updated_at, updated_by, origin_unit, version) VALUES (?,?,?,?,?,?,?,?,?,?,1)", rows);
    }

    public void deleteCadre(UUID id) {
        jdbc.update("DELETE FROM debriefing_cadre WHERE id = ?", id);
    }

    public int nextCadreOrder(UUID sessionId) {
        return jdbc.queryOne("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM debriefing_cadre WHERE session_id = ?",
                rs -> rs.getInt(1), sessionId).orElse(1);
    }

    // --- representatives

    public List<Representative> representativesOf(UUID sessionId) {
        return jdbc.query("SELECT id, session_id, kind, name, organisation, credit_code, mobile"
                + " FROM debriefing_representative WHERE session_id = ? ORDER BY sort_order",
                DebriefingRepository::representative, sessionId);
    }

    public Optional<Representative> findRepresentative(UUID id) {
        return jdbc.queryOne("SELECT id, session_id, kind, name, organisation, credit_code, mobile"
                + " FROM debriefing_representative WHERE id = ?", DebriefingRepository::representative, id);
    }

    public void insertRepresentatives(List<Representative> reps, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        int order = reps.isEmpty() ? 0 : nextRepresentativeOrder(reps.get(0).sessionId());
        for (Representative r : reps) {
            rows.add(new Object[] {r.id(), r.sessionId(), r.kind(), r.name(), r.organisation(), r.creditCode(),
                r.mobile(), order++, stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO debriefing_representative (id, session_id, kind, name, organisation, credit_code,"
                + " mobile, sort_order, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)", rows);
    }

    public void deleteRepresentative(UUID id) {
        jdbc.update("DELETE FROM debriefing_representative WHERE id = ?", id);
    }

    private int nextRepresentativeOrder(UUID sessionId) {
        return jdbc.queryOne("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM debriefing_representative"
                + " WHERE session_id = ?", rs -> rs.getInt(1), sessionId).orElse(1);
    }

    // --- tallies

    public List<TallyEntry> talliesOf(UUID sessionId) {
        return jdbc.query(TALLY + " WHERE t.session_id = ?", DebriefingRepository::tally, sessionId);
    }

    /** Every tally of the live sessions of a year, with the session's id first in each row. */
    public List<TallyEntry> talliesOfYear(int year) {
        return jdbc.query(TALLY + " JOIN debriefing_session s ON s.id = t.session_id WHERE s.session_year = ?"
                + " AND s.deleted_at IS NULL", DebriefingRepository::tally, year);
    }

    public long countTalliesOfCadre(UUID reportingCadreId) {
        return jdbc.count("SELECT COUNT(*) FROM ballot_tally WHERE reporting_cadre_id = ?", reportingCadreId);
    }

    /** Replaces the round's tallies of the cadres given. */
    public void replaceTallies(UUID sessionId, EntryRound round, String enteredBy, List<BallotTally> tallies,
            Stamping stamp) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (BallotTally t : tallies) {
            deletes.add(new Object[] {t.reportingCadreId(), round});
            rows.add(new Object[] {UUID.randomUUID(), sessionId, t.reportingCadreId(), round, t.issued(), t.returned(),
                t.voided(), t.satisfied(), t.fairlySatisfied(), t.basicallySatisfied(), t.lessSatisfied(),
                t.unsatisfied(), t.abstained(), enteredBy, stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch("DELETE FROM ballot_tally WHERE reporting_cadre_id = ? AND entry_round = ?", deletes);
        jdbc.batch("INSERT INTO ballot_tally (id, session_id, reporting_cadre_id, entry_round, issued, returned, voided,"
                + " satisfied, fairly_satisfied, basically_satisfied, less_satisfied, unsatisfied, abstained, entered_by,"
                + " created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)", rows);
    }

    public void deleteTalliesOfSession(UUID sessionId) {
        jdbc.update("DELETE FROM ballot_tally WHERE session_id = ?", sessionId);
    }

    // --- comments

    public List<DebriefingComment> commentsOf(UUID sessionId) {
        return jdbc.query(COMMENT + " AND m.session_id = ? ORDER BY m.created_at, m.id", DebriefingRepository::comment,
                sessionId);
    }

    public Optional<DebriefingComment> findComment(UUID id) {
        return jdbc.queryOne(COMMENT + " AND m.id = ?", DebriefingRepository::comment, id);
    }

    /** The comments put to a cadre (through any session), oldest first. */
    public List<DebriefingComment> commentsToCadre(UUID cadreId) {
        return jdbc.query(COMMENT + " AND d.cadre_id = ? ORDER BY m.created_at", DebriefingRepository::comment, cadreId);
    }

    public long countCommentsOf(UUID sessionId) {
        return jdbc.count("SELECT COUNT(*) FROM debriefing_comment WHERE session_id = ? AND deleted_at IS NULL",
                sessionId);
    }

    public long countCommentsNaming(String column, UUID id) {
        if (!column.equals("representative_id") && !column.equals("reporting_cadre_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.count("SELECT COUNT(*) FROM debriefing_comment WHERE deleted_at IS NULL AND " + column + " = ?", id);
    }

    public void insertComment(DebriefingComment c, Stamping stamp) {
        jdbc.update("INSERT INTO debriefing_comment (id, session_id, representative_id, reporting_cadre_id, question,"
                + " answer, rectification_id, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,1)", c.id(), c.sessionId(), c.representativeId(), c.reportingCadreId(),
                c.question(), c.answer(), c.rectificationId(), stamp.now(), stamp.now(), stamp.user(),
                stamp.originUnit());
    }

    public void updateComment(DebriefingComment c, Stamping stamp) {
        int changed = jdbc.update("UPDATE debriefing_comment SET representative_id = ?, reporting_cadre_id = ?,"
                + " question = ?, answer = ?, rectification_id = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", c.representativeId(), c.reportingCadreId(),
                c.question(), c.answer(), c.rectificationId(), stamp.now(), stamp.user(), c.id(), c.version());
        if (changed == 0) {
            throw jdbc.conflict("debriefing_comment", c.id());
        }
    }

    public void softDeleteComment(UUID id, int version, Stamping stamp) {
        int changed = jdbc.update("UPDATE debriefing_comment SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL", stamp.now(),
                stamp.now(), stamp.user(), id, version);
        if (changed == 0) {
            throw jdbc.conflict("debriefing_comment", id);
        }
    }

    // --- mapping

    private static DebriefingSession session(ResultSet rs) throws SQLException {
        return new DebriefingSession(Jdbc.uuid(rs, "id"), rs.getString("number"), rs.getInt("session_year"),
                Jdbc.date(rs, "session_date"), rs.getString("place"), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                Jdbc.enumValue(rs, "formula", SatisfactionFormula.class), rs.getInt("expected_voters"),
                rs.getBoolean("double_entry"), Stamping.read(rs));
    }

    private static ReportingCadre cadre(ResultSet rs) throws SQLException {
        return new ReportingCadre(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "session_id"), Jdbc.uuid(rs, "cadre_id"),
                rs.getString("name"), rs.getString("unit_name"), rs.getString("position"),
                Jdbc.enumValue(rs, "category", ReportingCategory.class), rs.getInt("sort_order"));
    }

    private static Representative representative(ResultSet rs) throws SQLException {
        return new Representative(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "session_id"),
                Jdbc.enumValue(rs, "kind", RepresentativeKind.class), rs.getString("name"), rs.getString("organisation"),
                rs.getString("credit_code"), rs.getString("mobile"));
    }

    private static TallyEntry tally(ResultSet rs) throws SQLException {
        BallotTally t = new BallotTally(Jdbc.uuid(rs, "reporting_cadre_id"), rs.getInt("issued"), rs.getInt("returned"),
                rs.getInt("voided"), rs.getInt("satisfied"), rs.getInt("fairly_satisfied"),
                rs.getInt("basically_satisfied"), rs.getInt("less_satisfied"), rs.getInt("unsatisfied"),
                rs.getInt("abstained"));
        return new TallyEntry(Jdbc.enumValue(rs, "entry_round", EntryRound.class), rs.getString("entered_by"),
                Jdbc.instant(rs, "updated_at"), t);
    }

    private static DebriefingComment comment(ResultSet rs) throws SQLException {
        return new DebriefingComment(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "session_id"),
                Jdbc.uuid(rs, "representative_id"), rs.getString("representative_name"),
                Jdbc.uuid(rs, "reporting_cadre_id"), rs.getString("cadre_name"), rs.getString("question"),
                rs.getString("answer"), Jdbc.uuid(rs, "rectification_id"), rs.getString("rectification_number"),
                Stamping.read(rs));
    }
}

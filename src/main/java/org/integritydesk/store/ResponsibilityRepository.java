package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityCategory;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityTask;

/**
 * Responsibility tasks (责任分解) and their quarterly progress entries. Tasks are read without their
 * entries; the service joins the two lists (one query each).
 */
public final class ResponsibilityRepository {
    private static final String SELECT = "SELECT t.id, t.task_year, t.seq, t.category, t.task_text, t.unit_id,"
            + " u.name AS unit_name, t.leader_id, c.name AS leader_name, t.deadline, t.created_at, t.updated_at,"
            + " t.updated_by, t.origin_unit, t.version FROM responsibility_task t JOIN org_unit u ON u.id = t.unit_id"
            + " LEFT JOIN cadre c ON c.id = t.leader_id";
    private static final String SELECT_PROGRESS = "SELECT p.id, p.task_id, p.quarter, p.result, p.note, p.recorded_on,"
            + " p.recorded_by, p.created_at, p.updated_at, p.updated_by, p.origin_unit, p.version"
            + " FROM responsibility_progress p";
    private static final String INSERT = "INSERT INTO responsibility_task (id, task_year, seq, category, task_text,"
            + " unit_id, leader_id, deadline, created_at, updated_at, updated_by, origin_unit, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)";
    private static final String INSERT_PROGRESS = "INSERT INTO responsibility_progress (id, task_id, quarter, result,"
            + " note, recorded_on, recorded_by, created_at, updated_at, updated_by, origin_unit, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,1)";

    private final Jdbc jdbc;

    public ResponsibilityRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** The live tasks of a year, in their order (without progress entries). */
    public List<ResponsibilityTask> listYear(int year) {
        return jdbc.query(SELECT + " WHERE t.task_year = ? AND t.deleted_at IS NULL ORDER BY t.seq, t.id",
                ResponsibilityRepository::map, year);
    }

    /** The progress entries of the live tasks of a year. */
    public List<ResponsibilityProgress> progressOfYear(int year) {
        return jdbc.query(SELECT_PROGRESS + " JOIN responsibility_task t ON t.id = p.task_id"
                + " WHERE t.task_year = ? AND t.deleted_at IS NULL ORDER BY p.task_id, p.quarter",
                ResponsibilityRepository::mapProgress, year);
    }

    /** A live task, without its progress entries. */
    public Optional<ResponsibilityTask> findById(UUID id) {
        return jdbc.queryOne(SELECT + " WHERE t.id = ? AND t.deleted_at IS NULL", ResponsibilityRepository::map, id);
    }

    public List<ResponsibilityProgress> progressOf(UUID taskId) {
        return jdbc.query(SELECT_PROGRESS + " WHERE p.task_id = ? ORDER BY p.quarter",
                ResponsibilityRepository::mapProgress, taskId);
    }

    public Optional<ResponsibilityProgress> findProgress(UUID progressId) {
        return jdbc.queryOne(SELECT_PROGRESS + " WHERE p.id = ?", ResponsibilityRepository::mapProgress, progressId);
    }

    /** The years that hold live tasks, newest first. */
    public List<Integer> years() {
        return jdbc.query("SELECT DISTINCT task_year FROM responsibility_task WHERE deleted_at IS NULL"
                + " ORDER BY task_year DESC", rs -> rs.getInt(1));
    }

    /** The highest order number used in a year (deleted tasks too), or 0. */
    public int lastSeq(int year) {
        return jdbc.queryOne("SELECT MAX(seq) FROM responsibility_task WHERE task_year = ?", rs -> rs.getInt(1), year)
                .orElse(0);
    }

    /** The ids of the cadres among {@code ids} that are live (a copied task keeps a leader still in the files). */
    public List<UUID> liveCadres(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id FROM cadre WHERE deleted_at IS NULL AND id IN ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")",
                rs -> Jdbc.uuid(rs, "id"), ids.toArray());
    }

    public void insert(ResponsibilityTask task, Stamping stamp) {
        insertAll(List.of(task), stamp);
    }

    public void insertAll(List<ResponsibilityTask> tasks, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(tasks.size());
        for (ResponsibilityTask t : tasks) {
            rows.add(new Object[] {t.id(), t.year(), t.seq(), t.category(), t.text(), t.unitId(), t.leaderId(),
                t.deadline(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch(INSERT, rows);
    }

    /** Saves the editable fields if the row is still at {@code t.version()}. */
    public void update(ResponsibilityTask t, Stamping stamp) {
        int rows = jdbc.update("UPDATE responsibility_task SET task_year = ?, category = ?, task_text = ?, unit_id = ?,"
                + " leader_id = ?, deadline = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                t.year(), t.category(), t.text(), t.unitId(), t.leaderId(), t.deadline(), stamp.now(), stamp.user(),
                t.id(), t.version());
        if (rows == 0) {
            throw jdbc.conflict("responsibility_task", t.id());
        }
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int rows = jdbc.update("UPDATE responsibility_task SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (rows == 0) {
            throw jdbc.conflict("responsibility_task", id);
        }
    }

    public void insertProgress(ResponsibilityProgress p, Stamping stamp) {
        insertAllProgress(List.of(p), stamp);
    }

    public void insertAllProgress(List<ResponsibilityProgress> entries, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (ResponsibilityProgress p : entries) {
            rows.add(new Object[] {p.id(), p.taskId(), p.quarter(), p.result(), p.note(), p.recordedOn(),
                p.recordedBy(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit()});
        }
        jdbc.batch(INSERT_PROGRESS, rows);
    }

    /** Saves an entry's result and note if the row is still at {@code p.version()}. */
    public void updateProgress(ResponsibilityProgress p, Stamping stamp) {
        int rows = jdbc.update("UPDATE responsibility_progress SET result = ?, note = ?, recorded_on = ?,"
                + " recorded_by = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?",
                p.result(), p.note(), p.recordedOn(), p.recordedBy(), stamp.now(), stamp.user(), p.id(), p.version());
        if (rows == 0) {
            throw jdbc.conflict("responsibility_progress", p.id());
        }
    }

    private static ResponsibilityTask map(ResultSet rs) throws SQLException {
        return new ResponsibilityTask(Jdbc.uuid(rs, "id"), rs.getInt("task_year"), rs.getInt("seq"),
                Jdbc.enumValue(rs, "category", ResponsibilityCategory.class), rs.getString("task_text"),
                Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"), Jdbc.uuid(rs, "leader_id"),
                rs.getString("leader_name"), Jdbc.date(rs, "deadline"), List.of(), Stamping.read(rs));
    }

    private static ResponsibilityProgress mapProgress(ResultSet rs) throws SQLException {
        return new ResponsibilityProgress(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "task_id"),
                Jdbc.enumValue(rs, "quarter", Quarter.class), Jdbc.enumValue(rs, "result", ProgressResult.class),
                rs.getString("note"), Jdbc.date(rs, "recorded_on"), rs.getString("recorded_by"), Stamping.read(rs));
    }
}

package org.integritydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.TalkKind;

/**
 * The home tab's to-dos (首页 待办), answered by the database: how many of each kind the user may see
 * and the first few in the tab's order. At province scale a kind holds tens of thousands of rows
 * (27,170 overdue items and visits due, thousands of unsigned commitments) of which the tab shows
 * eight; reading them all whole and building every line took ten seconds on H2.
 *
 * <p>Every query takes the user's scope as {@code visibleUnits} (null: every unit) and
 * {@code recused} (cadres whose rows are left out), see {@link ScopeCondition}. Orders end on the
 * row's id, so equal dates and names come in the same order every time.
 */
public final class HomeTodoRepository {
    private static final String PENDING = Arrays.stream(RectificationStatus.values())
            .filter(RectificationStatus::isPending).map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));

    /**
     * A lower bound for the date conditions ("on or before today"): H2 reads such an open range of an
     * index from its start, through every row whose date is empty (they sort first): 80,000 ledger
     * items without a return visit, to find the first eight that have one. With a bound it starts
     * at the first date.
     */
    private static final LocalDate NO_EARLIER = LocalDate.of(1, 1, 1);

    private final Jdbc jdbc;

    public HomeTodoRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** How many rows a to-do query finds, and the first of them. */
    public record Page<T>(long count, List<T> first) {
        public Page {
            first = List.copyOf(first);
        }
    }

    /** What a ledger item's to-do line says. */
    public record ItemLine(UUID id, String number, String unitName, String cadreName, String description,
            LocalDate deadline, LocalDate returnVisitDate) {
    }

    /** A cadre's to-do line (a missing talk); {@code appointedOn} may be null. */
    public record CadreLine(UUID cadreId, String name, String unitName, String position, LocalDate appointedOn) {
    }

    /** An unsigned commitment's to-do line. */
    public record CommitmentLine(UUID id, String cadreName, String unitName) {
    }

    /** Live items not rectified whose deadline lies before {@code today}, longest overdue first. */
    public Page<ItemLine> overdueItems(LocalDate today, Set<UUID> visibleUnits, Set<UUID> recused, int lines) {
        return items("r.status IN (" + PENDING + ") AND r.deadline >= ? AND r.deadline < ?", "r.deadline",
                "ix_rectification_deadline_covering", today, visibleUnits, recused, lines);
    }

    /** Live items whose return visit's day has come and which is not recorded as done, earliest first. */
    public Page<ItemLine> returnVisitsDue(LocalDate today, Set<UUID> visibleUnits, Set<UUID> recused, int lines) {
        return items("r.return_visit_date BETWEEN ? AND ? AND r.return_visit_done_on IS NULL", "r.return_visit_date",
                "ix_rectification_return_visit", today, visibleUnits, recused, lines);
    }

    /**
     * The items a condition finds, by {@code dateColumn} then number. The ids of the first are picked
     * and counted over {@code index}, which starts with that date (V15, V21), and only the first
     * rows are read with their texts and names, as the ledger's pages are. H2 stops reading the
     * index once it has the first lines; without the index it read all 100,000 items of the
     * province-scale folder. A condition on two date parameters: {@link #NO_EARLIER} and {@code date}.
     */
    private Page<ItemLine> items(String condition, String dateColumn, String index, LocalDate date,
            Set<UUID> visibleUnits, Set<UUID> recused, int lines) {
        List<Object> params = new ArrayList<>(List.of(NO_EARLIER, date));
        String where = " FROM " + jdbc.dialect().tableUsingIndex("rectification r", index)
                + " WHERE r.deleted_at IS NULL AND " + condition
                + ScopeCondition.and("r.unit_id", "r.cadre_id", visibleUnits, recused, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(lines);
        List<UUID> ids = jdbc.query("SELECT r.id" + where + " ORDER BY " + dateColumn + ", r.number, r.id"
                + " FETCH FIRST ? ROWS ONLY", rs -> Jdbc.uuid(rs, "id"), pageParams.toArray());
        long count = ids.size() < lines ? ids.size() : jdbc.count("SELECT COUNT(*)" + where, params.toArray());
        if (ids.isEmpty()) {
            return new Page<>(count, List.of());
        }
        Map<UUID, ItemLine> found = new HashMap<>();
        jdbc.query("SELECT r.id, r.number, u.name AS unit_name, c.name AS cadre_name, r.description, r.deadline,"
                + " r.return_visit_date FROM rectification r JOIN org_unit u ON u.id = r.unit_id"
                + " LEFT JOIN cadre c ON c.id = r.cadre_id WHERE r.id = ANY (?)",
                rs -> new ItemLine(Jdbc.uuid(rs, "id"), rs.getString("number"), rs.getString("unit_name"),
                        rs.getString("cadre_name"), rs.getString("description"), Jdbc.date(rs, "deadline"),
                        Jdbc.date(rs, "return_visit_date")), (Object) ids.toArray(new UUID[0]))
                .forEach(line -> found.put(line.id(), line));
        return new Page<>(count, ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /**
     * Active live cadres appointed from {@code from} to {@code to} with no live 任前廉政谈话 dated
     * {@code talkWindowDays} days before the appointment or later, earliest appointment first, then
     * by name.
     */
    public Page<CadreLine> appointedWithoutTalk(LocalDate from, LocalDate to, int talkWindowDays,
            Set<UUID> visibleUnits, Set<UUID> recused, int lines) {
        List<Object> params = new ArrayList<>(List.of(from, to, -talkWindowDays));
        // Through the appointment dates (V21): a year's appointments are few among all cadres.
        String where = " FROM " + jdbc.dialect().tableUsingIndex("cadre c", "ix_cadre_appointment")
                + " JOIN org_unit u ON u.id = c.unit_id WHERE c.deleted_at IS NULL"
                + " AND c.status = 'ACTIVE' AND c.appointment_date BETWEEN ? AND ?"
                + " AND NOT EXISTS (SELECT 1 FROM integrity_talk t WHERE t.cadre_id = c.id AND t.deleted_at IS NULL"
                + " AND t.kind = '" + TalkKind.PRE_APPOINTMENT.name() + "' AND t.talk_date >= "
                + jdbc.dialect().plusDays("c.appointment_date") + ")"
                + ScopeCondition.and("c.unit_id", "c.id", visibleUnits, recused, params);
        return cadres(where, "c.appointment_date, c.name, c.id", params, lines);
    }

    /**
     * 缺任前谈话 less those {@link #appointedWithoutTalk} lists for the same days: active live cadres in
     * an important position with no live 任前廉政谈话 at all, not appointed from {@code from} to
     * {@code to}, by unit name and name initials (as the home tab has listed them; ties in the
     * talk tab's order: unit, then name).
     */
    public Page<CadreLine> importantWithoutTalk(LocalDate from, LocalDate to, Set<UUID> visibleUnits,
            Set<UUID> recused, int lines) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        // Such a cadre appointed in those days has no talk in the window either: the other list has them.
        // Picked and counted over the important cadres' covering index (V21): reading the 5,300
        // important cadres whole took 0.8 s for each of the two queries on the province-scale folder.
        String where = " FROM " + jdbc.dialect().tableUsingIndex("cadre c", "ix_cadre_important_covering")
                + " JOIN org_unit u ON u.id = c.unit_id WHERE c.deleted_at IS NULL"
                + " AND c.important_position AND c.status = 'ACTIVE'"
                + " AND NOT EXISTS (SELECT 1 FROM integrity_talk t WHERE t.cadre_id = c.id AND t.deleted_at IS NULL"
                + " AND t.kind = '" + TalkKind.PRE_APPOINTMENT.name() + "')"
                + " AND (c.appointment_date IS NULL OR NOT c.appointment_date BETWEEN ? AND ?)"
                + ScopeCondition.and("c.unit_id", "c.id", visibleUnits, recused, params);
        return cadres(where, "u.name, c.name_initials, u.sort_order, c.name, c.id", params, lines);
    }

    /**
     * The cadres {@code where} finds, in {@code order}: the ids of the first picked over the index
     * the query names, then only those cadres read whole.
     */
    private Page<CadreLine> cadres(String where, String order, List<Object> params, int lines) {
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(lines);
        List<UUID> ids = lines == 0 ? List.of()
                : jdbc.query("SELECT c.id" + where + " ORDER BY " + order + " FETCH FIRST ? ROWS ONLY",
                        rs -> Jdbc.uuid(rs, "id"), pageParams.toArray());
        long count = ids.size() < lines ? ids.size() : jdbc.count("SELECT COUNT(*)" + where, params.toArray());
        if (ids.isEmpty()) {
            return new Page<>(count, List.of());
        }
        Map<UUID, CadreLine> found = new HashMap<>();
        jdbc.query("SELECT c.id, c.name, u.name AS unit_name, c.position, c.appointment_date FROM cadre c"
                + " JOIN org_unit u ON u.id = c.unit_id WHERE c.id = ANY (?)",
                rs -> new CadreLine(Jdbc.uuid(rs, "id"), rs.getString("name"), rs.getString("unit_name"),
                        rs.getString("position"), Jdbc.date(rs, "appointment_date")), (Object) ids.toArray(new UUID[0]))
                .forEach(line -> found.put(line.cadreId(), line));
        return new Page<>(count, ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /** This year's live commitments of live cadres not yet signed, in the commitment list's order (unit, name). */
    public Page<CommitmentLine> unsignedCommitments(int year, Set<UUID> visibleUnits, Set<UUID> recused, int lines) {
        List<Object> params = new ArrayList<>(List.of(year));
        // The year's unsigned ones straight from their index (V21) rather than every commitment of the year.
        String unsigned = " FROM " + jdbc.dialect().tableUsingIndex("integrity_commitment m", "ix_integrity_commitment_unsigned");
        String where = " WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND m.commitment_year = ?"
                + " AND m.signed_on IS NULL" + ScopeCondition.and("m.unit_id", "m.cadre_id", visibleUnits, recused, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(lines);
        List<CommitmentLine> first = jdbc.query("SELECT m.id, c.name AS cadre_name, u.name AS unit_name" + unsigned
                + " JOIN cadre c ON c.id = m.cadre_id JOIN org_unit u ON u.id = m.unit_id" + where
                + " ORDER BY u.sort_order, u.code, c.name_initials, c.name, m.id FETCH FIRST ? ROWS ONLY",
                rs -> new CommitmentLine(Jdbc.uuid(rs, "id"), rs.getString("cadre_name"), rs.getString("unit_name")),
                pageParams.toArray());
        // counted without the names: the cadres' narrow index (V21) tells whether each is live
        long count = first.size() < lines ? first.size()
                : jdbc.count("SELECT COUNT(*)" + unsigned + " JOIN " + jdbc.dialect().tableUsingIndex("cadre c",
                        "ix_cadre_scope") + " ON c.id = m.cadre_id" + where, params.toArray());
        return new Page<>(count, first);
    }
}

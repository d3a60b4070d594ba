package org.integritydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;

/** Special self-inspection campaigns (专项自查), their checklists, units, declarations and answers. */
public final class SelfInspectionRepository {
    private static final String CAMPAIGN = "SELECT id, number, title, campaign_year, starts_on, ends_on, description,"
            + " created_at, updated_at, updated_by, origin_unit, version FROM self_inspection_campaign";
    private static final String DECLARATION = "SELECT d.id, d.campaign_id, d.cadre_id, c.name AS cadre_name,"
            + " c.position, d.unit_id, u.name AS unit_name, d.declared_on, d.version"
            + " FROM self_inspection_declaration d JOIN cadre c ON c.id = d.cadre_id JOIN org_unit u ON u.id = d.unit_id";
    private static final String ANSWERS = "SELECT a.declaration_id, a.position, a.has_issue, a.explanation,"
            + " a.rectification_id, r.number AS item_number FROM self_inspection_answer a"
            + " LEFT JOIN rectification r ON r.id = a.rectification_id";

    private final Jdbc jdbc;

    public SelfInspectionRepository(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Every live campaign with its checklist and units, newest first. */
    public List<SelfInspectionCampaign> listLive() {
        List<SelfInspectionCampaign> bare = jdbc.query(CAMPAIGN + " WHERE deleted_at IS NULL"
                + " ORDER BY starts_on DESC, number DESC", SelfInspectionRepository::map);
        Map<UUID, List<String>> items = new HashMap<>();
        jdbc.query("SELECT campaign_id, text FROM self_inspection_item ORDER BY campaign_id, position", rs -> {
            items.computeIfAbsent(Jdbc.uuid(rs, "campaign_id"), k -> new ArrayList<>()).add(rs.getString("text"));
            return null;
        });
        Map<UUID, List<UUID>> units = new HashMap<>();
        jdbc.query("SELECT s.campaign_id, s.unit_id FROM self_inspection_unit s JOIN org_unit u ON u.id = s.unit_id"
                + " ORDER BY s.campaign_id, u.sort_order, u.code", rs -> {
                    units.computeIfAbsent(Jdbc.uuid(rs, "campaign_id"), k -> new ArrayList<>()).add(Jdbc.uuid(rs, "unit_id"));
                    return null;
                });
        return bare.stream().map(c -> with(c, items.getOrDefault(c.id(), List.of()), units.getOrDefault(c.id(), List.of())))
                .toList();
    }

    public Optional<SelfInspectionCampaign> findById(UUID id) {
        return jdbc.queryOne(CAMPAIGN + " WHERE id = ? AND deleted_at IS NULL", SelfInspectionRepository::map, id)
                .map(c -> with(c, jdbc.query("SELECT text FROM self_inspection_item WHERE campaign_id = ? ORDER BY position",
                        rs -> rs.getString(1), id),
                        jdbc.query("SELECT s.unit_id FROM self_inspection_unit s JOIN org_unit u ON u.id = s.unit_id"
                                + " WHERE s.campaign_id = ? ORDER BY u.sort_order, u.code", rs -> Jdbc.uuid(rs, "unit_id"), id)));
    }

    public int lastNumber(String prefix) {
        return jdbc.queryOne("SELECT MAX(CAST(SUBSTRING(number, ?) AS INT)) FROM self_inspection_campaign"
                + " WHERE number LIKE ?", rs -> rs.getInt(1), prefix.length() + 1, prefix + "%").orElse(0);
    }

    public void insert(SelfInspectionCampaign c, Stamping stamp) {
        jdbc.update("INSERT INTO self_inspection_campaign (id, number, title, campaign_year, starts_on, ends_on,"
                + " description, created_at, updated_at, updated_by, origin_unit, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,1)", c.id(), c.number(), c.title(), c.year(), c.startsOn(), c.endsOn(),
                c.description(), stamp.now(), stamp.now(), stamp.user(), stamp.originUnit());
        replaceItems(c.id(), c.items());
    }

    /** Saves the campaign's own fields and, when {@code items} is not null, replaces its checklist. */
    public void update(SelfInspectionCampaign c, List<String> items, Stamping stamp) {
        int changed = jdbc.update("UPDATE self_inspection_campaign SET title = ?, campaign_year = ?, starts_on = ?,"
                + " ends_on = ?, description = ?, updated_at = ?, updated_by = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND deleted_at IS NULL", c.title(), c.year(), c.startsOn(), c.endsOn(),
                c.description(), stamp.now(), stamp.user(), c.id(), c.version());
        if (changed == 0) {
            throw jdbc.conflict("self_inspection_campaign", c.id());
        }
        if (items != null) {
            jdbc.update("DELETE FROM self_inspection_item WHERE campaign_id = ?", c.id());
            replaceItems(c.id(), items);
        }
    }

    private void replaceItems(UUID campaignId, List<String> items) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(new Object[] {campaignId, i + 1, items.get(i)});
        }
        jdbc.batch("INSERT INTO self_inspection_item (campaign_id, position, text) VALUES (?,?,?)", rows);
    }

    public void softDelete(UUID id, int version, Stamping stamp) {
        int changed = jdbc.update("UPDATE self_inspection_campaign SET deleted_at = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                stamp.now(), stamp.now(), stamp.user(), id, version);
        if (changed == 0) {
            throw jdbc.conflict("self_inspection_campaign", id);
        }
    }

    /** Adds units the campaign was sent to (those it already names are left as they are). */
    public void addUnits(UUID campaignId, List<UUID> unitIds) {
        List<Object[]> rows = new ArrayList<>();
        for (UUID unit : unitIds) {
            rows.add(new Object[] {campaignId, unit, campaignId, unit});
        }
        jdbc.batch("INSERT INTO self_inspection_unit (campaign_id, unit_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM self_inspection_unit WHERE campaign_id = ? AND unit_id = ?)", rows);
    }

    /** The cadres the campaign was already sent to. */
    public List<UUID> cadreIdsOf(UUID campaignId) {
        return jdbc.query("SELECT cadre_id FROM self_inspection_declaration WHERE campaign_id = ?",
                rs -> Jdbc.uuid(rs, "cadre_id"), campaignId);
    }

    /** One undeclared declaration row per cadre: {cadreId, unitId} pairs. */
    public void insertDeclarations(UUID campaignId, List<UUID[]> cadreAndUnit, Stamping stamp) {
        List<Object[]> rows = new ArrayList<>();
        for (UUID[] pair : cadreAndUnit) {
            rows.add(new Object[] {UUID.randomUUID(), campaignId, pair[0], pair[1], stamp.now(), stamp.now(), stamp.user(),
                stamp.originUnit()});
        }
        jdbc.batch("INSERT INTO self_inspection_declaration (id, campaign_id, cadre_id, unit_id, declared_on, created_at,"
                + " updated_at, updated_by, origin_unit, version) VALUES (?,?,?,?,NULL,?,?,?,?,1)", rows);
    }

    /** Every declaration of a campaign with its answers, by unit and then by cadre name. */
    public List<SelfInspectionDeclaration> declarationsOf(UUID campaignId) {
        List<SelfInspectionDeclaration> bare = jdbc.query(DECLARATION + " WHERE d.campaign_id = ?"
                + " ORDER BY u.sort_order, u.code, c.name_initials, c.name", rs -> mapDeclaration(rs, List.of()), campaignId);
        Map<UUID, List<DeclarationAnswer>> answers = new HashMap<>();
        jdbc.query(ANSWERS + " JOIN self_inspection_declaration d ON d.id = a.declaration_id WHERE d.campaign_id = ?"
                + " ORDER BY a.declaration_id, a.position", rs -> {
                    answers.computeIfAbsent(Jdbc.uuid(rs, "declaration_id"), k -> new ArrayList<>()).add(mapAnswer(rs));
                    return null;
                }, campaignId);
        return bare.stream().map(d -> withAnswers(d, answers.getOrDefault(d.id(), List.of()))).toList();
    }

    public Optional<SelfInspectionDeclaration> findDeclaration(UUID id) {
        return jdbc.queryOne(DECLARATION + " WHERE d.id = ?", rs -> mapDeclaration(rs, List.of()), id)
                .map(d -> withAnswers(d, jdbc.query(ANSWERS + " WHERE a.declaration_id = ? ORDER BY a.position",
                        SelfInspectionRepository::mapAnswer, id)));
    }

    /** The declaration whose answer became the ledger item {@code rectificationId}, if any. */
    public Optional<UUID> declarationOfItem(UUID rectificationId) {
        return jdbc.queryOne("SELECT declaration_id FROM self_inspection_answer WHERE rectification_id = ?",
                rs -> Jdbc.uuid(rs, "declaration_id"), rectificationId);
    }

    /** Marks the declaration declared on its date and replaces its answers. */
    public void saveDeclaration(SelfInspectionDeclaration d, Stamping stamp) {
        int changed = jdbc.update("UPDATE self_inspection_declaration SET declared_on = ?, updated_at = ?, updated_by = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", d.declaredOn(), stamp.now(), stamp.user(), d.id(),
                d.version());
        if (changed == 0) {
            throw jdbc.conflict("self_inspection_declaration", d.id());
        }
        jdbc.update("DELETE FROM self_inspection_answer WHERE declaration_id = ?", d.id());
        insertAnswers(List.of(d));
    }

    /** Writes the answers of declarations already stored (the demo writes many at once). */
    public void insertAnswers(List<SelfInspectionDeclaration> declarations) {
        List<Object[]> rows = new ArrayList<>();
        for (SelfInspectionDeclaration d : declarations) {
            for (DeclarationAnswer a : d.answers()) {
                rows.add(new Object[] {d.id(), a.position(), a.issue(), a.explanation(), a.rectificationId()});
            }
        }
        jdbc.batch("INSERT INTO self_inspection_answer (declaration_id, position, has_issue, explanation,"
                + " rectification_id) VALUES (?,?,?,?,?)", rows);
    }

    /** Sets the declared date of declarations written by the demo (their version stays 1). */
    public void markDeclared(List<SelfInspectionDeclaration> declarations) {
        List<Object[]> rows = new ArrayList<>();
        for (SelfInspectionDeclaration d : declarations) {
            rows.add(new Object[] {d.declaredOn(), d.id()});
        }
        jdbc.batch("UPDATE self_inspection_declaration SET declared_on = ? WHERE id = ?", rows);
    }

    private static SelfInspectionCampaign with(SelfInspectionCampaign c, List<String> items, List<UUID> units) {
        return new SelfInspectionCampaign(c.id(), c.number(), c.title(), c.year(), c.startsOn(), c.endsOn(),
                c.description(), items, units, c.stamp());
    }

    private static SelfInspectionDeclaration withAnswers(SelfInspectionDeclaration d, List<DeclarationAnswer> answers) {
        return new SelfInspectionDeclaration(d.id(), d.campaignId(), d.cadreId(), d.cadreName(), d.position(), d.unitId(),
                d.unitName(), d.declaredOn(), answers, d.version());
    }

    private static SelfInspectionCampaign map(ResultSet rs) throws SQLException {
        return new SelfInspectionCampaign(Jdbc.uuid(rs, "id"), rs.getString("number"), rs.getString("title"),
                rs.getInt("campaign_year"), Jdbc.date(rs, "starts_on"), Jdbc.date(rs, "ends_on"),
                rs.getString("description"), List.of(), List.of(), Stamping.read(rs));
    }

    private static SelfInspectionDeclaration mapDeclaration(ResultSet rs, List<DeclarationAnswer> answers)
            throws SQLException {
        return new SelfInspectionDeclaration(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "campaign_id"), Jdbc.uuid(rs, "cadre_id"),
                rs.getString("cadre_name"), rs.getString("position"), Jdbc.uuid(rs, "unit_id"), rs.getString("unit_name"),
                Jdbc.date(rs, "declared_on"), answers, rs.getInt("version"));
    }

    private static DeclarationAnswer mapAnswer(ResultSet rs) throws SQLException {
        return new DeclarationAnswer(rs.getInt("position"), rs.getBoolean("has_issue"), rs.getString("explanation"),
                Jdbc.uuid(rs, "rectification_id"), rs.getString("item_number"));
    }
}

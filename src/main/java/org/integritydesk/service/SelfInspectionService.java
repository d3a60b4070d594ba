package org.integritydesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CampaignDraft;
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.model.SelfInspectionRules;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.SelfInspectionReports;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.SelfInspectionRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * 专项自查: campaigns with a checklist, sent to the cadres of chosen units (sub-units included), and
 * each cadre's declaration per item. A declared issue (有) becomes a ledger item of source 自查自纠
 * in the same transaction, through {@link RectificationService#insert}; the answer names the item and
 * {@link #declarationOfItem} finds the answer from the item. Clerks reach the campaigns sent to
 * their unit subtree and the declarations of its cadres; nothing of a closed year (归档) changes.
 */
public final class SelfInspectionService {
    static final String RECORD_TYPE = AuditTrail.SELF_INSPECTION_CAMPAIGN;
    static final String DECLARATION_TYPE = AuditTrail.SELF_INSPECTION_DECLARATION;

    private final Transactions tx;
    private final SelfInspectionRepository campaigns;
    private final RectificationService rectifications;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ClosedYears closedYears;
    private final Supplier<SelfInspectionReports> reports;

    public SelfInspectionService(Transactions tx, SelfInspectionRepository campaigns, RectificationService rectifications,
            UnitRepository units, CadreRepository cadres, Stamps stamps, AccessControl access, AuditTrail audit,
            ClosedYears closedYears, Supplier<SelfInspectionReports> reports) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.rectifications = rectifications;
        this.units = units;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.closedYears = closedYears;
        this.reports = reports;
    }

    /** The campaigns sent to a unit the user may see, newest first. */
    public List<SelfInspectionCampaign> list() {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            UnitTree tree = new UnitTree(units.findAll());
            return campaigns.listLive().stream().filter(c -> visible(scope, tree, c)).toList();
        });
    }

    /** A campaign the user may see, by its number (ZC-2025-01). */
    public Optional<SelfInspectionCampaign> findByNumber(String number) {
        String wanted = number == null ? "" : number.strip();
        return list().stream().filter(c -> c.number().equalsIgnoreCase(wanted)).findFirst();
    }

    public SelfInspectionCampaign find(UUID id) {
        return tx.read(() -> readable(id, Action.VIEW));
    }

    public LocalDate today() {
        return stamps.today();
    }

    public List<FieldError> validate(CampaignDraft draft) {
        return SelfInspectionRules.check(draft);
    }

    /** Saves a new campaign and sends it to the cadres of {@code unitIds} and their sub-units, in one transaction. */
    public SelfInspectionCampaign create(CampaignDraft draft, List<UUID> unitIds) {
        return tx.inTransaction(() -> {
            access.require(Action.CREATE);
            throwIfInvalid(SelfInspectionRules.check(draft));
            List<UUID> chosen = chosenUnits(unitIds, Action.CREATE);
            closedYears.requireOpen(draft.year());
            closedYears.requireOpen(draft.startsOn());
            Stamping stamp = stamps.next();
            String prefix = "ZC-" + draft.year() + "-";
            String number = prefix + String.format("%02d", campaigns.lastNumber(prefix) + 1);
            UUID id = UUID.randomUUID();
            SelfInspectionCampaign campaign = new SelfInspectionCampaign(id, number, draft.title().strip(), draft.year(),
                    draft.startsOn(), draft.endsOn(), trim(draft.description()), draft.filledItems(), List.of(),
                    RecordStamp.NEW);
            campaigns.insert(campaign, stamp);
            int sent = sendTo(id, chosen, stamp);
            SelfInspectionCampaign saved = campaigns.findById(id).orElseThrow();
            Map<String, Object> after = fields(saved);
            after.put("sentTo", sent);
            audit.record(AuditKind.CREATE, RECORD_TYPE, id, saved.number(), null, after, null);
            return saved;
        });
    }

    /**
     * Saves a changed campaign. The checklist may change only while nobody has declared (the
     * declarations answer its items by position).
     */
    public SelfInspectionCampaign update(UUID id, int version, CampaignDraft draft) {
        return tx.inTransaction(() -> {
            SelfInspectionCampaign current = writable(id, Action.UPDATE);
            throwIfInvalid(SelfInspectionRules.check(draft));
            closedYears.requireOpen(current.year());
            closedYears.requireOpen(draft.year());
            closedYears.requireOpen(draft.startsOn());
            List<String> items = draft.filledItems();
            boolean itemsChanged = !items.equals(current.items());
            if (itemsChanged && campaigns.declarationsOf(id).stream().anyMatch(SelfInspectionDeclaration::declared)) {
                throw new ServiceException("error.selfInspection.itemsLocked", current.number());
            }
            SelfInspectionCampaign changed = new SelfInspectionCampaign(id, current.number(), draft.title().strip(),
                    draft.year(), draft.startsOn(), draft.endsOn(), trim(draft.description()), items, current.unitIds(),
                    new RecordStamp(null, null, null, null, version));
            try {
                campaigns.update(changed, itemsChanged ? items : null, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            SelfInspectionCampaign saved = campaigns.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, saved.number(), changes.before(), changes.after(), null);
            return saved;
        });
    }

    /** Sends the campaign to more units: their cadres (sub-units included) not yet on it get a declaration to fill. */
    public int send(UUID id, List<UUID> unitIds) {
        return tx.inTransaction(() -> {
            SelfInspectionCampaign current = readable(id, Action.UPDATE);
            closedYears.requireOpen(current.year());
            List<UUID> chosen = chosenUnits(unitIds, Action.UPDATE);
            int sent = sendTo(id, chosen, stamps.next());
            UnitTree tree = new UnitTree(units.findAll());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, current.number(), null,
                    Map.of("sentTo", sent, "units", chosen.stream().map(u -> RectificationService.unitName(tree, u)).toList()),
                    null);
            return sent;
        });
    }

    /** Deletes a campaign entered by mistake; refused once anybody declared. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            SelfInspectionCampaign current = writable(id, Action.DELETE);
            closedYears.requireOpen(current.year());
            long declared = campaigns.declarationsOf(id).stream().filter(SelfInspectionDeclaration::declared).count();
            if (declared > 0) {
                throw new ServiceException("error.selfInspection.hasDeclarations", current.number(), declared);
            }
            try {
                campaigns.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            audit.record(AuditKind.DELETE, RECORD_TYPE, id, current.number(), fields(current), null, null);
        });
    }

    /** The declarations of the campaign the user may see (their cadre's unit in scope, not recused). */
    public List<SelfInspectionDeclaration> declarations(UUID campaignId) {
        return tx.read(() -> {
            readable(campaignId, Action.VIEW);
            return visibleDeclarations(campaignId, Action.VIEW);
        });
    }

    /** Declared / not yet declared per unit, of the declarations the user may see, then a total row. */
    public List<CampaignProgress> progress(UUID campaignId, String totalLabel) {
        return CampaignProgress.of(declarations(campaignId), totalLabel);
    }

    public SelfInspectionDeclaration findDeclaration(UUID declarationId) {
        return tx.read(() -> readableDeclaration(declarationId, Action.VIEW));
    }

    /** The declaration whose answer became the ledger item, if the item came from a campaign and the user may see it. */
    public Optional<SelfInspectionDeclaration> declarationOfItem(UUID rectificationId) {
        return tx.read(() -> campaigns.declarationOfItem(rectificationId)
                .map(id -> readableDeclaration(id, Action.VIEW)));
    }

    /**
     * Records a cadre's declaration. Each 有 becomes a ledger item (source 自查自纠, found on the
     * declaration's date, the cadre's unit responsible), unless that item already became one when
     * the declaration was first recorded: such an answer stays as it was (change the item in the
     * ledger). Nothing is saved when a rule is broken.
     */
    public SelfInspectionDeclaration declare(UUID declarationId, int version, List<DeclarationAnswer> answers,
            LocalDate declaredOn) {
        return tx.inTransaction(() -> {
            SelfInspectionDeclaration current = readableDeclaration(declarationId, Action.UPDATE);
            access.require(Action.UPDATE, current.unitId());
            SelfInspectionCampaign campaign = campaigns.findById(current.campaignId())
                    .orElseThrow(() -> new ServiceException("error.selfInspection.notFound"));
            closedYears.requireOpen(campaign.year());
            closedYears.requireOpen(declaredOn);
            throwIfInvalid(SelfInspectionRules.checkDeclaration(campaign.items().size(), answers, declaredOn,
                    campaign.year(), stamps.today()));
            Map<Integer, DeclarationAnswer> before = new LinkedHashMap<>();
            current.answers().forEach(a -> before.put(a.position(), a));
            List<DeclarationAnswer> saved = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (DeclarationAnswer a : answers.stream()
                    .sorted(java.util.Comparator.comparingInt(DeclarationAnswer::position)).toList()) {
                DeclarationAnswer old = before.get(a.position());
                if (old != null && old.rectificationId() != null) {
                    saved.add(old);
                } else if (a.issue()) {
                    Rectification item = ledgerItem(campaign, current, a, declaredOn);
                    created.add(item.number());
                    saved.add(new DeclarationAnswer(a.position(), true, a.explanation().strip(), item.id(), item.number()));
                } else {
                    saved.add(new DeclarationAnswer(a.position(), false, trim(a.explanation()), null, null));
                }
            }
            SelfInspectionDeclaration changed = new SelfInspectionDeclaration(current.id(), current.campaignId(),
                    current.cadreId(), current.cadreName(), current.position(), current.unitId(), current.unitName(),
                    declaredOn, saved, version);
            try {
                campaigns.saveDeclaration(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.cadreName(), e);
            }
            SelfInspectionDeclaration result = campaigns.findDeclaration(declarationId).orElseThrow();
            Map<String, Object> after = declarationFields(result);
            after.put("ledgerItems", created);
            audit.record(AuditKind.UPDATE, DECLARATION_TYPE, declarationId, campaign.number() + " / " + current.cadreName(),
                    current.declared() ? declarationFields(current) : null, after, null);
            return result;
        });
    }

    private Rectification ledgerItem(SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration,
            DeclarationAnswer answer, LocalDate declaredOn) {
        String itemText = campaign.items().get(answer.position() - 1);
        String description = SelfInspectionRules.ledgerDescription(campaign.title(), answer.position(), itemText,
                answer.explanation().strip());
        ProblemSeverity severity = ProblemSeverity.INCIPIENT;
        RectificationDraft draft = new RectificationDraft(ProblemSource.SELF_INSPECTION, declaration.unitId(),
                declaration.cadreId(), ProblemCategory.INTEGRITY, severity, severity.suggestedResponse(), description,
                declaredOn, SelfInspectionRules.DEFAULT_MEASURES, declaration.unitId(), declaration.cadreName(),
                declaredOn.plusMonths(1), null);
        throwIfInvalid(rectifications.collectErrors(draft));
        Rectification created = rectifications.insert(draft, null);
        audit.record(AuditKind.CREATE, RectificationService.RECORD_TYPE, created.id(), created.number(), null,
                RectificationService.fields(created), null);
        return created;
    }

    /**
     * 专项自查表: one blank sheet per cadre of the campaign in {@code unitIds} and their sub-units (every
     * cadre the user may see when null), ready to fill and sign; one PRINT event.
     */
    public PrintableDocument printForms(UUID campaignId, List<UUID> unitIds, Locale locale) {
        record Data(SelfInspectionCampaign campaign, List<SelfInspectionDeclaration> shown, Map<UUID, String> ids) {
        }
        Data data = tx.read(() -> {
            SelfInspectionCampaign campaign = readable(campaignId, Action.PRINT);
            Set<UUID> finalWanted = unitIds == null || unitIds.isEmpty() ? null : subtrees(unitIds);
            List<SelfInspectionDeclaration> shown = visibleDeclarations(campaignId, Action.PRINT).stream()
                    .filter(d -> finalWanted == null || finalWanted.contains(d.unitId())).toList();
            if (shown.isEmpty()) {
                throw new ServiceException("error.selfInspection.nobodyToPrint", campaign.number());
            }
            Map<UUID, String> ids = new LinkedHashMap<>();
            cadres.findByIds(shown.stream().map(SelfInspectionDeclaration::cadreId).toList())
                    .forEach((k, c) -> ids.put(k, IdNumber.mask(c.idNumber().value())));
            return new Data(campaign, shown, ids);
        });
        PrintableDocument document = new ReportDocument(reports.get().forms(data.campaign(), data.shown(), data.ids(),
                rectifications.bureauName(), locale), stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, campaignId, data.campaign().number(), null,
                Map.of("form", "self-inspection-form", "cadres", data.shown().size(), "pages", document.pageCount()), null));
        return document;
    }

    /** 专项自查情况汇总表: progress per unit and the 有 per checklist item; one PRINT event. */
    public PrintableDocument printSummary(UUID campaignId, Locale locale) {
        SelfInspectionCampaign campaign = find(campaignId);
        List<SelfInspectionDeclaration> shown = declarations(campaignId);
        PrintableDocument document = new ReportDocument(reports.get().summary(campaign, shown,
                rectifications.bureauName(), stamps.today(), locale), stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, campaignId, campaign.number(), null,
                Map.of("form", "self-inspection-summary", "cadres", shown.size(), "pages", document.pageCount()), null));
        return document;
    }

    private Set<UUID> subtrees(List<UUID> unitIds) {
        UnitTree tree = new UnitTree(units.findAll());
        Set<UUID> all = new HashSet<>();
        for (UUID unit : unitIds) {
            tree.selfAndDescendants(unit).stream().map(OrgUnit::id).forEach(all::add);
        }
        return all;
    }

    private int sendTo(UUID campaignId, List<UUID> chosen, Stamping stamp) {
        UnitTree tree = new UnitTree(units.findAll());
        List<UUID> reach = new ArrayList<>();
        for (UUID unit : chosen) {
            tree.selfAndDescendants(unit).forEach(u -> {
                if (!reach.contains(u.id())) {
                    reach.add(u.id());
                }
            });
        }
        Set<UUID> already = new HashSet<>(campaigns.cadreIdsOf(campaignId));
        List<UUID[]> rows = new ArrayList<>();
        for (Cadre c : cadres.findLiveByUnits(reach)) {
            if (already.add(c.id())) {
                rows.add(new UUID[] {c.id(), c.unitId()});
            }
        }
        campaigns.addUnits(campaignId, chosen);
        campaigns.insertDeclarations(campaignId, rows, stamp);
        return rows.size();
    }

    private List<UUID> chosenUnits(List<UUID> unitIds, Action action) {
        if (unitIds == null || unitIds.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("units", "validation.selfInspection.noUnits")));
        }
        UnitTree tree = new UnitTree(units.findAll());
        List<UUID> chosen = new ArrayList<>();
        for (UUID unit : unitIds) {
            if (tree.find(unit).isEmpty()) {
                throw new ValidationException(List.of(new FieldError("units", "validation.unit.unknown")));
            }
            access.require(action, unit);
            if (!chosen.contains(unit)) {
                chosen.add(unit);
            }
        }
        return chosen;
    }

    private List<SelfInspectionDeclaration> visibleDeclarations(UUID campaignId, Action action) {
        AccessControl.Scope scope = access.scope(action);
        return campaigns.declarationsOf(campaignId).stream()
                .filter(d -> RectificationService.canSee(scope, d.unitId(), d.cadreId())).toList();
    }

    /** Whether the campaign reaches the user's units: sent to one of them or to a unit above them. */
    private static boolean visible(AccessControl.Scope scope, UnitTree tree, SelfInspectionCampaign c) {
        return scope.visibleUnits() == null || c.unitIds().stream().anyMatch(target -> scope.visibleUnits().stream()
                .anyMatch(mine -> tree.isSelfOrDescendant(mine, target) || tree.isSelfOrDescendant(target, mine)));
    }

    private SelfInspectionCampaign readable(UUID id, Action action) {
        SelfInspectionCampaign campaign = campaigns.findById(id)
                .orElseThrow(() -> new ServiceException("error.selfInspection.notFound"));
        if (!visible(access.scope(action), new UnitTree(units.findAll()), campaign)) {
            throw new org.integritydesk.service.security.AccessDeniedException("error.access.otherUnit");
        }
        return campaign;
    }

    /** A campaign the user may change: every unit it was sent to lies in the user's reach. */
    private SelfInspectionCampaign writable(UUID id, Action action) {
        SelfInspectionCampaign campaign = readable(id, action);
        campaign.unitIds().forEach(unit -> access.require(action, unit));
        return campaign;
    }

    private SelfInspectionDeclaration readableDeclaration(UUID id, Action action) {
        SelfInspectionDeclaration d = campaigns.findDeclaration(id)
                .orElseThrow(() -> new ServiceException("error.selfInspection.noDeclaration"));
        access.require(action, d.unitId());
        access.requireNotRecused(d.cadreId());
        return d;
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> fields(SelfInspectionCampaign c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("number", c.number());
        f.put("title", c.title());
        f.put("year", c.year());
        f.put("startsOn", c.startsOn().toString());
        f.put("endsOn", c.endsOn().toString());
        f.put("description", c.description() == null ? "" : c.description());
        f.put("items", c.items());
        return f;
    }

    private static Map<String, Object> declarationFields(SelfInspectionDeclaration d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cadre", d.cadreName());
        f.put("declaredOn", d.declaredOn() == null ? "" : d.declaredOn().toString());
        List<String> answers = new ArrayList<>();
        for (DeclarationAnswer a : d.answers()) {
            answers.add(a.position() + (a.issue() ? ":有:" + a.explanation() : ":无"));
        }
        f.put("answers", answers);
        return f;
    }
}

package org.integritydesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.PreAppointmentTalks;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkRules;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.TalkRecordReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.TalkRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * Integrity talks (廉政谈话): list, record, edit, delete, the cadres missing a pre-appointment talk,
 * and the 廉政谈话记录表. Access follows the cadre talked to: a clerk reaches the talks of the cadres
 * of their unit and the units below it. Every change and printout is one audit event in its transaction.
 * A talk dated in a closed year (归档) is not created, changed, moved or deleted ({@link ClosedYears}).
 */
public final class TalkService {
    private final Transactions tx;
    private final TalkRepository talks;
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final Supplier<TalkRecordReport> report;
    private final ClosedYears closedYears;

    public TalkService(Transactions tx, TalkRepository talks, CadreRepository cadres, UnitRepository units, Stamps stamps,
            AccessControl access, AuditTrail audit, SetupService setup, Supplier<TalkRecordReport> report,
            ClosedYears closedYears) {
        this.tx = tx;
        this.talks = talks;
        this.cadres = cadres;
        this.units = units;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.report = report;
        this.closedYears = closedYears;
    }

    /** The talks of {@code year} the user may see, newest first. */
    public List<TalkSummary> listTalks(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return talks.listLive(year).stream().filter(t -> scope.canSee(t.unitId(), t.cadreId())).toList();
        });
    }

    /** How many talks {@link #listTalks} lists, counted without reading them. */
    public long countTalks(int year) {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return talks.countLive(year, scope.visibleUnits(), scope.recused());
        });
    }

    /** 缺任前谈话: the visible active cadres in an important position without a pre-appointment talk. */
    public List<CadreSummary> missingPreAppointmentTalks() {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            // The database narrows the cadres to those without the talk; the rule decides on them.
            List<CadreSummary> visible = cadres.listImportantActiveWithoutTalk(TalkKind.PRE_APPOINTMENT.name()).stream()
                    .filter(c -> scope.canSee(c.unitId(), c.id())).toList();
            return PreAppointmentTalks.missing(visible, java.util.Set.of());
        });
    }

    /** A stored talk opened for editing: the row (its version is what the save checks) and the form content. */
    public record Editing(Talk talk, TalkDraft draft) {
    }

    public Editing forEditing(UUID talkId) {
        return tx.read(() -> {
            Talk t = live(talkId, Action.UPDATE);
            return new Editing(t, new TalkDraft(t.cadreId(), t.kind(), t.date(), t.talkerName(), t.talkerCadreId(),
                    t.recorderName(), t.content(), t.statement(), t.followUp()));
        });
    }

    /** The form's rules plus what only the database knows (the cadres exist, the user may reach them). */
    public List<FieldError> validate(TalkDraft draft) {
        return tx.read(() -> collectErrors(draft));
    }

    public Talk create(TalkDraft draft) {
        return tx.inTransaction(() -> {
            Cadre cadre = cadreFor(draft, Action.CREATE);
            throwIfInvalid(draft);
            closedYears.requireOpen(draft.date());
            Talk talk = toTalk(UUID.randomUUID(), draft, RecordStamp.NEW);
            talks.insert(talk, stamps.next());
            Talk saved = talks.findById(talk.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.TALK, saved.id(), label(saved, cadre), null, fields(saved, cadre),
                    null);
            return saved;
        });
    }

    /**
     * Saves the form over the stored talk if nobody saved it since {@code version} was read;
     * otherwise refuses with {@link ConcurrentEditException} and changes nothing.
     */
    public Talk update(UUID talkId, int version, TalkDraft draft) {
        return tx.inTransaction(() -> {
            Talk current = live(talkId, Action.UPDATE);
            Cadre before = cadres.findById(current.cadreId()).orElseThrow();
            Cadre cadre = cadreFor(draft, Action.UPDATE);
            throwIfInvalid(draft);
            closedYears.requireOpen(current.date());
            closedYears.requireOpen(draft.date());
            Talk changed = toTalk(talkId, draft, new RecordStamp(null, null, null, null, version));
            try {
                talks.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current, before), e);
            }
            Talk saved = talks.findById(talkId).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current, before), fields(saved, cadre));
            audit.record(AuditKind.UPDATE, AuditTrail.TALK, talkId, label(saved, cadre), changes.before(),
                    changes.after(), null);
            return saved;
        });
    }

    public void delete(UUID talkId, int version) {
        tx.run(() -> {
            Talk current = live(talkId, Action.DELETE);
            Cadre cadre = cadres.findById(current.cadreId()).orElseThrow();
            closedYears.requireOpen(current.date());
            try {
                talks.softDelete(talkId, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current, cadre), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.TALK, talkId, label(current, cadre), fields(current, cadre), null,
                    null);
        });
    }

    /** Which talks a printout covers. */
    public sealed interface Selection {
        record One(UUID talkId) implements Selection {
        }

        /** These talks (what the list shows), in date order. */
        record Some(List<UUID> talkIds) implements Selection {
        }

        /** The talks of a year, of one unit with the units below it when {@code unitCode} is given. */
        record ByYear(int year, String unitCode) implements Selection {
        }
    }

    /**
     * Fills the 廉政谈话记录表 of the selected talks the user may print, one sheet each, and records
     * the printout (a cancelled fill records nothing). Slow: call it off the JavaFX thread.
     */
    public PrintableDocument print(Selection selection, Locale locale, String purpose, ProgressListener progress,
            BooleanSupplier cancelled) {
        Gathered gathered = tx.read(() -> gather(selection));
        if (gathered.sheets().isEmpty()) {
            throw new ServiceException("error.talk.nothingToPrint");
        }
        return BatchPrints.fillAndRecord(tx, setup, stamps, audit,
                (bureau, listener, stop) -> report.get().fill(gathered.sheets(), bureau, locale, listener, stop),
                progress, cancelled, new BatchPrints.Printed(AuditTrail.TALK, gathered.recordId(), gathered.label(),
                        "talk-record", gathered.selection(), "talks", gathered.sheets().size()),
                purpose);
    }

    private record Gathered(List<TalkRecordReport.Sheet> sheets, String selection, UUID recordId, String label) {
    }

    private Gathered gather(Selection selection) {
        UnitTree tree = new UnitTree(units.findAll());
        if (selection instanceof Selection.One one) {
            Talk talk = live(one.talkId(), Action.PRINT);
            Cadre cadre = cadres.findById(talk.cadreId()).orElseThrow();
            return new Gathered(List.of(sheet(talk, cadre, tree)), "talk", talk.id(), label(talk, cadre));
        }
        List<TalkSummary> rows;
        String what;
        String label = null;
        if (selection instanceof Selection.Some some) {
            rows = talks.findSummaries(some.talkIds());
            what = "talks";
        } else {
            Selection.ByYear byYear = (Selection.ByYear) selection;
            rows = new ArrayList<>(talks.listLive(byYear.year()));
            java.util.Collections.reverse(rows);
            what = "year " + byYear.year();
            if (byYear.unitCode() != null) {
                BatchPrints.UnitScope narrowed = BatchPrints.unitScope(tree, byYear.unitCode(), access);
                rows = rows.stream().filter(r -> narrowed.unitIds().contains(r.unitId())).toList();
                what += " unit " + narrowed.unit().code();
                label = narrowed.unit().name();
            }
        }
        AccessControl.Scope scope = access.scope(Action.PRINT);
        List<TalkRecordReport.Sheet> sheets = new ArrayList<>();
        for (TalkSummary row : rows) {
            if (scope.canSee(row.unitId(), row.cadreId())) {
                Talk talk = talks.findById(row.id()).orElseThrow();
                sheets.add(sheet(talk, cadres.findById(row.cadreId()).orElseThrow(), tree));
            }
        }
        return new Gathered(sheets, what, null, label);
    }

    private static TalkRecordReport.Sheet sheet(Talk t, Cadre c, UnitTree tree) {
        String unit = tree.find(c.unitId()).map(OrgUnit::name).orElse("");
        return new TalkRecordReport.Sheet(unit, c.name(), c.idNumber(), c.position(), t.kind(), t.date(), t.talkerName(),
                t.recorderName(), t.content(), t.statement(), t.followUp());
    }

    /**
     * The 廉政谈话 section of the cadre's file: each talk (date, kind, talker and content), and a
     * "缺任前谈话" line without a date while an important-position cadre has no pre-appointment talk.
     */
    public FileSections.Source fileSource(Messages messages) {
        return new FileSections.Source() {
            @Override
            public FileSection section() {
                return FileSection.TALKS;
            }

            @Override
            public List<SectionEntry> entries(UUID cadreId) {
                List<SectionEntry> entries = new ArrayList<>();
                List<Talk> found = talks.findByCadre(cadreId);
                cadres.findById(cadreId).ifPresent(c -> {
                    boolean has = found.stream().anyMatch(t -> t.kind() == TalkKind.PRE_APPOINTMENT);
                    if (PreAppointmentTalks.isMissing(c.importantPosition(), c.status(), has)) {
                        entries.add(new SectionEntry(null, messages.get("talk.missingPreAppointment"),
                                messages.get("talk.missingPreAppointment.detail")));
                    }
                });
                for (Talk t : found) {
                    entries.add(new SectionEntry(t.date(), messages.label(t.kind()),
                            messages.get("talk.fileEntry", t.talkerName(), abbreviate(t.content()))));
                }
                return entries;
            }
        };
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return PersonName.codePointLength(oneLine) <= 60 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 60)) + "…";
    }

    private Talk live(UUID talkId, Action action) {
        Talk talk = talks.findById(talkId).filter(t -> t.deletedAt() == null)
                .orElseThrow(() -> new ServiceException("error.talk.notFound"));
        Cadre cadre = cadres.findById(talk.cadreId()).orElseThrow(() -> new ServiceException("error.cadre.notFound"));
        access.require(action, cadre.unitId());
        access.requireNotRecused(cadre.id());
        return talk;
    }

    /** The cadre talked to, checked for {@code action}; null when the draft names none (a field error follows). */
    private Cadre cadreFor(TalkDraft draft, Action action) {
        if (draft.cadreId() == null) {
            access.require(action);
            return null;
        }
        Cadre cadre = cadres.findById(draft.cadreId()).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new ValidationException(List.of(new FieldError("cadre", "validation.talk.cadreUnknown"))));
        access.require(action, cadre.unitId());
        access.requireNotRecused(cadre.id());
        return cadre;
    }

    private void throwIfInvalid(TalkDraft draft) {
        List<FieldError> errors = collectErrors(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private List<FieldError> collectErrors(TalkDraft draft) {
        String cadreName = draft.cadreId() == null ? null
                : cadres.findById(draft.cadreId()).filter(c -> !c.isDeleted()).map(Cadre::name).orElse(null);
        List<FieldError> errors = new ArrayList<>(TalkRules.check(draft, cadreName, stamps.today()));
        if (draft.cadreId() != null && cadreName == null && errors.stream().noneMatch(e -> e.field().equals("cadre"))) {
            errors.add(new FieldError("cadre", "validation.talk.cadreUnknown"));
        }
        if (draft.talkerCadreId() != null && cadres.findById(draft.talkerCadreId()).filter(c -> !c.isDeleted()).isEmpty()
                && errors.stream().noneMatch(e -> e.field().equals("talker"))) {
            errors.add(new FieldError("talker", "validation.talk.cadreUnknown"));
        }
        return errors;
    }

    private static Talk toTalk(UUID id, TalkDraft d, RecordStamp stamp) {
        return new Talk(id, d.cadreId(), d.kind(), d.date(), PersonName.normalise(d.talkerName()), d.talkerCadreId(),
                PersonName.normalise(d.recorderName()), d.content().strip(), trimToNull(d.statement()),
                trimToNull(d.followUp()), stamp, null);
    }

    private static String label(Talk talk, Cadre cadre) {
        return (cadre == null ? "" : cadre.name()) + " " + talk.date();
    }

    private static Map<String, Object> fields(Talk t, Cadre cadre) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cadre", cadre == null ? String.valueOf(t.cadreId()) : cadre.name());
        f.put("kind", t.kind().name());
        f.put("date", t.date().toString());
        f.put("talker", t.talkerName());
        if (t.talkerCadreId() != null) {
            f.put("talkerCadreId", t.talkerCadreId().toString());
        }
        f.put("recorder", t.recorderName());
        f.put("content", t.content());
        if (t.statement() != null) {
            f.put("statement", t.statement());
        }
        if (t.followUp() != null) {
            f.put("followUp", t.followUp());
        }
        return f;
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** This year in the service's clock: the lists open on it. */
    public int currentYear() {
        return LocalDate.now(stamps.clock()).getYear();
    }
}

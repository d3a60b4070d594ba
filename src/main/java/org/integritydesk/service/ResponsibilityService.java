package org.integritydesk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.integritydesk.model.Action;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.ResponsibilityDraft;
import org.integritydesk.model.ResponsibilityFilter;
import org.integritydesk.model.ResponsibilityProgress;
import org.integritydesk.model.ResponsibilityRules;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.model.TodoItem;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.UserAccount;
import org.integritydesk.report.ResponsibilityReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.ResponsibilityRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * Responsibility tasks (党风廉政建设责任分解, 一岗双责): each year the county bureau's inspectors define
 * tasks (text, category, responsible unit and leading cadre, deadline) and copy last year's into a
 * new year in one step; clerks record each quarter's progress (完成 / 未完成, 落实情况, evidence
 * files) for the tasks of their unit and the units below it; leaders read and print. Every change is
 * one audit event in its transaction, and nothing of a closed year changes.
 */
public final class ResponsibilityService {
    /** The owner type of a progress entry's evidence files. */
    public static final String OWNER_TYPE = "responsibility_progress";
    /** The home tab's to-do group of overdue tasks. */
    public static final String TODO_OVERDUE = "todo.overdueResponsibilityTask";
    /** The main-window tab holding the tasks. */
    public static final String TAB_ID = "responsibilityTab";

    private final Transactions tx;
    private final ResponsibilityRepository tasks;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final ClosedYears closedYears;
    private final Supplier<ResponsibilityReport> reports;

    public ResponsibilityService(Transactions tx, ResponsibilityRepository tasks, UnitRepository units,
            CadreRepository cadres, Stamps stamps, AccessControl access, AuditTrail audit, SetupService setup,
            ClosedYears closedYears, Supplier<ResponsibilityReport> reports) {
        this.tx = tx;
        this.tasks = tasks;
        this.units = units;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.closedYears = closedYears;
        this.reports = reports;
    }

    public LocalDate today() {
        return stamps.today();
    }

    /** The years that hold tasks, newest first, with this year and the next always among them. */
    public List<Integer> years() {
        return tx.read(() -> {
            access.require(Action.VIEW);
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
            years.addAll(tasks.years());
            int thisYear = stamps.today().getYear();
            years.add(thisYear);
            years.add(thisYear + 1);
            return List.copyOf(years);
        });
    }

    /** Whether the user may define tasks (add, change, delete, copy a year). */
    public boolean mayDefine() {
        return tx.read(() -> access.allows(Action.MANAGE_RESPONSIBILITY, null));
    }

    /** Whether the user may record progress of {@code task} (its unit is theirs, or they are an inspector). */
    public boolean mayRecord(ResponsibilityTask task) {
        return task != null && tx.read(() -> access.allows(Action.UPDATE, task.unitId()));
    }

    /** The year's tasks the user may see, with their progress, in order. */
    public List<ResponsibilityTask> list(int year) {
        return tx.read(() -> visible(year));
    }

    /** The tasks the filter lets through, of those the user may see. */
    public List<ResponsibilityTask> list(ResponsibilityFilter filter) {
        LocalDate today = stamps.today();
        return list(filter.year()).stream().filter(filter.predicate(today)).toList();
    }

    private List<ResponsibilityTask> visible(int year) {
        AccessControl.Scope scope = access.scope(Action.VIEW);
        return withProgress(year).stream()
                .filter(t -> scope.visibleUnits() == null || scope.visibleUnits().contains(t.unitId())).toList();
    }

    /** Every task of the year with its progress, unchecked (callers check). */
    private List<ResponsibilityTask> withProgress(int year) {
        Map<UUID, List<ResponsibilityProgress>> byTask = tasks.progressOfYear(year).stream()
                .collect(Collectors.groupingBy(ResponsibilityProgress::taskId));
        return tasks.listYear(year).stream().map(t -> t.withProgress(byTask.getOrDefault(t.id(), List.of()))).toList();
    }

    public ResponsibilityTask find(UUID id) {
        return tx.read(() -> readable(id, Action.VIEW));
    }

    /** The form's rules plus those only the database answers (the unit and the cadre exist). */
    public List<FieldError> validate(ResponsibilityDraft draft) {
        return tx.read(() -> collectErrors(draft));
    }

    public ResponsibilityTask create(ResponsibilityDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_RESPONSIBILITY);
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(draft.year());
            Stamping stamp = stamps.next();
            ResponsibilityTask task = new ResponsibilityTask(UUID.randomUUID(), draft.year(),
                    tasks.lastSeq(draft.year()) + 1, draft.category(), draft.text().strip(), draft.unitId(), null,
                    draft.leaderId(), null, draft.deadline(), List.of(), RecordStamp.NEW);
            tasks.insert(task, stamp);
            ResponsibilityTask created = tasks.findById(task.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.RESPONSIBILITY_TASK, created.id(), label(created), null,
                    fields(created), null);
            return created;
        });
    }

    /** Saves the form over a task, if nobody saved it since {@code version} was read. */
    public ResponsibilityTask update(UUID id, int version, ResponsibilityDraft draft) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_RESPONSIBILITY);
            ResponsibilityTask current = live(id);
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(current.year());
            closedYears.requireOpen(draft.year());
            if (draft.year() != current.year() && !tasks.progressOf(id).isEmpty()) {
                throw new ServiceException("error.responsibility.yearWithProgress", label(current));
            }
            ResponsibilityTask changed = new ResponsibilityTask(id, draft.year(), current.seq(), draft.category(),
                    draft.text().strip(), draft.unitId(), null, draft.leaderId(), null, draft.deadline(), List.of(),
                    new RecordStamp(null, null, null, null, version));
            try {
                tasks.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current), e);
            }
            ResponsibilityTask saved = tasks.findById(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, AuditTrail.RESPONSIBILITY_TASK, id, label(saved), changes.before(),
                    changes.after(), null);
            return saved.withProgress(tasks.progressOf(id));
        });
    }

    /** Deletes a task (soft); its progress entries go with it. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            access.require(Action.MANAGE_RESPONSIBILITY);
            ResponsibilityTask current = live(id);
            closedYears.requireOpen(current.year());
            try {
                tasks.softDelete(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(label(current), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.RESPONSIBILITY_TASK, id, label(current), fields(current), null,
                    null);
        });
    }

    /**
     * Copies every task of {@code from} into {@code to} in one step: the same text, category, unit
     * and leader (when the cadre is still in the files), the deadline moved by the years between,
     * no progress. Refused when {@code to} already holds tasks or is closed; one audit event.
     *
     * @return how many tasks were copied
     */
    public int copyYear(int from, int to) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_RESPONSIBILITY);
            if (to < ResponsibilityRules.EARLIEST_YEAR || to > ResponsibilityRules.LATEST_YEAR || to == from) {
                throw new ServiceException("error.responsibility.copyYear", from, to);
            }
            closedYears.requireOpen(to);
            if (!tasks.listYear(to).isEmpty()) {
                throw new ServiceException("error.responsibility.targetHasTasks", to);
            }
            List<ResponsibilityTask> source = tasks.listYear(from);
            if (source.isEmpty()) {
                throw new ServiceException("error.responsibility.nothingToCopy", from);
            }
            Set<UUID> live = Set.copyOf(tasks.liveCadres(source.stream().map(ResponsibilityTask::leaderId)
                    .filter(java.util.Objects::nonNull).distinct().toList()));
            List<ResponsibilityTask> copies = new ArrayList<>();
            int seq = tasks.lastSeq(to);
            for (ResponsibilityTask t : source) {
                copies.add(new ResponsibilityTask(UUID.randomUUID(), to, ++seq, t.category(), t.text(), t.unitId(), null,
                        t.leaderId() != null && live.contains(t.leaderId()) ? t.leaderId() : null, null,
                        t.deadline().plusYears(to - from), List.of(), RecordStamp.NEW));
            }
            tasks.insertAll(copies, stamps.next());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("from", from);
            after.put("to", to);
            after.put("tasks", copies.size());
            audit.record(AuditKind.CREATE, AuditTrail.RESPONSIBILITY_TASK, null,
                    to + " 年度责任分解（复制自 " + from + " 年度）", null, after, null);
            return copies.size();
        });
    }

    /**
     * Records (or corrects) a quarter's progress of a task: 完成 / 未完成 and 落实情况. {@code version}
     * is the entry's version as read (0 when there was none): a save in between is refused.
     */
    public ResponsibilityTask recordProgress(UUID taskId, Quarter quarter, ProgressResult result, String note,
            int version) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.UPDATE);
            ResponsibilityTask task = live(taskId);
            access.require(Action.UPDATE, task.unitId());
            throwIfInvalid(ResponsibilityRules.checkProgress(task.year(), quarter, result, note, stamps.today()));
            closedYears.requireOpen(task.year());
            Optional<ResponsibilityProgress> existing = tasks.progressOf(taskId).stream()
                    .filter(p -> p.quarter() == quarter).findFirst();
            String text = note.strip();
            Stamping stamp = stamps.next();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("quarter", quarter.name());
            after.put("result", result.name());
            after.put("note", text);
            String label = label(task) + " / " + quarter.name();
            if (existing.isEmpty()) {
                if (version != 0) {
                    throw new ConcurrentEditException(label, null);
                }
                ResponsibilityProgress entry = new ResponsibilityProgress(UUID.randomUUID(), taskId, quarter, result,
                        text, stamps.today(), user.username(), RecordStamp.NEW);
                tasks.insertProgress(entry, stamp);
                audit.record(AuditKind.CREATE, AuditTrail.RESPONSIBILITY_PROGRESS, entry.id(), label, null, after,
                        null);
            } else {
                ResponsibilityProgress old = existing.get();
                ResponsibilityProgress changed = new ResponsibilityProgress(old.id(), taskId, quarter, result, text,
                        stamps.today(), user.username(), new RecordStamp(null, null, null, null, version));
                try {
                    tasks.updateProgress(changed, stamp);
                } catch (VersionConflictException e) {
                    throw new ConcurrentEditException(label, e);
                }
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("quarter", quarter.name());
                before.put("result", old.result().name());
                before.put("note", old.note());
                AuditText.Changes changes = AuditText.changes(before, after);
                audit.record(AuditKind.UPDATE, AuditTrail.RESPONSIBILITY_PROGRESS, old.id(), label, changes.before(),
                        changes.after(), null);
            }
            return task.withProgress(tasks.progressOf(taskId));
        });
    }

    /** 党风廉政建设责任分解表: the tasks the filter lets through, landscape, headed with the filter in words; one PRINT event. */
    public PrintableDocument print(ResponsibilityFilter filter, String filterText, Locale locale) {
        tx.read(() -> access.require(Action.PRINT));
        List<ResponsibilityTask> shown = list(filter);
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        PrintableDocument document = new ReportDocument(reports.get().table(shown, bureau, filter.year(), filterText,
                stamps.today(), locale), stamps.clock());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", "responsibility");
        details.put("year", filter.year());
        details.put("filter", filterText == null ? "" : filterText);
        details.put("tasks", shown.size());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, AuditTrail.RESPONSIBILITY_TASK, null, filter.year() + " 年度责任分解表",
                null, details, null));
        return document;
    }

    /**
     * The guard of a progress entry's evidence files: whoever may see the task sees them; whoever may
     * record its progress (and only while its year is open) adds and removes them.
     */
    public AttachmentService.OwnerAccess attachmentAccess() {
        return new AttachmentService.OwnerAccess() {
            @Override
            public String ownerType() {
                return OWNER_TYPE;
            }

            @Override
            public String requireView(UUID ownerId) {
                ResponsibilityProgress entry = progress(ownerId);
                ResponsibilityTask task = readable(entry.taskId(), Action.VIEW);
                return label(task) + " / " + entry.quarter().name();
            }

            @Override
            public String requireChange(UUID ownerId) {
                ResponsibilityProgress entry = progress(ownerId);
                ResponsibilityTask task = readable(entry.taskId(), Action.UPDATE);
                closedYears.requireOpen(task.year());
                return label(task) + " / " + entry.quarter().name();
            }
        };
    }

    /**
     * The assessment's {@link AssessmentInput#RESPONSIBILITY_TASKS_COMPLETED_RATE}: per responsible
     * leading cadre, the tasks of the year that are complete ÷ the tasks due in the year (every task
     * of a year has its deadline in that year).
     */
    public AssessmentInputSource assessmentSource() {
        return new AssessmentInputSource() {
            @Override
            public Set<AssessmentInput> supplies() {
                return Set.of(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE);
            }

            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                Map<UUID, int[]> counts = new HashMap<>();
                for (ResponsibilityTask t : withProgress(year)) {
                    if (t.leaderId() != null) {
                        int[] c = counts.computeIfAbsent(t.leaderId(), k -> new int[2]);
                        c[1]++;
                        if (t.complete()) {
                            c[0]++;
                        }
                    }
                }
                Map<UUID, BigDecimal> rates = new HashMap<>();
                counts.forEach((cadre, c) -> rates.put(cadre, rate(c[0], c[1])));
                Map<AssessmentInput, Map<UUID, BigDecimal>> values = new EnumMap<>(AssessmentInput.class);
                values.put(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE, rates);
                return values;
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                LocalDate today = stamps.today();
                Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
                List<String> lines = withProgress(year).stream()
                        .filter(t -> cadreId.equals(t.leaderId()))
                        .sorted(Comparator.comparing(ResponsibilityTask::deadline).thenComparing(ResponsibilityTask::seq))
                        .map(t -> t.deadline() + " " + t.text() + " " + zh.label(t.status(today)))
                        .toList();
                Map<AssessmentInput, List<String>> records = new EnumMap<>(AssessmentInput.class);
                records.put(AssessmentInput.RESPONSIBILITY_TASKS_COMPLETED_RATE, lines);
                return records;
            }
        };
    }

    /** completed ÷ due as a fraction from 0 to 1, four places. */
    static BigDecimal rate(int completed, int due) {
        return due == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
    }

    /**
     * The home tab's to-dos: the overdue tasks the user may see (this year's and last year's), most
     * overdue first, written in {@code messages}' language.
     */
    public HomeSources.Todos todos(Messages messages) {
        return today -> tx.read(() -> {
            if (!access.allows(Action.MANAGE_RESPONSIBILITY, null) && !mayView()) {
                return List.<TodoItem>of();
            }
            List<ResponsibilityTask> overdue = new ArrayList<>();
            for (int year : List.of(today.getYear() - 1, today.getYear())) {
                visible(year).stream().filter(t -> t.status(today) == ResponsibilityStatus.OVERDUE)
                        .forEach(overdue::add);
            }
            overdue.sort(Comparator.comparing(ResponsibilityTask::deadline).thenComparing(ResponsibilityTask::seq));
            return overdue.stream().map(t -> new TodoItem(TODO_OVERDUE,
                    messages.get("responsibility.todo.text", t.unitName(),
                            t.leaderName() == null ? "" : t.leaderName(), t.text()),
                    t.deadline(), TAB_ID, t.id().toString())).toList();
        });
    }

    /** Whether the user's role reads records at all (an administrator does not: no to-dos for them). */
    private boolean mayView() {
        try {
            access.require(Action.VIEW);
            return true;
        } catch (org.integritydesk.service.security.AccessDeniedException e) {
            return false;
        }
    }

    private ResponsibilityProgress progress(UUID progressId) {
        return tasks.findProgress(progressId)
                .orElseThrow(() -> new ServiceException("error.responsibility.notFound"));
    }

    private ResponsibilityTask live(UUID id) {
        return tasks.findById(id).orElseThrow(() -> new ServiceException("error.responsibility.notFound"));
    }

    private ResponsibilityTask readable(UUID id, Action action) {
        ResponsibilityTask task = live(id);
        access.require(action, task.unitId());
        return task.withProgress(tasks.progressOf(id));
    }

    List<FieldError> collectErrors(ResponsibilityDraft draft) {
        List<FieldError> errors = new ArrayList<>(ResponsibilityRules.check(draft));
        UnitTree tree = new UnitTree(units.findAll());
        if (draft.unitId() != null && tree.find(draft.unitId()).isEmpty()) {
            errors.add(new FieldError("unit", "validation.unit.unknown"));
        }
        if (draft.leaderId() != null) {
            Optional<Cadre> cadre = cadres.findById(draft.leaderId());
            if (cadre.isEmpty() || cadre.get().isDeleted()) {
                errors.add(new FieldError("leader", "validation.responsibility.leaderUnknown"));
            }
        }
        return errors;
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static String label(ResponsibilityTask t) {
        String text = t.text();
        int cut = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), 30));
        return t.year() + "-" + t.seq() + " " + text.substring(0, cut);
    }

    static Map<String, Object> fields(ResponsibilityTask t) {
        Map<String, Object> f = new TreeMap<>();
        f.put("year", t.year());
        f.put("category", t.category().name());
        f.put("text", t.text());
        f.put("unit", t.unitName() == null ? String.valueOf(t.unitId()) : t.unitName());
        f.put("leader", t.leaderName() == null ? "" : t.leaderName());
        f.put("deadline", t.deadline().toString());
        return f;
    }
}

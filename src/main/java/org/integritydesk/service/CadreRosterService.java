package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.CadreRules;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Gender;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.ImportValues;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.MobileNumber;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.RowProblem;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.SettingsRepository;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;

/**
 * Imports a cadre roster (干部名册) read from a file: a preview saying what each row would do and
 * why a row cannot be imported, then the import itself in one transaction. Every row goes through
 * {@link CadreService#create} or {@link CadreService#update}, so access, validation and the audit
 * trail are the form's own; a row whose ID number is already stored updates that cadre (importing
 * the same file twice changes nothing the second time). A blank cell in a mapped column keeps the
 * stored value; the family-business rows are never touched.
 */
public final class CadreRosterService {
    /** Setting under which the last mapping is remembered (field = header name, one a line). */
    static final String MAPPING_SETTING = "import.cadres.mapping";
    /** More rows than this are refused before anything is checked: import the file in parts. */
    public static final int MAX_ROWS = 20_000;

    /** What importing a row would do. */
    public enum Outcome { CREATE, UPDATE, UNCHANGED, REJECTED }

    /**
     * One row's fate: its number in the file, the name and masked ID number as read, and the problems
     * that keep it out (empty unless REJECTED).
     */
    public record RowPlan(int rowNumber, String name, String maskedIdNumber, String unitName, Outcome outcome,
            List<RowProblem> problems, CadreDraft draft, UUID existingId, int version) {
    }

    /** The preview: every row's plan, in file order. */
    public record Preview(String source, List<RowPlan> rows) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        public List<RowPlan> rejected() {
            return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).toList();
        }
    }

    /** What the import did; {@code importedNothing} when all-or-nothing met a rejected row. */
    public record Result(int created, int updated, int unchanged, List<RowPlan> rejected, boolean importedNothing) {
        /** Rows now in the database as the file has them. */
        public int imported() {
            return created + updated + unchanged;
        }
    }

    private final Transactions tx;
    private final CadreService cadreService;
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final SettingsRepository settings;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Map<String, CadreCategory> categories = new HashMap<>();
    private final Map<String, CadreStatus> statuses = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();

    public CadreRosterService(Transactions tx, CadreService cadreService, CadreRepository cadres, UnitRepository units,
            SettingsRepository settings, Stamps stamps, AccessControl access, AuditTrail audit) {
        this.tx = tx;
        this.cadreService = cadreService;
        this.cadres = cadres;
        this.units = units;
        this.settings = settings;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            labels(messages, CadreCategory.values(), categories);
            labels(messages, CadreStatus.values(), statuses);
            labels(messages, Gender.values(), genders);
        }
    }

    private static <E extends Enum<E> & Labelled> void labels(Messages messages, E[] values, Map<String, E> into) {
        for (E value : values) {
            into.put(key(messages.label(value)), value);
            into.put(key(value.name()), value);
        }
    }

    private static String key(String text) {
        return text.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The header names of the last mapping imported with, by field (empty the first time). */
    public Map<ImportField, String> rememberedHeaders() {
        return tx.read(() -> decode(settings.get(MAPPING_SETTING).orElse("")));
    }

    /**
     * What importing the rows would do, changing nothing.
     *
     * @throws ServiceException {@code error.access.denied} when the user may not add cadres,
     *         {@code import.error.tooManyRows}, {@code import.error.cancelled}
     */
    public Preview preview(SheetData sheet, ImportMapping mapping, ProgressListener progress, BooleanSupplier cancelled) {
        return tx.read(() -> plan(sheet, mapping, progress, cancelled));
    }

    /**
     * Imports the rows in one transaction: every valid row, or when {@code allOrNothing} nothing
     * at all if any row is rejected. The rows are checked again inside the transaction (the preview
     * may be old). Remembers the mapping and records one IMPORT event; each row's own CREATE or
     * UPDATE event comes from {@link CadreService}. On any error nothing is changed.
     */
    public Result importRows(SheetData sheet, ImportMapping mapping, boolean allOrNothing, ProgressListener progress,
            BooleanSupplier cancelled) {
        return tx.inTransaction(() -> {
            Preview preview = plan(sheet, mapping, (d, t) -> progress.progress(d, 2L * t), cancelled);
            List<RowPlan> rejected = preview.rejected();
            if (allOrNothing && !rejected.isEmpty()) {
                return new Result(0, 0, 0, rejected, true);
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int done = 0;
            int total = preview.rows().size();
            for (RowPlan row : preview.rows()) {
                if (cancelled.getAsBoolean()) {
                    throw new ServiceException("import.error.cancelled");
                }
                switch (row.outcome()) {
                    case CREATE -> {
                        cadreService.create(row.draft());
                        created++;
                    }
                    case UPDATE -> {
                        cadreService.update(row.existingId(), row.version(), row.draft());
                        updated++;
                    }
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> { }
                }
                progress.progress(total + (++done), 2L * total);
            }
            settings.put(MAPPING_SETTING, encode(mapping.headerNames(sheet.headers())), stamps.next());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", sheet.source());
            after.put("created", created);
            after.put("updated", updated);
            after.put("unchanged", unchanged);
            after.put("rejected", rejected.size());
            audit.record(AuditKind.IMPORT, AuditRecordType.CADRE_IMPORT.code(), null, sheet.source(), null, after, null);
            return new Result(created, updated, unchanged, rejected, false);
        });
    }

    /** One cadre of the roster as exported: the ID number whole only where the user may see it so. */
    public record RosterEntry(Cadre cadre, String unitCode, String unitName, String idNumberShown) {
    }

    /** Receives the roster inside the export's transaction; a failure there leaves no audit event. */
    @FunctionalInterface
    public interface RosterSink {
        void accept(List<RosterEntry> entries) throws java.io.IOException;
    }

    /**
     * The live cadres the user may export (of the unit with {@code unitCode} and the units below,
     * or everyone for null), in unit and name order, handed to {@code sink}; then one EXPORT event.
     *
     * @throws ServiceException {@code error.access.denied} without EXPORT, {@code import.error.noSuchUnit}
     */
    public int exportRoster(String unitCode, String fileName, RosterSink sink) {
        return tx.inTransaction(() -> {
            AccessControl.Scope scope = access.scope(Action.EXPORT);
            org.integritydesk.model.UnitTree tree = new org.integritydesk.model.UnitTree(units.findAll());
            List<UUID> unitIds;
            if (unitCode == null) {
                unitIds = tree.inDisplayOrder().stream().map(OrgUnit::id).toList();
            } else {
                OrgUnit unit = tree.findByCode(unitCode.strip())
                        .orElseThrow(() -> new ServiceException("import.error.noSuchUnit", unitCode));
                unitIds = tree.selfAndDescendants(unit.id()).stream().map(OrgUnit::id).toList();
            }
            List<RosterEntry> entries = new ArrayList<>();
            for (Cadre cadre : cadres.findLiveByUnits(unitIds)) {
                if (scope.canSee(cadre.unitId(), cadre.id())) {
                    OrgUnit unit = tree.find(cadre.unitId()).orElse(null);
                    String id = access.allows(Action.VIEW_FULL_ID, cadre.unitId()) ? cadre.idNumber().value()
                            : cadre.idNumber().masked();
                    entries.add(new RosterEntry(cadre, unit == null ? "" : unit.code(), unit == null ? "" : unit.name(), id));
                }
            }
            try {
                sink.accept(entries);
            } catch (java.io.IOException e) {
                throw new ServiceException(e, "error.file.write", fileName, e.getMessage());
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName);
            after.put("unit", unitCode == null ? "" : unitCode);
            after.put("cadres", entries.size());
            audit.record(AuditKind.EXPORT, AuditRecordType.CADRE_ROSTER.code(), null, fileName, null, after, null);
            return entries.size();
        });
    }

    /**
     * Records that a table of the window was saved to a file (what it showed, how many rows): the
     * screen's rows were already the user's to see, so nothing is checked but that someone is signed in.
     */
    public void recordTableExport(String table, int rows, String fileName) {
        tx.run(() -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName);
            after.put("rows", rows);
            audit.record(AuditKind.EXPORT, AuditRecordType.TABLE_EXPORT.code(), null, table, null, after, null);
        });
    }

    private Preview plan(SheetData sheet, ImportMapping mapping, ProgressListener progress, BooleanSupplier cancelled) {
        AccessControl.Scope scope = access.scope(Action.CREATE);
        if (sheet.rows().size() > MAX_ROWS) {
            throw new ServiceException("import.error.tooManyRows", sheet.rows().size(), MAX_ROWS);
        }
        UnitIndex unitIndex = new UnitIndex(units.findAll());
        LocalDate today = stamps.today();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        List<RowPlan> plans = new ArrayList<>(sheet.rows().size());
        int done = 0;
        for (SheetData.Row row : sheet.rows()) {
            if (cancelled.getAsBoolean()) {
                throw new ServiceException("import.error.cancelled");
            }
            plans.add(planRow(row, mapping, unitIndex, scope, today, firstRowOfId));
            progress.progress(++done, sheet.rows().size());
        }
        return new Preview(sheet.source(), plans);
    }

    private RowPlan planRow(SheetData.Row row, ImportMapping mapping, UnitIndex unitIndex, AccessControl.Scope scope,
            LocalDate today, Map<String, Integer> firstRowOfId) {
        List<RowProblem> problems = new ArrayList<>();
        Map<ImportField, String> text = new EnumMap<>(ImportField.class);
        Map<ImportField, LocalDate> dates = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            Optional<Integer> column = mapping.columnOf(field);
            Object value = column.map(row::cell).orElse(null);
            if (field.isDate()) {
                readDate(field, value, dates, problems);
            } else {
                String t = textOf(value);
                if (!t.isEmpty()) {
                    text.put(field, t);
                }
            }
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !text.containsKey(field)) {
                problems.add(RowProblem.of(field, "import.problem.required"));
            }
        }
        Object idCell = mapping.columnOf(ImportField.ID_NUMBER).map(row::cell).orElse(null);
        if (idCell instanceof BigDecimal n && n.precision() - n.scale() >= 16) {
            // Excel keeps 15 digits of a number: the last digits of an ID typed as a number are gone
            problems.add(RowProblem.of(ImportField.ID_NUMBER, "import.problem.idAsNumber"));
            text.remove(ImportField.ID_NUMBER);
        }
        String name = text.getOrDefault(ImportField.NAME, "");
        String idText = IdNumber.normalise(text.get(ImportField.ID_NUMBER));
        String unitText = text.getOrDefault(ImportField.UNIT, "");
        IdNumber.Problem idProblem = IdNumber.check(idText, today);
        if (idProblem != IdNumber.Problem.NONE && !idText.isEmpty() && text.containsKey(ImportField.ID_NUMBER)) {
            problems.add(RowProblem.of(ImportField.ID_NUMBER, idProblem.messageKey()));
        }
        IdNumber id = idProblem == IdNumber.Problem.NONE ? IdNumber.parse(idText, today) : null;
        OrgUnit unit = null;
        if (!unitText.isEmpty()) {
            List<OrgUnit> found = unitIndex.find(unitText);
            if (found.isEmpty()) {
                problems.add(RowProblem.of(ImportField.UNIT, "import.problem.unknownUnit", unitText));
            } else if (found.size() > 1) {
                problems.add(RowProblem.of(ImportField.UNIT, "import.problem.ambiguousUnit", unitText, found.size()));
            } else {
                unit = found.get(0);
            }
        }
        CadreCategory category = choice(ImportField.CATEGORY, text, categories, problems);
        CadreStatus status = choice(ImportField.STATUS, text, statuses, problems);
        Gender gender = choice(ImportField.GENDER, text, genders, problems);
        Boolean important = null;
        if (text.containsKey(ImportField.IMPORTANT_POSITION)) {
            important = ImportValues.yesNo(text.get(ImportField.IMPORTANT_POSITION)).orElse(null);
            if (important == null) {
                problems.add(RowProblem.of(ImportField.IMPORTANT_POSITION, "import.problem.unknownChoice",
                        text.get(ImportField.IMPORTANT_POSITION)));
            }
        }
        if (id != null && gender != null && gender != id.gender()) {
            problems.add(RowProblem.of(ImportField.GENDER, "import.problem.genderMismatch"));
        }
        if (id != null && dates.containsKey(ImportField.BIRTH_DATE) && !sameBirth(dates.get(ImportField.BIRTH_DATE), id)) {
            problems.add(RowProblem.of(ImportField.BIRTH_DATE, "import.problem.birthDateMismatch"));
        }
        if (unit != null && (scope.visibleUnits() != null && !scope.visibleUnits().contains(unit.id()))) {
            problems.add(RowProblem.of(ImportField.UNIT, "import.problem.otherUnit", unit.name()));
        }
        if (id != null) {
            Integer first = firstRowOfId.putIfAbsent(id.value(), row.number());
            if (first != null) {
                problems.add(RowProblem.of(ImportField.ID_NUMBER, "import.problem.duplicateInFile", first));
            }
        }
        String masked = id != null ? id.masked() : IdNumber.mask(idText);
        String unitName = unit != null ? unit.name() : unitText;
        CadreService.Editing existing = null;
        Cadre stored = id == null ? null : cadres.findByIdNumber(id.value()).orElse(null);
        if (stored != null && stored.isDeleted()) {
            problems.add(RowProblem.of(ImportField.ID_NUMBER, "import.problem.inRecycleBin", stored.name()));
        } else if (stored != null) {
            try {
                existing = cadreService.forEditing(stored.id());
            } catch (AccessDeniedException e) {
                problems.add(RowProblem.of(ImportField.ID_NUMBER, "import.problem.noAccessToStored"));
            }
        }
        if (!problems.isEmpty()) {
            return new RowPlan(row.number(), name, masked, unitName, Outcome.REJECTED, List.copyOf(problems), null, null, 0);
        }
        CadreDraft base = existing != null ? existing.draft() : null;
        CadreDraft draft = new CadreDraft(unit.id(), pick(name, base == null ? null : base.name()), id.value(),
                pick(text.get(ImportField.ETHNICITY), base == null ? null : base.ethnicity()),
                pick(text.get(ImportField.POLITICAL_STATUS), base == null ? null : base.politicalStatus()),
                pick(text.get(ImportField.EDUCATION), base == null ? null : base.education()),
                text.get(ImportField.POSITION), category,
                important != null ? important : base != null && base.importantPosition(),
                status != null ? status : base != null ? base.status() : CadreStatus.ACTIVE,
                pick(text.get(ImportField.MOBILE), base == null ? null : base.mobile()),
                dates.containsKey(ImportField.WORK_START_DATE) ? dates.get(ImportField.WORK_START_DATE)
                        : base == null ? null : base.workStartDate(),
                dates.containsKey(ImportField.APPOINTMENT_DATE) ? dates.get(ImportField.APPOINTMENT_DATE)
                        : base == null ? null : base.appointmentDate(),
                pick(text.get(ImportField.NOTES), base == null ? null : base.notes()),
                base == null ? List.of() : base.familyBusinesses());
        for (FieldError error : CadreRules.check(draft, today)) {
            problems.add(new RowProblem(fieldOf(error.field()), error));
        }
        if (existing == null && scope.visibleUnits() != null && !scope.visibleUnits().contains(unit.id())) {
            problems.add(RowProblem.of(ImportField.UNIT, "import.problem.otherUnit", unit.name()));
        }
        if (existing != null && !access.allows(Action.UPDATE, unit.id())) {
            problems.add(RowProblem.of(ImportField.UNIT, "import.problem.otherUnit", unit.name()));
        }
        if (!problems.isEmpty()) {
            return new RowPlan(row.number(), name, masked, unitName, Outcome.REJECTED, List.copyOf(problems), null, null, 0);
        }
        if (existing == null) {
            return new RowPlan(row.number(), name, masked, unitName, Outcome.CREATE, List.of(), draft, null, 0);
        }
        Outcome outcome = same(existing.draft(), draft) ? Outcome.UNCHANGED : Outcome.UPDATE;
        return new RowPlan(row.number(), name, masked, unitName, outcome, List.of(), draft, existing.cadre().id(),
                existing.cadre().version());
    }

    private static boolean sameBirth(LocalDate written, IdNumber id) {
        LocalDate birth = id.birthDate();
        // 出生年月 written as a month only ("1985.03") names the 1st: the month is what it says
        return written.equals(birth) || written.getDayOfMonth() == 1 && written.getYear() == birth.getYear()
                && written.getMonth() == birth.getMonth();
    }

    private static String pick(String fromFile, String stored) {
        return fromFile != null ? fromFile : stored;
    }

    private <E> E choice(ImportField field, Map<ImportField, String> text, Map<String, E> known, List<RowProblem> problems) {
        String value = text.get(field);
        if (value == null) {
            return null;
        }
        E found = known.get(key(value));
        if (found == null) {
            problems.add(RowProblem.of(field, "import.problem.unknownChoice", value));
        }
        return found;
    }

    private static void readDate(ImportField field, Object value, Map<ImportField, LocalDate> dates,
            List<RowProblem> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return;
        }
        Optional<LocalDate> date;
        if (value instanceof LocalDate d) {
            date = Optional.of(d);
        } else if (value instanceof LocalDateTime t) {
            date = Optional.of(t.toLocalDate());
        } else if (value instanceof BigDecimal n) {
            date = ImportValues.date(n.toPlainString());
        } else {
            date = ImportValues.date(value.toString());
        }
        if (date.isPresent()) {
            dates.put(field, date.get());
        } else {
            problems.add(RowProblem.of(field, "import.problem.notADate", textOf(value)));
        }
    }

    /** A cell as text: numbers without exponent or trailing zeros, dates as yyyy-MM-dd, booleans as 是/否. */
    static String textOf(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return value.toString().strip();
    }

    private static ImportField fieldOf(String formField) {
        return switch (formField) {
            case "name" -> ImportField.NAME;
            case "idNumber" -> ImportField.ID_NUMBER;
            case "unit" -> ImportField.UNIT;
            case "position" -> ImportField.POSITION;
            case "category" -> ImportField.CATEGORY;
            case "status" -> ImportField.STATUS;
            case "ethnicity" -> ImportField.ETHNICITY;
            case "politicalStatus" -> ImportField.POLITICAL_STATUS;
            case "education" -> ImportField.EDUCATION;
            case "mobile" -> ImportField.MOBILE;
            case "workStartDate" -> ImportField.WORK_START_DATE;
            case "appointmentDate" -> ImportField.APPOINTMENT_DATE;
            case "notes" -> ImportField.NOTES;
            default -> null;
        };
    }

    /** Whether saving {@code draft} over {@code stored} would change nothing (texts compared as they are saved). */
    private static boolean same(CadreDraft stored, CadreDraft draft) {
        return Objects.equals(stored.unitId(), draft.unitId())
                && PersonName.normalise(stored.name()).equals(PersonName.normalise(draft.name()))
                && Objects.equals(clean(stored.ethnicity()), clean(draft.ethnicity()))
                && Objects.equals(clean(stored.politicalStatus()), clean(draft.politicalStatus()))
                && Objects.equals(clean(stored.education()), clean(draft.education()))
                && Objects.equals(clean(stored.position()), clean(draft.position()))
                && stored.category() == draft.category() && stored.importantPosition() == draft.importantPosition()
                && stored.status() == draft.status()
                && Objects.equals(mobile(stored.mobile()), mobile(draft.mobile()))
                && Objects.equals(stored.workStartDate(), draft.workStartDate())
                && Objects.equals(stored.appointmentDate(), draft.appointmentDate())
                && Objects.equals(clean(stored.notes()), clean(draft.notes()));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String mobile(String text) {
        return text == null || text.isBlank() ? null : MobileNumber.normalise(text);
    }

    static String encode(Map<ImportField, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((field, header) -> out.append(field.name()).append('=')
                .append(header.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return out.toString();
    }

    static Map<ImportField, String> decode(String text) {
        Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    headers.put(ImportField.valueOf(line.substring(0, eq)), line.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    // a field a newer version knew: ignored
                }
            }
        }
        return headers;
    }

    /** Units by code and by full name (names may repeat across sub-bureaus: then the code is needed). */
    private static final class UnitIndex {
        private final Map<String, OrgUnit> byCode = new HashMap<>();
        private final Map<String, List<OrgUnit>> byName = new HashMap<>();

        UnitIndex(List<OrgUnit> all) {
            for (OrgUnit unit : all) {
                byCode.put(unit.code().strip(), unit);
                byName.computeIfAbsent(nameKey(unit.name()), k -> new ArrayList<>()).add(unit);
            }
        }

        List<OrgUnit> find(String text) {
            OrgUnit coded = byCode.get(text.strip());
            if (coded != null) {
                return List.of(coded);
            }
            return byName.getOrDefault(nameKey(text), List.of());
        }

        private static String nameKey(String name) {
            return name.replace(" ", "").replace("\u3000", "");
        }
    }
}

package org.integritydesk.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.BallotMapping;
import org.integritydesk.model.BallotRules;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.PersonName;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.RowProblem;
import org.integritydesk.model.SheetData;
import org.integritydesk.model.TallyEntry;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.Transactions;

/**
 * A 述职述廉 session's ballot totals (测评票数汇总) from a spreadsheet: one row per reporting cadre, found
 * by ID number (or by name when the session has that name once), with 发出票, 收回票, 无效票 and the
 * boxes of the session's ballot. The preview says for each row what it would save and why not; the
 * import saves the valid rows (or nothing when any is rejected and the user chose so) in one
 * transaction through {@link DebriefingService#enterImported}, into the signed-in user's entry round,
 * so importing the same file again updates the counts instead of adding them twice.
 */
public final class BallotImportService {
    /** What a row would do to the round's saved counts. */
    public enum Outcome {
        CREATE, UPDATE, UNCHANGED, REJECTED
    }

    /** One row: the reporting cadre found (null when none), its counts when readable, and why not. */
    public record BallotRow(int rowNumber, String name, String maskedIdNumber, ReportingCadre cadre, BallotTally tally,
            Outcome outcome, List<RowProblem> problems) {
        public BallotRow {
            problems = List.copyOf(problems);
        }

        public boolean rejected() {
            return outcome == Outcome.REJECTED;
        }
    }

    /** The rows checked against the session, the round they would fill, the session's cadres no row names. */
    public record BallotPreview(DebriefingSession session, EntryRound round, List<BallotRow> rows,
            List<ReportingCadre> notInFile) {
        public BallotPreview {
            rows = List.copyOf(rows);
            notInFile = List.copyOf(notInFile);
        }

        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        public List<BallotRow> rejected() {
            return rows.stream().filter(BallotRow::rejected).toList();
        }
    }

    /** What importing did; nothing at all when {@code importedNothing}. */
    public record BallotResult(EntryRound round, int created, int updated, int unchanged, List<BallotRow> rejected,
            boolean importedNothing) {
        public int imported() {
            return created + updated;
        }
    }

    private final Transactions tx;
    private final DebriefingService debriefing;
    private final CadreRepository cadres;
    private final AuditTrail audit;

    public BallotImportService(Transactions tx, DebriefingService debriefing, CadreRepository cadres,
            AuditTrail audit) {
        this.tx = tx;
        this.debriefing = debriefing;
        this.cadres = cadres;
        this.audit = audit;
    }

    /** The session a year's file is for, when the year has exactly one the user may see. */
    public DebriefingSession onlySessionOf(int year) {
        List<DebriefingSession> ofYear = debriefing.list().stream().filter(s -> s.year() == year).toList();
        if (ofYear.isEmpty()) {
            throw new ServiceException("import.error.noSessionInYear", year);
        }
        if (ofYear.size() > 1) {
            throw new ServiceException("import.error.severalSessionsInYear", year, ofYear.size(),
                    String.join("、", ofYear.stream().map(DebriefingSession::number).toList()));
        }
        return ofYear.get(0);
    }

    /** The columns the file's header names suggest for the session's ballot. */
    public BallotMapping suggest(UUID sessionId, SheetData sheet) {
        return BallotMapping.suggest(sheet.headers(), debriefing.details(sessionId).session().formula());
    }

    /** What importing the rows would save, changing nothing. */
    public BallotPreview preview(UUID sessionId, SheetData sheet, BallotMapping mapping) {
        return tx.read(() -> plan(sessionId, sheet, mapping));
    }

    /**
     * Saves the valid rows' counts in one transaction; with {@code allOrNothing} nothing at all when any
     * row is rejected. A refusal of the whole import (closed year, no access, a ruled session) changes
     * nothing. Writes an IMPORT event naming the file besides the entry's own event.
     */
    public BallotResult importRows(UUID sessionId, SheetData sheet, BallotMapping mapping, boolean allOrNothing) {
        return tx.inTransaction(() -> {
            BallotPreview plan = plan(sessionId, sheet, mapping);
            List<BallotRow> rejected = plan.rejected();
            if (allOrNothing && !rejected.isEmpty()) {
                return new BallotResult(plan.round(), 0, 0, 0, rejected, true);
            }
            List<BallotTally> changed = plan.rows().stream()
                    .filter(r -> r.outcome() == Outcome.CREATE || r.outcome() == Outcome.UPDATE)
                    .map(BallotRow::tally).toList();
            if (!changed.isEmpty()) {
                debriefing.enterImported(sessionId, changed);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", sheet.source());
            after.put("round", plan.round().name());
            after.put("created", plan.count(Outcome.CREATE));
            after.put("updated", plan.count(Outcome.UPDATE));
            after.put("unchanged", plan.count(Outcome.UNCHANGED));
            after.put("rejected", rejected.size());
            audit.record(AuditKind.IMPORT, AuditRecordType.BALLOT_TALLY.code(), sessionId, plan.session().number(), null,
                    after, null);
            return new BallotResult(plan.round(), (int) plan.count(Outcome.CREATE), (int) plan.count(Outcome.UPDATE),
                    (int) plan.count(Outcome.UNCHANGED), rejected, false);
        });
    }

    private BallotPreview plan(UUID sessionId, SheetData sheet, BallotMapping mapping) {
        DebriefingDetails details = debriefing.details(sessionId);
        DebriefingSession session = details.session();
        if (sheet.rows().isEmpty()) {
            throw new ServiceException("import.error.empty", sheet.source());
        }
        List<BallotColumn> missing = mapping.missingRequired(session.formula());
        if (!missing.isEmpty()) {
            throw new ServiceException("import.error.ballotColumns", sheet.source(), missing.size());
        }
        EntryRound round = debriefing.importRound(sessionId);
        Map<UUID, BallotTally> saved = new HashMap<>();
        for (TallyEntry e : details.entries()) {
            if (e.round() == round) {
                saved.put(e.tally().reportingCadreId(), e.tally());
            }
        }
        List<ReportingCadre> reporting = details.cadres();
        Map<UUID, Cadre> people = cadres.findByIds(reporting.stream().map(ReportingCadre::cadreId).toList());
        Map<String, ReportingCadre> byId = new HashMap<>();
        Map<String, List<ReportingCadre>> byName = new HashMap<>();
        for (ReportingCadre c : reporting) {
            Cadre person = people.get(c.cadreId());
            if (person != null) {
                byId.put(person.idNumber().value(), c);
            }
            byName.computeIfAbsent(PersonName.normalise(c.name()), k -> new ArrayList<>()).add(c);
        }
        Map<UUID, Integer> firstRow = new HashMap<>();
        List<BallotRow> rows = new ArrayList<>();
        for (SheetData.Row row : sheet.rows()) {
            List<RowProblem> problems = new ArrayList<>();
            String name = text(row, mapping.columnOf(BallotColumn.NAME).orElse(null));
            String idText = IdNumber.normalise(text(row, mapping.columnOf(BallotColumn.ID_NUMBER).orElse(null)));
            ReportingCadre cadre = null;
            if (!idText.isEmpty()) {
                cadre = byId.get(idText);
                if (cadre == null) {
                    problems.add(problem("import.problem.notReporting"));
                } else if (!name.isEmpty() && !PersonName.normalise(name).equals(PersonName.normalise(cadre.name()))) {
                    problems.add(problem("import.problem.nameNotOfId", name, cadre.name()));
                }
            } else if (!name.isEmpty()) {
                List<ReportingCadre> named = byName.getOrDefault(PersonName.normalise(name), List.of());
                if (named.isEmpty()) {
                    problems.add(problem("import.problem.notReporting"));
                } else if (named.size() > 1) {
                    problems.add(problem("import.problem.sameNameReporting", named.size()));
                } else {
                    cadre = named.get(0);
                }
            } else {
                problems.add(problem("import.problem.nobody"));
            }
            if (cadre != null) {
                Integer first = firstRow.putIfAbsent(cadre.id(), row.number());
                if (first != null) {
                    problems.add(problem("import.problem.samePersonTwice", first));
                }
            }
            Map<BallotField, Integer> counts = new EnumMap<>(BallotField.class);
            boolean readable = true;
            for (BallotField f : BallotField.values()) {
                counts.put(f, 0);
            }
            for (BallotColumn c : BallotColumn.of(session.formula())) {
                if (c.field() == null || mapping.columnOf(c).isEmpty()) {
                    continue;
                }
                int column = mapping.columnOf(c).get();
                String header = column < sheet.headers().size() && !sheet.headers().get(column).isBlank()
                        ? sheet.headers().get(column).strip() : "（" + (column + 1) + "）";
                Object cell = row.cell(column);
                String shown = text(row, column);
                if (shown.isEmpty()) {
                    if (c.field() == BallotField.ISSUED || c.field() == BallotField.RETURNED) {
                        problems.add(problem("import.problem.countMissing", header));
                        readable = false;
                    }
                    continue;
                }
                Integer n = wholeNumber(cell);
                if (n == null) {
                    problems.add(problem("import.problem.notWholeNumber", header, shown));
                    readable = false;
                } else {
                    counts.put(c.field(), n);
                }
            }
            BallotTally tally = null;
            if (readable) {
                tally = new BallotTally(cadre == null ? null : cadre.id(), counts.get(BallotField.ISSUED),
                        counts.get(BallotField.RETURNED), counts.get(BallotField.VOIDED), counts.get(BallotField.SATISFIED),
                        counts.get(BallotField.FAIRLY_SATISFIED), counts.get(BallotField.BASICALLY_SATISFIED),
                        counts.get(BallotField.LESS_SATISFIED), counts.get(BallotField.UNSATISFIED),
                        counts.get(BallotField.ABSTAINED));
                String who = cadre != null ? cadre.name() : name.isEmpty() ? "（" + row.number() + "）" : name;
                for (FieldError e : BallotRules.check(tally, session.formula())) {
                    List<Object> args = new ArrayList<>();
                    args.add(who);
                    args.addAll(e.args());
                    problems.add(new RowProblem(null, new FieldError(e.field(), e.messageKey(), args)));
                }
            }
            Outcome outcome;
            if (!problems.isEmpty()) {
                outcome = Outcome.REJECTED;
            } else if (!saved.containsKey(cadre.id())) {
                outcome = Outcome.CREATE;
            } else {
                outcome = saved.get(cadre.id()).equals(tally) ? Outcome.UNCHANGED : Outcome.UPDATE;
            }
            Cadre person = cadre == null ? null : people.get(cadre.cadreId());
            String masked = person != null ? person.idNumber().masked() : IdNumber.mask(idText);
            rows.add(new BallotRow(row.number(), cadre != null ? cadre.name() : name, masked, cadre, tally, outcome,
                    problems));
        }
        List<ReportingCadre> notInFile = reporting.stream().filter(c -> !firstRow.containsKey(c.id())).toList();
        return new BallotPreview(session, round, rows, notInFile);
    }

    private static RowProblem problem(String key, Object... args) {
        return RowProblem.of(null, key, args);
    }

    /** A count as the file holds it: a whole number (12, 12.0, "12", "１２") or null. */
    static Integer wholeNumber(Object cell) {
        BigDecimal n;
        if (cell instanceof BigDecimal d) {
            n = d;
        } else if (cell instanceof String s) {
            String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().replace(",", "");
            if (!t.matches("-?\\d{1,9}(\\.0+)?")) {
                return null;
            }
            n = new BigDecimal(t);
        } else {
            return null;
        }
        try {
            return n.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String text(SheetData.Row row, Integer column) {
        if (column == null) {
            return "";
        }
        Object value = row.cell(column);
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString().strip();
    }
}

package org.integritydesk.ui.debriefing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.BallotRules;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.TallyEntry;
import org.integritydesk.service.DebriefingService;
import org.integritydesk.service.Messages;

/**
 * The ballot entry grid of one session: one row per reporting cadre, one cell per number the session's
 * ballot has, checked as it is typed (the row shows the Chinese reason, or the satisfaction it gives), and
 * which entry round the grid fills. Plain state without a toolkit; {@link DebriefingViewModel} saves it.
 */
public final class BallotGridViewModel {
    /** One cadre's row: the typed numbers, the row's message and whether the row may be saved. */
    public static final class Row {
        private final ReportingCadre cadre;
        private final Map<BallotField, StringProperty> cells = new EnumMap<>(BallotField.class);
        private final StringProperty message = new SimpleStringProperty("");
        private final BooleanProperty valid = new SimpleBooleanProperty(false);

        Row(ReportingCadre cadre) {
            this.cadre = cadre;
            for (BallotField f : BallotField.values()) {
                cells.put(f, new SimpleStringProperty(""));
            }
        }

        public ReportingCadre cadre() {
            return cadre;
        }

        public StringProperty cell(BallotField field) {
            return cells.get(field);
        }

        public StringProperty messageProperty() {
            return message;
        }

        public BooleanProperty validProperty() {
            return valid;
        }
    }

    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<BallotField> fields = FXCollections.observableArrayList();
    private final ObservableList<EntryRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<EntryRound> round = new SimpleObjectProperty<>(EntryRound.FIRST);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty mismatches = new SimpleStringProperty("");
    private final BooleanProperty allValid = new SimpleBooleanProperty(false);
    private DebriefingDetails details;
    private boolean filling;

    public BallotGridViewModel(Messages messages) {
        this.messages = messages;
        round.addListener((o, a, b) -> fill());
    }

    /** Shows a session's cadres; the rounds offered follow its double entry and the user's role. */
    public void show(DebriefingDetails shown, boolean mayResolve) {
        this.details = shown;
        List<BallotField> used = new ArrayList<>();
        for (BallotField f : BallotField.values()) {
            if (shown != null && f.usedBy(shown.session().formula())) {
                used.add(f);
            }
        }
        fields.setAll(used);
        List<EntryRound> offered = new ArrayList<>();
        if (shown != null) {
            offered.add(EntryRound.FIRST);
            if (shown.session().doubleEntry()) {
                offered.add(EntryRound.SECOND);
                if (mayResolve) {
                    offered.add(EntryRound.RESOLVED);
                }
            }
        }
        rounds.setAll(offered);
        List<Row> made = new ArrayList<>();
        if (shown != null) {
            for (ReportingCadre c : shown.cadres()) {
                Row row = new Row(c);
                for (BallotField f : BallotField.values()) {
                    row.cell(f).addListener((o, a, b) -> {
                        if (!filling) {
                            check(row);
                            checkAll();
                        }
                    });
                }
                made.add(row);
            }
        }
        rows.setAll(made);
        EntryRound keep = round.get();
        if (!offered.contains(keep)) {
            round.set(EntryRound.FIRST);
        }
        fill();
        mismatches.set(mismatchText());
    }

    /** Fills the grid from the chosen round's entry (the first entry when ruling), or empties it. */
    private void fill() {
        if (details == null) {
            summary.set("");
            return;
        }
        EntryRound source = round.get() == EntryRound.RESOLVED ? EntryRound.FIRST : round.get();
        Map<java.util.UUID, BallotTally> entered = new java.util.HashMap<>();
        for (TallyEntry e : details.entries()) {
            if (e.round() == source) {
                entered.put(e.tally().reportingCadreId(), e.tally());
            }
        }
        filling = true;
        try {
            for (Row row : rows) {
                BallotTally t = entered.get(row.cadre().id());
                for (BallotField f : BallotField.values()) {
                    row.cell(f).set(t == null ? "" : String.valueOf(f.of(t)));
                }
            }
        } finally {
            filling = false;
        }
        rows.forEach(this::check);
        checkAll();
        String by = details.enteredBy(round.get());
        summary.set(by == null ? messages.get("debriefing.grid.notEntered", messages.label(round.get()))
                : messages.get("debriefing.grid.enteredBy", messages.label(round.get()), by));
    }

    /** Copies the first row's issued and returned counts to every row (they are usually the same). */
    public void copyFirstRowCounts() {
        if (rows.isEmpty()) {
            return;
        }
        Row first = rows.get(0);
        for (Row row : rows.subList(1, rows.size())) {
            for (BallotField f : List.of(BallotField.ISSUED, BallotField.RETURNED, BallotField.VOIDED)) {
                row.cell(f).set(first.cell(f).get());
            }
        }
    }

    private void check(Row row) {
        Optional<BallotTally> tally = tallyOf(row);
        if (tally.isEmpty()) {
            row.valid.set(false);
            row.message.set(messages.get("validation.ballot.notNumber"));
            return;
        }
        List<FieldError> errors = DebriefingService.check(List.of(tally.get()), details.cadres(), details.session());
        if (!errors.isEmpty()) {
            row.valid.set(false);
            row.message.set(messages.of(errors.get(0)));
            return;
        }
        row.valid.set(true);
        BallotTally t = tally.get();
        if (!BallotRules.hasQuorum(t.returned(), details.session().expectedVoters())) {
            row.message.set(messages.get("debriefing.grid.noQuorum", details.session().expectedVoters()));
        } else {
            row.message.set(details.session().formula().satisfaction(t)
                    .map(p -> messages.get("debriefing.grid.satisfaction", p.toPlainString()))
                    .orElse(messages.get("debriefing.result.noValid")));
        }
    }

    private void checkAll() {
        allValid.set(!rows.isEmpty() && rows.stream().allMatch(r -> r.valid.get()));
    }

    /** The row's numbers; blank cells count 0; empty when a cell is not a whole number. */
    static Optional<BallotTally> tallyOf(Row row) {
        Map<BallotField, Integer> values = new EnumMap<>(BallotField.class);
        for (BallotField f : BallotField.values()) {
            String text = row.cell(f).get() == null ? "" : row.cell(f).get().strip();
            if (text.isEmpty()) {
                values.put(f, 0);
                continue;
            }
            try {
                values.put(f, Integer.parseInt(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        BallotTally t = BallotTally.empty(row.cadre().id());
        for (BallotField f : BallotField.values()) {
            t = t.with(f, values.get(f));
        }
        return Optional.of(t);
    }

    /** Every row's tally, or empty when a row has a cell that is not a number. */
    public Optional<List<BallotTally>> tallies() {
        List<BallotTally> out = new ArrayList<>();
        for (Row row : rows) {
            Optional<BallotTally> t = tallyOf(row);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(out);
    }

    /** The rows whose two entries differ (what a ruling saves). */
    public List<Row> mismatchedRows() {
        if (details == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            details.results().stream().filter(r -> r.cadre().id().equals(row.cadre().id())
                    && r.state() == EntryState.MISMATCH).findFirst().ifPresent(r -> out.add(row));
        }
        return out;
    }

    /** One line per differing number of the two entries: "张三：满意 第一次 33，第二次 32". */
    private String mismatchText() {
        if (details == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (CadreBallotResult r : details.results()) {
            for (BallotField f : r.mismatches()) {
                lines.add(messages.get("debriefing.grid.mismatch", r.cadre().name(), messages.label(f),
                        f.of(r.first()), f.of(r.second())));
            }
        }
        return String.join("\n", lines);
    }

    public DebriefingDetails details() {
        return details;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<BallotField> fields() {
        return fields;
    }

    public ObservableList<EntryRound> rounds() {
        return rounds;
    }

    public ObjectProperty<EntryRound> roundProperty() {
        return round;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty mismatchesProperty() {
        return mismatches;
    }

    public BooleanProperty allValidProperty() {
        return allValid;
    }
}

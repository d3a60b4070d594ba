package org.integritydesk.ui.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.AssessmentEntry;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.AssessorScore;
import org.integritydesk.model.Deduction;
import org.integritydesk.model.Grade;
import org.integritydesk.model.RecordSearch;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 考核评价 tab's results: the year's computed results per cadre (searched, filtered by grade) and
 * per unit; the selected cadre's explanation (each indicator's value, score and records) and the
 * scores people enter (self score, one assessor per line "姓名 分数", one deduction per line
 * "分数 说明"); computing the year; printing one sheet, the shown unit's or the whole bureau's.
 */
public final class AssessmentViewModel {
    private final AssessmentService assessment;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final PreviewOpener preview;
    private final boolean mayChange;
    private final ErrorDescriber errors;

    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<AssessmentResult> all = FXCollections.observableArrayList();
    private final FilteredList<AssessmentResult> visible = new FilteredList<>(all);
    private final ObservableList<AssessmentService.UnitResult> units = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Grade> gradeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AssessmentResult> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final StringProperty selfScore = new SimpleStringProperty("");
    private final StringProperty assessors = new SimpleStringProperty("");
    private final StringProperty deductions = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper entryMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyDoubleWrapper batchProgress = new javafx.beans.property.ReadOnlyDoubleWrapper();
    private TaskRunner.Handle batchHandle;
    private UUID explainedCadre;
    /** The version of the stored entry the fields show (0: none stored); a save based on an older one is refused. */
    private int shownEntryVersion;
    /** The entry fields as last shown, to tell typed input from what was read. */
    private List<String> shownEntryTexts = List.of("", "", "");

    public AssessmentViewModel(AssessmentService assessment, TaskRunner tasks, DialogService dialogs, Messages messages,
            PreviewOpener preview, int currentYear, boolean mayChange) {
        this.assessment = assessment;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        // reloading reads the selected cadre's entry again, as choosing the cadre does
        conflicts.reloadWith(() -> explain(selected.get()));
        this.preview = preview;
        this.mayChange = mayChange;
        this.errors = new ErrorDescriber(messages);
        for (int y = currentYear; y >= currentYear - 5; y--) {
            yearChoices.add(y);
        }
        year.set(currentYear);
        year.addListener((o, a, b) -> {
            if (b != null) {
                reload();
            }
        });
        searchText.addListener((o, a, b) -> applyFilter());
        gradeFilter.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> explain(b));
    }

    /** Reads the year's results (and whether it is closed) in the background. */
    public void reload() {
        int shown = year.get();
        UUID keep = selected.get() == null ? null : selected.get().cadreId();
        busy.set(true);
        tasks.submit(ctx -> new Loaded(assessment.run(shown).isPresent(), assessment.isClosed(shown),
                assessment.results(shown)), loaded -> {
                    busy.set(false);
                    closed.set(loaded.closed());
                    all.setAll(loaded.results());
                    units.setAll(AssessmentService.unitResults(loaded.results()));
                    applyFilter();
                    if (!loaded.computed()) {
                        status.set(messages.get("assessment.status.notComputed", shown));
                    }
                    selected.set(keep == null ? null
                            : all.stream().filter(r -> r.cadreId().equals(keep)).findFirst().orElse(null));
                }, failure -> {
                    busy.set(false);
                    dialogs.showError(messages.get("assessment.loadFailed"), errors.describe(failure));
                });
    }

    private record Loaded(boolean computed, boolean closed, List<AssessmentResult> results) {
    }

    void applyFilter() {
        RecordSearch search = new RecordSearch(searchText.get());
        Grade grade = gradeFilter.get();
        visible.setPredicate(r -> (grade == null || r.grade() == grade)
                && search.matches(r.cadreName(), r.sortKey(), r.unitName(), r.position()));
        status.set(messages.get("assessment.status.count", visible.size(), all.size(), year.get()));
    }

    /** Computes the year after the user confirms (results are replaced, entered scores kept). */
    public void compute() {
        int shown = year.get();
        if (!dialogs.confirm(messages.get("assessment.compute.title"), messages.get("assessment.compute.confirm", shown))) {
            return;
        }
        busy.set(true);
        tasks.submit(ctx -> assessment.compute(shown), computed -> {
            busy.set(false);
            status.set(messages.get("assessment.compute.done", computed.cadres(), computed.millis()));
            reload();
        }, failure -> {
            busy.set(false);
            dialogs.showError(messages.get("assessment.compute.failed"), errors.describe(failure));
        });
    }

    private void explain(AssessmentResult result) {
        UUID cadre = result == null ? null : result.cadreId();
        if (!java.util.Objects.equals(cadre, explainedCadre)) {
            // the message of a save stays while the same cadre is shown again after the reload
            entryMessage.set("");
        }
        explainedCadre = cadre;
        if (result == null) {
            explanation.set("");
            selfScore.set("");
            assessors.set("");
            deductions.set("");
            shownEntryTexts = entryTexts();
            return;
        }
        int shown = result.year();
        tasks.submit(ctx -> assessment.explain(shown, result.cadreId()), e -> {
            explanation.set(explanationText(e));
            AssessmentEntry entry = e.entry();
            shownEntryVersion = entry.version();
            selfScore.set(entry.selfScore() == null ? "" : entry.selfScore().toPlainString());
            List<String> a = new ArrayList<>();
            entry.assessorScores().forEach(s -> a.add(s.assessor() + " " + s.score().toPlainString()));
            assessors.set(String.join("\n", a));
            List<String> d = new ArrayList<>();
            entry.deductions().forEach(s -> d.add(s.points().toPlainString() + " " + s.note()));
            deductions.set(String.join("\n", d));
            shownEntryTexts = entryTexts();
        }, failure -> explanation.set(errors.describe(failure)));
    }

    /** The explanation as the pane shows it: every indicator, its value, score and the records behind it. */
    String explanationText(AssessmentService.Explanation e) {
        StringBuilder text = new StringBuilder();
        AssessmentResult r = e.result();
        text.append(messages.get("assessment.explain.head", r.cadreName(), r.unitName(), r.year())).append('\n');
        for (AssessmentService.Line line : e.lines()) {
            String indent = "  ".repeat(line.indicator().depth());
            if (!line.indicator().isLeaf()) {
                text.append(indent).append(messages.get("assessment.explain.category", line.indicator().name(),
                        line.indicator().maxScore().toPlainString())).append('\n');
                continue;
            }
            String value = !line.supplied() ? messages.get("assessment.explain.noSource")
                    : line.value() == null ? messages.get("assessment.explain.noRecord")
                    : valueText(line.indicator().input(), line.value());
            text.append(indent).append(messages.get("assessment.explain.leaf", line.indicator().name(),
                    line.score().toPlainString(), line.indicator().maxScore().toPlainString(),
                    messages.label(line.indicator().rule()), value)).append('\n');
            for (String record : line.records()) {
                text.append(indent).append("    · ").append(record).append('\n');
            }
        }
        text.append(messages.get("assessment.explain.totals", r.computedTotal().toPlainString(),
                r.assessorAverage() == null ? "—" : r.assessorAverage().toPlainString(),
                r.deductionTotal().toPlainString(), r.total().toPlainString(), messages.label(r.grade())));
        if (r.sanctions() > 0) {
            text.append('\n').append(messages.get("assessment.explain.capped", r.sanctions()));
        }
        return text.toString();
    }

    /** A rate as a percentage with one decimal (0.9038 → 90.4%), anything else as it is. */
    static String valueText(org.integritydesk.model.AssessmentInput input, BigDecimal value) {
        return switch (input) {
            case ATTENDANCE_RATE, RECTIFIED_ON_TIME_RATE, RESPONSIBILITY_TASKS_COMPLETED_RATE ->
                    value.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
            default -> value.stripTrailingZeros().toPlainString();
        };
    }

    /** Parses the entry fields; null (with the message set) when a line cannot be read. */
    AssessmentEntry entryFromFields(AssessmentResult result) {
        try {
            BigDecimal self = selfScore.get() == null || selfScore.get().isBlank() ? null
                    : new BigDecimal(selfScore.get().strip());
            List<AssessorScore> scores = new ArrayList<>();
            for (String line : lines(assessors.get())) {
                int space = line.lastIndexOf(' ');
                if (space <= 0) {
                    entryMessage.set(messages.get("assessment.entry.badAssessor", line));
                    return null;
                }
                scores.add(new AssessorScore(line.substring(0, space).strip(), new BigDecimal(line.substring(space + 1))));
            }
            List<Deduction> taken = new ArrayList<>();
            for (String line : lines(deductions.get())) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    entryMessage.set(messages.get("assessment.entry.badDeduction", line));
                    return null;
                }
                taken.add(new Deduction(new BigDecimal(line.substring(0, space)), line.substring(space + 1).strip()));
            }
            return new AssessmentEntry(result.year(), result.cadreId(), self, scores, taken, shownEntryVersion);
        } catch (NumberFormatException e) {
            entryMessage.set(messages.get("assessment.entry.badNumber"));
            return null;
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String clean = line.strip().replace('\u3000', ' ').replaceAll("\\s+", " ");
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
        }
        return lines;
    }

    /** Whether scores were typed for the shown cadre that are not saved yet. */
    public boolean hasUnsavedEntry() {
        return !entryTexts().equals(shownEntryTexts);
    }

    private List<String> entryTexts() {
        return java.util.Arrays.asList(Objects.toString(selfScore.get(), ""), Objects.toString(assessors.get(), ""),
                Objects.toString(deductions.get(), ""));
    }

    /**
     * Saves what was entered for the selected cadre; a bad line or rule is said in the entry's message.
     * A save refused because another user saved first says who and when and offers to show the other
     * user's entry; declining keeps what was typed (choosing the cadre again shows theirs too).
     */
    public void saveEntry() {
        AssessmentResult result = selected.get();
        if (result == null) {
            return;
        }
        AssessmentEntry entry = entryFromFields(result);
        if (entry == null) {
            return;
        }
        List<org.integritydesk.model.FieldError> problems = AssessmentService.check(entry);
        if (!problems.isEmpty()) {
            entryMessage.set(messages.of(problems.get(0)));
            return;
        }
        tasks.submit(ctx -> assessment.saveEntry(entry), saved -> {
            entryMessage.set(messages.get("assessment.entry.saved"));
            reload();
        }, failure -> {
            if (!conflicts.handled(failure, messages.get("assessment.entry.title"))) {
                entryMessage.set(failure instanceof ValidationException v && !v.errors().isEmpty()
                        ? messages.of(v.errors().get(0)) : errors.describe(failure));
            }
        });
    }

    /** The selected cadre's sheet in the preview. */
    public void printSelected() {
        AssessmentResult result = selected.get();
        if (result != null) {
            open(new AssessmentService.Selection.OneCadre(result.year(), result.cadreId()),
                    messages.get("assessment.print.fileOne", result.cadreName(), result.year()));
        }
    }

    /** Every sheet the list shows (one PDF, with progress, cancel and the page count at the end). */
    public void printShown() {
        List<UUID> ids = visible.stream().map(AssessmentResult::cadreId).toList();
        if (!ids.isEmpty()) {
            open(new AssessmentService.Selection.Some(year.get(), ids),
                    messages.get("assessment.print.fileShown", year.get()));
        }
    }

    /** The unit summary sheets of every unit the user sees. */
    public void printUnits() {
        if (!all.isEmpty()) {
            open(new AssessmentService.Selection.Units(year.get(), null),
                    messages.get("assessment.print.fileUnits", year.get()));
        }
    }

    /** Where a batch of sheets goes. */
    public enum Destination { PDF_FILE, PRINTER }

    /**
     * Every sheet the list shows (the whole bureau's when the list is not narrowed), filled in the
     * background with progress and cancel, then saved as one PDF (the user picks the file first) or
     * sent to the printer; at the end a summary: sheets, pages, the cadres left out and why, where
     * the sheets went.
     */
    public void printShownTo(Destination destination) {
        if (visible.isEmpty() || batchRunning.get()) {
            return;
        }
        int y = year.get();
        java.nio.file.Path target = null;
        if (destination == Destination.PDF_FILE) {
            var chosen = dialogs.askSaveFile(messages.get("assessment.batch.saveTitle"),
                    messages.get("assessment.print.fileShown", y), "pdf");
            if (chosen.isEmpty()) {
                return;
            }
            target = chosen.get().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? chosen.get()
                    : java.nio.file.Path.of(chosen.get() + ".pdf");
        }
        boolean narrowed = visible.size() != all.size();
        AssessmentService.Selection selection = narrowed
                ? new AssessmentService.Selection.Some(y, visible.stream().map(AssessmentResult::cadreId).toList())
                : new AssessmentService.Selection.Cadres(y, null);
        java.nio.file.Path file = target;
        batchRunning.set(true);
        batchProgress.set(0);
        status.set(messages.get("assessment.batch.running"));
        batchHandle = tasks.submit(ctx -> {
            AssessmentService.Batch batch = assessment.printBatch(selection, messages.locale(),
                    messages.get("assessment.print.purpose"), ctx::progress, ctx::isCancelled);
            if (ctx.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (file != null) {
                batch.document().savePdf(file);
            } else {
                batch.document().print(true);
            }
            return batch;
        }, batch -> {
            batchRunning.set(false);
            batchProgress.set(1);
            status.set(messages.get("assessment.batch.done"));
            dialogs.showInfo(messages.get("assessment.batch.summaryTitle"), summary(batch, file));
        }, failure -> {
            batchRunning.set(false);
            if (failure instanceof java.util.concurrent.CancellationException) {
                status.set(messages.get("assessment.batch.cancelled"));
            } else {
                status.set(errors.describe(failure));
                dialogs.showError(messages.get("assessment.batch.summaryTitle"), errors.describe(failure));
            }
        }, batchProgress::set);
    }

    /** Stops a running batch: nothing is saved or printed, and no printout is recorded. */
    public void cancelBatch() {
        if (batchHandle != null && batchRunning.get()) {
            batchHandle.cancel();
        }
    }

    /** The summary shown when a batch is done. */
    String summary(AssessmentService.Batch batch, java.nio.file.Path file) {
        StringBuilder text = new StringBuilder(messages.get("assessment.batch.printed", batch.sheets(),
                batch.document().pageCount()));
        text.append('\n').append(file != null ? messages.get("assessment.batch.savedTo", file.toAbsolutePath())
                : messages.get("assessment.batch.sentToPrinter"));
        if (batch.skipped().isEmpty()) {
            text.append('\n').append(messages.get("assessment.batch.noneSkipped"));
        } else {
            text.append('\n').append(messages.get("assessment.batch.skipped", batch.skipped().size()));
            int shown = 0;
            for (AssessmentService.Skipped s : batch.skipped()) {
                if (shown++ == MAX_SKIPPED_LINES) {
                    text.append('\n').append(messages.get("assessment.batch.skippedMore",
                            batch.skipped().size() - MAX_SKIPPED_LINES));
                    break;
                }
                text.append('\n').append(messages.get("assessment.batch.skippedLine", s.cadreName(), s.maskedId(),
                        messages.get(switch (s.reason()) {
                            case NOT_COMPUTED -> "assessment.batch.reason.notComputed";
                            case RECUSED -> "assessment.batch.reason.recused";
                            case OUT_OF_SCOPE -> "assessment.batch.reason.outOfScope";
                        })));
            }
        }
        return text.toString();
    }

    /** The summary names this many left-out cadres, then says how many more. */
    static final int MAX_SKIPPED_LINES = 20;

    private void open(AssessmentService.Selection selection, String fileName) {
        preview.open(messages.get("assessment.print.title"), fileName, ctx -> {
            PrintableDocument document = assessment.print(selection, messages.locale(),
                    messages.get("assessment.print.purpose"), ctx::progress, ctx::isCancelled);
            return document;
        });
    }

    public String gradeLabel(Grade grade) {
        return grade == null ? messages.get("assessment.filter.allGrades") : messages.label(grade);
    }

    public String score(BigDecimal value) {
        return value == null ? "" : value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String gradeCount(AssessmentService.UnitResult unit, Grade grade) {
        return String.valueOf(unit.grades().getOrDefault(grade, 0));
    }

    public boolean mayChange() {
        return mayChange;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<AssessmentResult> visibleResults() {
        return visible;
    }

    public ObservableList<AssessmentService.UnitResult> unitResults() {
        return units;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Grade> gradeFilterProperty() {
        return gradeFilter;
    }

    public ObjectProperty<AssessmentResult> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public StringProperty selfScoreProperty() {
        return selfScore;
    }

    public StringProperty assessorsProperty() {
        return assessors;
    }

    public StringProperty deductionsProperty() {
        return deductions;
    }

    public ReadOnlyStringProperty entryMessageProperty() {
        return entryMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty batchRunningProperty() {
        return batchRunning.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty batchProgressProperty() {
        return batchProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

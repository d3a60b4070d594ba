package org.integritydesk.ui.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.AnalysisPeriod;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemAnalysis;
import org.integritydesk.model.ProblemAnalysis.Counts;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProblemAnalysisService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 问题分析 sub-tab of 问题整改: choose a year (or a period) and a unit, see the counts by area,
 * severity, source or unit as a table and a bar chart, the units with most open items and the share
 * rectified on time, and print the 问题整改分析表. The service counts; this only shows.
 */
public final class ProblemAnalysisViewModel {
    /** What the table and the chart are broken down by. */
    public enum Dimension {
        AREA, SEVERITY, SOURCE, UNIT
    }

    /** One row of the table and one category of the chart. */
    public record Row(String name, long items, long open, long overdue, long rectified, long onTime, String rate) {
    }

    private static final int YEARS_BACK = 5;

    private final ProblemAnalysisService analysis;
    private final UnitService units;
    private final TaskRunner tasks;
    private final Messages messages;
    private final PreviewOpener preview;
    private final ErrorDescriber errors;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty customPeriod = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.AREA);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mostOpen = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private UnitTree tree = new UnitTree(List.of());
    private ProblemAnalysis shown;

    public ProblemAnalysisViewModel(ProblemAnalysisService analysis, UnitService units, TaskRunner tasks,
            Messages messages, PreviewOpener preview, int thisYear) {
        this.analysis = analysis;
        this.units = units;
        this.tasks = tasks;
        this.messages = messages;
        this.preview = preview;
        this.errors = new ErrorDescriber(messages);
        for (int y = thisYear; y > thisYear - YEARS_BACK; y--) {
            years.add(y);
        }
        year.set(thisYear);
        from.set(LocalDate.of(thisYear, 1, 1));
        to.set(LocalDate.of(thisYear, 12, 31));
        seriesNames.setAll(messages.get("analysis.series.open"), messages.get("analysis.series.overdue"),
                messages.get("analysis.series.rectified"));
        dimension.addListener((o, a, b) -> showRows());
    }

    /** Loads the units for the unit choice, then counts. */
    public void start() {
        tasks.submit(ctx -> units.tree(), loaded -> {
            tree = loaded;
            unitChoices.setAll(tree.inDisplayOrder());
            refresh();
        }, failure -> error.set(errors.describe(failure)));
    }

    /** The period chosen: the year, or from–to when a custom period is on; empty with the reason shown when it is no period. */
    Optional<AnalysisPeriod> period() {
        if (!customPeriod.get()) {
            return year.get() == null ? Optional.empty() : Optional.of(AnalysisPeriod.ofYear(year.get()));
        }
        Optional<String> refusal = AnalysisPeriod.refusal(from.get(), to.get());
        if (refusal.isPresent()) {
            error.set(messages.get(refusal.get(), AnalysisPeriod.MAX_DAYS));
            return Optional.empty();
        }
        return Optional.of(new AnalysisPeriod(from.get(), to.get()));
    }

    /** Counts again with the period and unit chosen, in the background. */
    public void refresh() {
        error.set("");
        Optional<AnalysisPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        UUID unitId = unit.get() == null ? null : unit.get().id();
        busy.set(true);
        tasks.submit(ctx -> analysis.analyse(period.get(), unitId), result -> {
            busy.set(false);
            show(result);
        }, failure -> {
            busy.set(false);
            error.set(errors.describe(failure));
        });
    }

    void show(ProblemAnalysis result) {
        shown = result;
        Counts t = result.total();
        summary.set(messages.get("analysis.view.summary", result.period().from().toString(),
                result.period().to().toString(), t.items(), t.open(), t.overdue(), t.rectified(), rate(t), t.onTime(),
                t.late()));
        List<String> open = new ArrayList<>();
        for (ProblemAnalysis.UnitRow r : result.mostOpen()) {
            open.add(messages.get("analysis.view.mostOpenUnit", r.unitName(), r.counts().open(), r.counts().overdue()));
        }
        mostOpen.set(open.isEmpty() ? messages.get("analysis.view.noneOpen")
                : messages.get("analysis.view.mostOpen", String.join("；", open)));
        showRows();
    }

    private void showRows() {
        if (shown == null) {
            rows.clear();
            return;
        }
        List<Row> list = new ArrayList<>();
        switch (dimension.get() == null ? Dimension.AREA : dimension.get()) {
            case AREA -> shown.byArea().forEach(r -> list.add(row(messages.label(r.key()), r.counts())));
            case SEVERITY -> shown.bySeverity().forEach(r -> list.add(row(messages.label(r.key()), r.counts())));
            case SOURCE -> shown.bySource().forEach(r -> list.add(row(messages.label(r.key()), r.counts())));
            case UNIT -> shown.byUnit().forEach(r -> list.add(row(r.unitName(), r.counts())));
            default -> throw new IllegalStateException();
        }
        rows.setAll(list);
    }

    private Row row(String name, Counts c) {
        return new Row(name, c.items(), c.open(), c.overdue(), c.rectified(), c.onTime(), rate(c));
    }

    private String rate(Counts c) {
        return c.onTimePercent().map(p -> p.toPlainString() + "%").orElse(messages.get("analysis.view.noRate"));
    }

    /** Opens the preview of the 问题整改分析表 for what is chosen. */
    public void print() {
        Optional<AnalysisPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        UUID unitId = unit.get() == null ? null : unit.get().id();
        String scope = unit.get() == null ? "" : unit.get().name();
        AnalysisPeriod p = period.get();
        String file = p.isWholeYear() ? messages.get("analysis.print.fileYear", p.from().getYear())
                : messages.get("analysis.print.filePeriod", p.from().toString(), p.to().toString());
        preview.open(messages.get("analysis.print.title"), file,
                ctx -> analysis.print(p, unitId, scope, messages.locale()));
    }

    public String dimensionLabel(Dimension d) {
        if (d == null) {
            return "";
        }
        return switch (d) {
            case AREA -> messages.get("analysis.dimension.area");
            case SEVERITY -> messages.get("analysis.dimension.severity");
            case SOURCE -> messages.get("analysis.dimension.source");
            case UNIT -> messages.get("analysis.dimension.unit");
        };
    }

    public String unitLabel(OrgUnit u) {
        return u == null ? messages.get("filter.all") : tree.indentedName(u);
    }

    /** The chart's values of a row, one per series name (未整改, 超期, 已整改). */
    public List<Long> values(Row row) {
        return List.of(row.open(), row.overdue(), row.rectified());
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public BooleanProperty customPeriodProperty() {
        return customPeriod;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> seriesNames() {
        return seriesNames;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mostOpenProperty() {
        return mostOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

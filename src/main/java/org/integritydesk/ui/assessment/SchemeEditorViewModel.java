package org.integritydesk.ui.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AssessmentScheme;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.GradeBands;
import org.integritydesk.model.Indicator;
import org.integritydesk.model.ScoringRule;
import org.integritydesk.service.AssessmentService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The scheme editor of the 考核评价 tab: the year's indicators in tree order (the view draws the
 * tree), the selected one's form (name, maximum, rule, parameter, input: a category has none of the
 * last four), adding a category or an indicator, removing, the grade bands, saving the scheme whole,
 * and copying last year's scheme into the year.
 */
public final class SchemeEditorViewModel {
    private final AssessmentService assessment;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final ErrorDescriber errors;

    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty maxScore = new SimpleStringProperty("");
    private final ObjectProperty<ScoringRule> rule = new SimpleObjectProperty<>();
    private final StringProperty parameter = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentInput> input = new SimpleObjectProperty<>();
    private final StringProperty excellent = new SimpleStringProperty("");
    private final StringProperty competent = new SimpleStringProperty("");
    private final StringProperty basic = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int year;
    private AssessmentScheme scheme;

    public SchemeEditorViewModel(AssessmentService assessment, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.assessment = assessment;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        conflicts.reloadWith(() -> load(year));
        this.errors = new ErrorDescriber(messages);
        selected.addListener((o, a, b) -> fill(b));
    }

    /** Reads the year's scheme (the default when it has none). */
    public void load(int schemeYear) {
        this.year = schemeYear;
        tasks.submit(ctx -> assessment.scheme(schemeYear), loaded -> {
            show(loaded);
            message.set(messages.get("assessment.scheme.loaded", schemeYear, loaded.maxTotal().toPlainString()));
        }, failure -> dialogs.showError(messages.get("assessment.loadFailed"), errors.describe(failure)));
    }

    private void show(AssessmentScheme loaded) {
        scheme = loaded;
        indicators.setAll(loaded.inTreeOrder());
        excellent.set(loaded.bands().excellent().toPlainString());
        competent.set(loaded.bands().competent().toPlainString());
        basic.set(loaded.bands().basic().toPlainString());
        selected.set(null);
    }

    public int depth(Indicator indicator) {
        return current().depth(indicator);
    }

    /** A line of the tree: "廉政教育（25）" or "教育活动出勤率 15 分 · 按比例得分". */
    public String label(Indicator indicator) {
        AssessmentScheme s = current();
        if (!indicator.isLeaf()) {
            return messages.get("assessment.scheme.categoryLabel", indicator.name(), s.maxOf(indicator).toPlainString());
        }
        return messages.get("assessment.scheme.leafLabel", indicator.name(), indicator.maxScore().toPlainString(),
                messages.label(indicator.rule()), messages.label(indicator.input()));
    }

    private AssessmentScheme current() {
        return new AssessmentScheme(year, indicators, scheme == null ? GradeBands.DEFAULT : scheme.bands());
    }

    private void fill(Indicator i) {
        if (i == null) {
            name.set("");
            maxScore.set("");
            rule.set(null);
            parameter.set("");
            input.set(null);
            return;
        }
        name.set(i.name());
        maxScore.set(i.maxScore() == null ? "" : i.maxScore().toPlainString());
        rule.set(i.rule());
        parameter.set(i.parameter() == null ? "" : i.parameter().stripTrailingZeros().toPlainString());
        input.set(i.input());
    }

    /** Writes the form into the selected indicator (kept in memory until the scheme is saved). */
    public void applyForm() {
        Indicator i = selected.get();
        if (i == null) {
            return;
        }
        try {
            Indicator changed = i.isLeaf()
                    ? new Indicator(i.id(), i.parentId(), i.position(), name.get().strip(), number(maxScore.get()),
                            rule.get(), rule.get() != null && rule.get().hasParameter() ? number(parameter.get()) : null,
                            input.get() == null ? i.input() : input.get())
                    : new Indicator(i.id(), i.parentId(), i.position(), name.get().strip(), null, null, null, null);
            replace(i, changed);
            message.set("");
        } catch (NumberFormatException e) {
            message.set(messages.get("assessment.entry.badNumber"));
        }
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private void replace(Indicator old, Indicator changed) {
        List<Indicator> list = new ArrayList<>(indicators);
        list.set(list.indexOf(old), changed);
        reorder(list);
        selected.set(changed);
    }

    /** A new top-level category at the end. */
    public void addCategory() {
        List<Indicator> list = new ArrayList<>(indicators);
        int position = (int) list.stream().filter(i -> i.parentId() == null).count();
        Indicator added = Indicator.category(UUID.randomUUID(), position, messages.get("assessment.scheme.newCategory"));
        list.add(added);
        reorder(list);
        selected.set(added);
    }

    /** A new indicator under the selected category (or beside the selected indicator). */
    public void addIndicator() {
        Indicator at = selected.get();
        if (at == null) {
            message.set(messages.get("assessment.scheme.chooseCategory"));
            return;
        }
        UUID parent = at.isLeaf() ? at.parentId() : at.id();
        List<Indicator> list = new ArrayList<>(indicators);
        int position = (int) list.stream().filter(i -> java.util.Objects.equals(i.parentId(), parent)).count();
        Indicator added = new Indicator(UUID.randomUUID(), parent, position, messages.get("assessment.scheme.newIndicator"),
                new BigDecimal("5"), ScoringRule.FULL_IF_PRESENT, null, AssessmentInput.COMMITMENT_SIGNED);
        list.add(added);
        reorder(list);
        selected.set(added);
    }

    /** Removes the selected indicator and, for a category, everything below it. */
    public void removeSelected() {
        Indicator at = selected.get();
        if (at == null) {
            return;
        }
        List<Indicator> list = new ArrayList<>(indicators);
        List<UUID> gone = new ArrayList<>(List.of(at.id()));
        for (int round = 0; round < 3; round++) {
            for (Indicator i : list) {
                if (i.parentId() != null && gone.contains(i.parentId()) && !gone.contains(i.id())) {
                    gone.add(i.id());
                }
            }
        }
        list.removeIf(i -> gone.contains(i.id()));
        reorder(list);
        selected.set(null);
    }

    private void reorder(List<Indicator> list) {
        indicators.setAll(new AssessmentScheme(year, list, GradeBands.DEFAULT).inTreeOrder());
    }

    /** The scheme as edited, or null with the message set when a band is not a number. */
    AssessmentScheme edited() {
        try {
            return new AssessmentScheme(year, indicators, new GradeBands(number(excellent.get()),
                    number(competent.get()), number(basic.get())), scheme == null ? 0 : scheme.version());
        } catch (NumberFormatException e) {
            message.set(messages.get("assessment.entry.badNumber"));
            return null;
        }
    }

    /** Checks and saves the whole scheme; the first broken rule is said in the message. */
    public void save() {
        AssessmentScheme edited = edited();
        if (edited == null) {
            return;
        }
        List<FieldError> problems = edited.check();
        if (!problems.isEmpty()) {
            message.set(messages.of(problems.get(0)));
            return;
        }
        tasks.submit(ctx -> assessment.saveScheme(edited), saved -> {
            show(saved);
            message.set(messages.get("assessment.scheme.saved", saved.year()));
        }, failure -> {
            if (!conflicts.handled(failure, messages.get("assessment.tab.scheme"))) {
                message.set(failure instanceof ValidationException v && !v.errors().isEmpty()
                        ? messages.of(v.errors().get(0)) : errors.describe(failure));
            }
        });
    }

    /** Replaces the year's scheme with last year's after the user confirms. */
    public void copyPreviousYear() {
        int from = year - 1;
        if (!dialogs.confirm(messages.get("assessment.scheme.copyTitle"),
                messages.get("assessment.scheme.copyConfirm", from, year))) {
            return;
        }
        int to = year;
        tasks.submit(ctx -> assessment.copyScheme(from, to), copied -> {
            show(copied);
            message.set(messages.get("assessment.scheme.copied", from, to));
        }, failure -> message.set(errors.describe(failure)));
    }

    public List<ScoringRule> rules() {
        return List.of(ScoringRule.values());
    }

    public List<AssessmentInput> inputs() {
        return List.of(AssessmentInput.values());
    }

    public String ruleLabel(ScoringRule value) {
        return value == null ? "" : messages.label(value);
    }

    public String inputLabel(AssessmentInput value) {
        return value == null ? "" : messages.label(value);
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObjectProperty<Indicator> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty maxScoreProperty() {
        return maxScore;
    }

    public ObjectProperty<ScoringRule> ruleProperty() {
        return rule;
    }

    public StringProperty parameterProperty() {
        return parameter;
    }

    public ObjectProperty<AssessmentInput> inputProperty() {
        return input;
    }

    public StringProperty excellentProperty() {
        return excellent;
    }

    public StringProperty competentProperty() {
        return competent;
    }

    public StringProperty basicProperty() {
        return basic;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

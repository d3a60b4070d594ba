package org.integritydesk.ui.selfinspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.model.SelfInspectionRules;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SelfInspectionService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * A cadre's declaration: per checklist item 无 or 有 (with an explanation), and the date. Each 有
 * becomes a ledger item on saving; an answer that already became one is shown and kept.
 */
public final class DeclarationFormViewModel {
    /** One checklist item's row: the answer (null until chosen) and the explanation. */
    public static final class AnswerRow {
        private final int position;
        private final String item;
        private final ObjectProperty<Boolean> issue = new SimpleObjectProperty<>();
        private final StringProperty explanation = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private String ledgerNumber;

        AnswerRow(int position, String item) {
            this.position = position;
            this.item = item;
        }

        public int position() {
            return position;
        }

        public String item() {
            return item;
        }

        /** The ledger item the answer became, or null. */
        public String ledgerNumber() {
            return ledgerNumber;
        }

        public ObjectProperty<Boolean> issueProperty() {
            return issue;
        }

        public StringProperty explanationProperty() {
            return explanation;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    private final SelfInspectionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final SelfInspectionCampaign campaign;
    private final SelfInspectionDeclaration declaration;
    private final LocalDate today;
    private final ErrorDescriber describer;
    private final List<AnswerRow> rows = new ArrayList<>();
    private final ObjectProperty<LocalDate> declaredOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private boolean tried;

    public DeclarationFormViewModel(SelfInspectionService service, TaskRunner tasks, DialogService dialogs,
            Messages messages, SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        this.campaign = campaign;
        this.declaration = declaration;
        this.today = today;
        this.describer = new ErrorDescriber(messages);
        declaredOn.set(declaration.declaredOn() == null ? today : declaration.declaredOn());
        for (int i = 0; i < campaign.items().size(); i++) {
            AnswerRow row = new AnswerRow(i + 1, campaign.items().get(i));
            declaration.answers().stream().filter(a -> a.position() == row.position).findFirst().ifPresent(a -> {
                row.issue.set(a.issue());
                row.explanation.set(a.explanation() == null ? "" : a.explanation());
                row.ledgerNumber = a.itemNumber();
            });
            row.issue.addListener(o -> revalidate());
            row.explanation.addListener(o -> revalidate());
            rows.add(row);
        }
        declaredOn.addListener(o -> revalidate());
    }

    /** Sets every unanswered item to 无 (most cadres have nothing to declare). */
    public void answerRestNone() {
        rows.stream().filter(r -> r.issue.get() == null).forEach(r -> r.issue.set(false));
    }

    public List<DeclarationAnswer> answers() {
        List<DeclarationAnswer> out = new ArrayList<>();
        for (AnswerRow r : rows) {
            if (r.issue.get() != null) {
                out.add(r.issue.get() ? DeclarationAnswer.issue(r.position, r.explanation.get())
                        : new DeclarationAnswer(r.position, false, r.explanation.get(), null, null));
            }
        }
        return out;
    }

    private void revalidate() {
        if (!tried) {
            return;
        }
        errors.clear();
        for (FieldError e : SelfInspectionRules.checkDeclaration(rows.size(), answers(), declaredOn.get(),
                campaign.year(), today)) {
            errors.putIfAbsent(e.field(), messages.of(e));
        }
        rows.forEach(r -> r.error.set(errors.getOrDefault("item" + r.position, "")));
    }

    public void save(Consumer<SelfInspectionDeclaration> onSaved) {
        tried = true;
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        List<DeclarationAnswer> answers = answers();
        LocalDate on = declaredOn.get();
        saving.set(true);
        tasks.submit(ctx -> service.declare(declaration.id(), declaration.version(), answers, on), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.of(e)));
                rows.forEach(r -> r.error.set(errors.getOrDefault("item" + r.position, "")));
            } else if (!conflicts.handled(failure, messages.get("selfInspection.declare.saveFailed"))) {
                dialogs.showError(messages.get("selfInspection.declare.saveFailed"), describer.describe(failure));
            }
        });
    }

    public String heading() {
        return messages.get("selfInspection.declare.heading", campaign.number(), campaign.title(),
                declaration.cadreName(), declaration.unitName());
    }

    public String title() {
        return messages.get("selfInspection.declare.title", declaration.cadreName());
    }

    public String errorSummary() {
        if (errors.containsKey("answers")) {
            return errors.get("answers");
        }
        if (errors.containsKey("declaredOn")) {
            return errors.get("declaredOn");
        }
        return errors.isEmpty() ? "" : messages.get("cadre.form.errorSummary", errors.size());
    }

    public String ledgerNote(AnswerRow row) {
        return row.ledgerNumber == null ? "" : messages.get("selfInspection.declare.inLedger", row.ledgerNumber);
    }

    public List<AnswerRow> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> declaredOnProperty() {
        return declaredOn;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Marks the date field as holding text that is no date. */
    public void setDateUnreadable(boolean unreadable) {
        if (unreadable) {
            errors.put("declaredOn", messages.get("validation.date.format"));
        } else {
            revalidate();
        }
    }

    /** How the form is opened again with what is stored now, offered when another user saved first. */
    public void setOnReload(Runnable reload) {
        conflicts.reloadWith(reload);
    }
}

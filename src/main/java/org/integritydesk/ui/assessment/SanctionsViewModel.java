package org.integritydesk.ui.assessment;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.SanctionDraft;
import org.integritydesk.model.SanctionKind;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SanctionService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The 处分 sub-tab: the year's sanctions and a small form (the cadre chosen among the year's
 * assessed cadres, date, kind, document number, note) to record a new one or delete the selected.
 */
public final class SanctionsViewModel {
    private final SanctionService sanctions;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorDescriber errors;
    private final ObservableList<SanctionService.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SanctionService.Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AssessmentResult> cadre = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<SanctionKind> kind = new SimpleObjectProperty<>();
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int year;

    public SanctionsViewModel(SanctionService sanctions, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.sanctions = sanctions;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
    }

    public void load(int shownYear) {
        this.year = shownYear;
        tasks.submit(ctx -> sanctions.list(shownYear), rows::setAll,
                failure -> dialogs.showError(messages.get("assessment.loadFailed"), errors.describe(failure)));
    }

    /** Records the form as a new sanction; the first broken rule is said in the message. */
    public void add() {
        SanctionDraft draft = new SanctionDraft(cadre.get() == null ? null : cadre.get().cadreId(), date.get(), kind.get(),
                documentNumber.get(), note.get());
        List<FieldError> problems = draft.check(LocalDate.MAX);
        if (!problems.isEmpty()) {
            FieldError first = problems.get(0);
            String field = switch (first.field()) {
                case "cadre" -> messages.get("assessment.sanction.cadre");
                case "date" -> messages.get("assessment.sanction.date");
                case "kind" -> messages.get("assessment.sanction.kind");
                case "documentNumber" -> messages.get("assessment.sanction.documentNumber");
                default -> messages.get("assessment.sanction.note");
            };
            message.set(field + "：" + messages.of(first));
            return;
        }
        tasks.submit(ctx -> sanctions.create(draft), saved -> {
            message.set(messages.get("assessment.sanction.saved"));
            documentNumber.set("");
            note.set("");
            load(year);
        }, failure -> message.set(failure instanceof ValidationException v && !v.errors().isEmpty()
                ? messages.of(v.errors().get(0)) : errors.describe(failure)));
    }

    public void deleteSelected() {
        SanctionService.Row row = selected.get();
        if (row == null || !dialogs.confirm(messages.get("assessment.sanction.deleteTitle"),
                messages.get("assessment.sanction.deleteConfirm", row.cadreName(), row.sanction().documentNumber()))) {
            return;
        }
        tasks.submit(ctx -> {
            sanctions.delete(row.sanction().id(), row.sanction().version());
            return null;
        }, done -> load(year), failure -> dialogs.showError(messages.get("assessment.sanction.deleteFailed"),
                errors.describe(failure)));
    }

    public String kindLabel(SanctionKind value) {
        return value == null ? "" : messages.label(value);
    }

    public String cadreLabel(AssessmentResult result) {
        return result == null ? "" : result.cadreName() + "（" + result.unitName() + "）";
    }

    public ObservableList<SanctionService.Row> rows() {
        return rows;
    }

    public ObjectProperty<SanctionService.Row> selectedProperty() {
        return selected;
    }

    public ObjectProperty<AssessmentResult> cadreProperty() {
        return cadre;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<SanctionKind> kindProperty() {
        return kind;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

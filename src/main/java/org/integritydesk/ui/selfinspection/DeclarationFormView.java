package org.integritydesk.ui.selfinspection;

import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.ui.common.DateFields;

/** Binds the declaration form to {@link DeclarationFormViewModel}; one row per checklist item is built here. */
public final class DeclarationFormView {
    private final DeclarationFormViewModel form;
    private final String noneText;
    private final String issueText;
    private Consumer<SelfInspectionDeclaration> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private Label headingLabel;
    @FXML private DatePicker declaredOnField;
    @FXML private GridPane itemGrid;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public DeclarationFormView(DeclarationFormViewModel form, String noneText, String issueText) {
        this.form = form;
        this.noneText = noneText;
        this.issueText = issueText;
    }

    public void setCallbacks(Consumer<SelfInspectionDeclaration> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(form.heading());
        DateFields.bind(declaredOnField, form.declaredOnProperty(), (bad, text) -> form.setDateUnreadable(bad));
        int r = 1;
        for (DeclarationFormViewModel.AnswerRow row : form.rows()) {
            Label item = new Label(row.position() + ". " + row.item());
            item.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton none = new RadioButton(noneText);
            none.setId("none" + row.position());
            none.setToggleGroup(group);
            RadioButton issue = new RadioButton(issueText);
            issue.setId("issue" + row.position());
            issue.setToggleGroup(group);
            TextField explanation = new TextField();
            explanation.setId("explanation" + row.position());
            explanation.textProperty().bindBidirectional(row.explanationProperty());
            none.setSelected(Boolean.FALSE.equals(row.issueProperty().get()));
            issue.setSelected(Boolean.TRUE.equals(row.issueProperty().get()));
            group.selectedToggleProperty().addListener((o, a, chosen) ->
                    row.issueProperty().set(chosen == null ? null : chosen == issue));
            row.issueProperty().addListener((o, a, value) -> {
                none.setSelected(Boolean.FALSE.equals(value));
                issue.setSelected(Boolean.TRUE.equals(value));
            });
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(row.errorProperty());
            if (row.ledgerNumber() != null) {
                none.setDisable(true);
                issue.setDisable(true);
                explanation.setDisable(true);
                error.textProperty().unbind();
                error.getStyleClass().remove("field-error");
                error.setText(form.ledgerNote(row));
            }
            itemGrid.addRow(r, item, none, issue, explanation);
            itemGrid.add(error, 3, r + 1);
            r += 2;
        }
        form.errors().addListener((MapChangeListener<String, String>) c -> summaryError.setText(form.errorSummary()));
        saveButton.disableProperty().bind(form.savingProperty());
    }

    @FXML
    private void onRestNone() {
        form.answerRestNone();
    }

    @FXML
    private void onSave() {
        form.save(saved -> onSaved.accept(saved));
    }

    @FXML
    private void onCancel() {
        onCancel.run();
    }
}

package org.integritydesk.ui.selfinspection;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.ui.common.DateFields;

/** Binds the campaign form to {@link CampaignFormViewModel}; the units are a list of check boxes. */
public final class CampaignFormView {
    private final CampaignFormViewModel form;
    private Consumer<SelfInspectionCampaign> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private TextField titleField;
    @FXML private TextField yearField;
    @FXML private DatePicker startsOnField;
    @FXML private DatePicker endsOnField;
    @FXML private TextArea descriptionField;
    @FXML private TextArea itemsField;
    @FXML private ListView<OrgUnit> unitList;
    @FXML private Label titleError;
    @FXML private Label yearError;
    @FXML private Label startsOnError;
    @FXML private Label endsOnError;
    @FXML private Label itemsError;
    @FXML private Label unitsError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;

    public CampaignFormView(CampaignFormViewModel form) {
        this.form = form;
    }

    public void setCallbacks(Consumer<SelfInspectionCampaign> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(form.titleProperty());
        yearField.textProperty().bindBidirectional(form.yearProperty());
        DateFields.bind(startsOnField, form.startsOnProperty(), (bad, text) -> form.setDateUnreadable("startsOn", bad));
        DateFields.bind(endsOnField, form.endsOnProperty(), (bad, text) -> form.setDateUnreadable("endsOn", bad));
        descriptionField.textProperty().bindBidirectional(form.descriptionProperty());
        itemsField.textProperty().bindBidirectional(form.itemsProperty());
        unitList.getItems().setAll(form.units());
        unitList.setCellFactory(list -> new ListCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> {
                    OrgUnit unit = getItem();
                    if (unit == null) {
                        return;
                    }
                    if (box.isSelected() && !form.chosenUnits().contains(unit)) {
                        form.chosenUnits().add(unit);
                    } else if (!box.isSelected()) {
                        form.chosenUnits().remove(unit);
                    }
                });
            }

            @Override
            protected void updateItem(OrgUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                if (empty || unit == null) {
                    setGraphic(null);
                    return;
                }
                box.setText(form.unitLabel(unit));
                box.setId("unit" + unit.code());
                box.setSelected(form.chosenUnits().contains(unit));
                box.setDisable(form.alreadySent(unit));
                setGraphic(box);
            }
        });
        form.chosenUnits().addListener((ListChangeListener<OrgUnit>) c -> unitList.refresh());
        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        saveButton.disableProperty().bind(form.savingProperty());
        showErrors();
    }

    private void showErrors() {
        var errors = form.errors();
        titleError.setText(errors.getOrDefault("title", ""));
        yearError.setText(errors.getOrDefault("year", ""));
        startsOnError.setText(errors.getOrDefault("startsOn", ""));
        endsOnError.setText(errors.getOrDefault("endsOn", ""));
        itemsError.setText(errors.getOrDefault("items", errors.getOrDefault("description", "")));
        unitsError.setText(errors.getOrDefault("units", ""));
        summaryError.setText(form.errorSummary());
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

package org.integritydesk.ui.cadre;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.integritydesk.model.BusinessKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreDraft.FamilyBusinessDraft;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the cadre form's controls to {@link CadreFormViewModel}; the error labels follow its error map. */
public final class CadreFormView {
    private static final List<String> POLITICAL_STATUSES = List.of("中共党员", "中共预备党员", "共青团员", "民主党派", "群众");
    private static final List<String> EDUCATION_LEVELS = List.of("研究生", "大学本科", "大学专科", "中专", "高中");

    private final CadreFormViewModel form;
    private final List<OrgUnit> units;
    private final Function<OrgUnit, String> unitLabel;
    private Consumer<Cadre> onSaved = saved -> { };
    private Runnable onCancel = () -> { };

    @FXML private TextField nameField;
    @FXML private TextField idNumberField;
    @FXML private Label genderValue;
    @FXML private Label birthDateValue;
    @FXML private ComboBox<OrgUnit> unitField;
    @FXML private TextField positionField;
    @FXML private ComboBox<CadreCategory> categoryField;
    @FXML private ComboBox<CadreStatus> statusField;
    @FXML private CheckBox importantField;
    @FXML private TextField mobileField;
    @FXML private TextField ethnicityField;
    @FXML private ComboBox<String> politicalStatusField;
    @FXML private ComboBox<String> educationField;
    @FXML private DatePicker workStartField;
    @FXML private DatePicker appointmentField;
    @FXML private TextArea notesField;
    @FXML private TableView<FamilyBusinessDraft> familyTable;
    @FXML private TableColumn<FamilyBusinessDraft, String> relationColumn;
    @FXML private TableColumn<FamilyBusinessDraft, String> relativeNameColumn;
    @FXML private TableColumn<FamilyBusinessDraft, String> businessKindColumn;
    @FXML private TableColumn<FamilyBusinessDraft, String> employerColumn;
    @FXML private TableColumn<FamilyBusinessDraft, String> jurisdictionColumn;
    @FXML private ComboBox<FamilyRelation> newRelationField;
    @FXML private TextField newRelativeNameField;
    @FXML private ComboBox<BusinessKind> newBusinessKindField;
    @FXML private TextField newEmployerField;
    @FXML private CheckBox newInJurisdictionField;
    @FXML private Button removeFamilyButton;
    @FXML private Label familyError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;
    @FXML private Label nameError;
    @FXML private Label idNumberError;
    @FXML private Label unitError;
    @FXML private Label positionError;
    @FXML private Label categoryError;
    @FXML private Label statusError;
    @FXML private Label mobileError;
    @FXML private Label ethnicityError;
    @FXML private Label politicalStatusError;
    @FXML private Label educationError;
    @FXML private Label workStartDateError;
    @FXML private Label appointmentDateError;
    @FXML private Label notesError;

    public CadreFormView(CadreFormViewModel form, List<OrgUnit> units, Function<OrgUnit, String> unitLabel) {
        this.form = form;
        this.units = units;
        this.unitLabel = unitLabel;
    }

    public void setCallbacks(Consumer<Cadre> onSaved, Runnable onCancel) {
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(form.nameProperty());
        idNumberField.textProperty().bindBidirectional(form.idNumberProperty());
        genderValue.textProperty().bind(form.derivedGenderProperty());
        birthDateValue.textProperty().bind(form.derivedBirthDateProperty());
        unitField.getItems().setAll(units);
        unitField.setConverter(Converters.showing(unitLabel));
        unitField.valueProperty().bindBidirectional(form.unitProperty());
        positionField.textProperty().bindBidirectional(form.positionProperty());
        choices(categoryField, CadreCategory.values());
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        choices(statusField, CadreStatus.values());
        statusField.valueProperty().bindBidirectional(form.statusProperty());
        importantField.selectedProperty().bindBidirectional(form.importantPositionProperty());
        mobileField.textProperty().bindBidirectional(form.mobileProperty());
        ethnicityField.textProperty().bindBidirectional(form.ethnicityProperty());
        politicalStatusField.getItems().setAll(POLITICAL_STATUSES);
        politicalStatusField.getEditor().textProperty().bindBidirectional(form.politicalStatusProperty());
        educationField.getItems().setAll(EDUCATION_LEVELS);
        educationField.getEditor().textProperty().bindBidirectional(form.educationProperty());
        DateFields.bind(workStartField, form.workStartDateProperty(), (bad, text) -> form.setDateUnreadable("workStartDate", bad));
        DateFields.bind(appointmentField, form.appointmentDateProperty(),
                (bad, text) -> form.setDateUnreadable("appointmentDate", bad));
        notesField.textProperty().bindBidirectional(form.notesProperty());
        bindFamily();
        form.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        saveButton.disableProperty().bind(form.savingProperty());
        showErrors();
    }

    private void bindFamily() {
        familyTable.setItems(form.familyRows());
        relationColumn.setCellValueFactory(c -> text(form.label(c.getValue().relation())));
        relativeNameColumn.setCellValueFactory(c -> text(c.getValue().name()));
        businessKindColumn.setCellValueFactory(c -> text(form.label(c.getValue().businessKind())));
        employerColumn.setCellValueFactory(c -> text(c.getValue().employerOrBusiness()));
        jurisdictionColumn.setCellValueFactory(c -> text(form.yesNo(c.getValue().inJurisdiction())));
        choices(newRelationField, FamilyRelation.values());
        newRelationField.valueProperty().bindBidirectional(form.newRelationProperty());
        newRelativeNameField.textProperty().bindBidirectional(form.newRelativeNameProperty());
        choices(newBusinessKindField, BusinessKind.values());
        newBusinessKindField.valueProperty().bindBidirectional(form.newBusinessKindProperty());
        newEmployerField.textProperty().bindBidirectional(form.newEmployerProperty());
        newInJurisdictionField.selectedProperty().bindBidirectional(form.newInJurisdictionProperty());
        familyError.textProperty().bind(form.familyErrorProperty());
        removeFamilyButton.disableProperty().bind(familyTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private <E extends Enum<E> & Labelled> void choices(ComboBox<E> box, E[] values) {
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(form::label));
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private void showErrors() {
        var errors = form.errors();
        nameError.setText(errors.getOrDefault("name", ""));
        idNumberError.setText(errors.getOrDefault("idNumber", ""));
        unitError.setText(errors.getOrDefault("unit", ""));
        positionError.setText(errors.getOrDefault("position", ""));
        categoryError.setText(errors.getOrDefault("category", ""));
        statusError.setText(errors.getOrDefault("status", ""));
        mobileError.setText(errors.getOrDefault("mobile", ""));
        ethnicityError.setText(errors.getOrDefault("ethnicity", ""));
        politicalStatusError.setText(errors.getOrDefault("politicalStatus", ""));
        educationError.setText(errors.getOrDefault("education", ""));
        workStartDateError.setText(errors.getOrDefault("workStartDate", ""));
        appointmentDateError.setText(errors.getOrDefault("appointmentDate", ""));
        notesError.setText(errors.getOrDefault("notes", ""));
        summaryError.setText(form.errorSummary());
    }

    @FXML
    private void onAddFamily() {
        if (form.addFamilyRow()) {
            newRelativeNameField.requestFocus();
        }
    }

    @FXML
    private void onRemoveFamily() {
        form.removeFamilyRow(familyTable.getSelectionModel().getSelectedItem());
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

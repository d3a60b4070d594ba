package org.integritydesk.ui.education;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the activity form to {@link ActivityFormViewModel}; errors show under their fields as the user types. */
public final class ActivityFormView {
    private final ActivityFormViewModel form;
    private final List<OrgUnit> units;
    private final Function<OrgUnit, String> unitLabel;
    private final List<EducationBase> bases;
    private final Messages messages;
    private Consumer<EducationActivity> onSaved = a -> { };
    private Runnable onCancel = () -> { };

    @FXML private ComboBox<ActivityKind> kindField;
    @FXML private ComboBox<OrgUnit> organiserField;
    @FXML private Label organiserError;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private DatePicker dateField;
    @FXML private TextField timeField;
    @FXML private TextField hoursField;
    @FXML private Label dateError;
    @FXML private Label hoursError;
    @FXML private ComboBox<EducationBase> baseField;
    @FXML private TextField placeField;
    @FXML private Label placeError;
    @FXML private TextField speakerField;
    @FXML private Label speakerError;
    @FXML private FlowPane outreachBox;
    @FXML private TextArea summaryField;
    @FXML private Label summaryError;

    public ActivityFormView(ActivityFormViewModel form, List<OrgUnit> units, Function<OrgUnit, String> unitLabel,
            List<EducationBase> bases, Messages messages) {
        this.form = form;
        this.units = units;
        this.unitLabel = unitLabel;
        this.bases = bases;
        this.messages = messages;
    }

    public void setCallbacks(Consumer<EducationActivity> saved, Runnable cancel) {
        this.onSaved = saved;
        this.onCancel = cancel;
    }

    @FXML
    private void initialize() {
        kindField.getItems().setAll(ActivityKind.values());
        kindField.setConverter(Converters.showing(messages::label));
        kindField.valueProperty().bindBidirectional(form.kindProperty());
        organiserField.getItems().setAll(units);
        organiserField.setConverter(Converters.showing(u -> u == null ? "" : unitLabel.apply(u)));
        organiserField.valueProperty().bindBidirectional(form.organiserProperty());
        titleField.textProperty().bindBidirectional(form.titleProperty());
        DateFields.bind(dateField, form.dateProperty(), (unreadable, text) -> dateError.setText(
                unreadable ? messages.get("validation.date.format") : ""));
        timeField.textProperty().bindBidirectional(form.timeProperty());
        hoursField.textProperty().bindBidirectional(form.hoursProperty());
        List<EducationBase> baseChoices = new ArrayList<>();
        baseChoices.add(null);
        baseChoices.addAll(bases);
        baseField.getItems().setAll(baseChoices);
        baseField.setConverter(Converters.showing(b -> b == null ? messages.get("education.field.noBase") : b.name()));
        baseField.valueProperty().bindBidirectional(form.baseProperty());
        placeField.textProperty().bindBidirectional(form.placeProperty());
        speakerField.textProperty().bindBidirectional(form.speakerProperty());
        summaryField.textProperty().bindBidirectional(form.summaryProperty());
        for (OutreachTarget target : OutreachTarget.values()) {
            CheckBox box = new CheckBox(messages.label(target));
            box.selectedProperty().bindBidirectional(form.outreachProperty(target));
            outreachBox.getChildren().add(box);
        }
        form.fieldErrors().addListener((MapChangeListener<String, String>) c -> showErrors());
        showErrors();
    }

    private void showErrors() {
        Map<String, String> errors = form.fieldErrors();
        organiserError.setText(errors.getOrDefault("organiser", ""));
        titleError.setText(errors.getOrDefault("title", ""));
        String dateOrTime = errors.getOrDefault("date", errors.getOrDefault("time", ""));
        if (!dateOrTime.isEmpty()) {
            dateError.setText(dateOrTime);
        }
        hoursError.setText(errors.getOrDefault("hours", ""));
        placeError.setText(errors.getOrDefault("place", errors.getOrDefault("base", "")));
        speakerError.setText(errors.getOrDefault("speaker", ""));
        summaryError.setText(errors.getOrDefault("summary", ""));
    }

    @FXML
    private void onSave() {
        form.save(onSaved);
    }

    @FXML
    private void onCancel() {
        onCancel.run();
    }
}

package org.integritydesk.ui.regulation;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.AttachmentsPane;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;
import org.integritydesk.ui.common.TabRefresh;

/** Binds the 制度建设 tab to its view-model; every decision is made there. */
public final class RegulationsView implements TabRefresh {
    private final RegulationsViewModel model;
    private final Messages messages;

    @FXML private SplitPane root;
    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button deleteButton;
    @FXML private Button printButton;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<RegulationKind> kindFilter;
    @FXML private ComboBox<RegulationStatus> statusFilter;
    @FXML private TableView<Regulation> table;
    @FXML private TableColumn<Regulation, String> titleColumn;
    @FXML private TableColumn<Regulation, String> numberColumn;
    @FXML private TableColumn<Regulation, String> issuedColumn;
    @FXML private TableColumn<Regulation, String> kindColumn;
    @FXML private TableColumn<Regulation, String> unitColumn;
    @FXML private TableColumn<Regulation, String> statusColumn;
    @FXML private Label countLabel;
    @FXML private Label formTitle;
    @FXML private GridPane formGrid;
    @FXML private TextField titleField;
    @FXML private TextField documentNumberField;
    @FXML private DatePicker issuedOnField;
    @FXML private ComboBox<RegulationKind> kindField;
    @FXML private TextField issuingUnitField;
    @FXML private ComboBox<RegulationStatus> statusField;
    @FXML private DatePicker repealedOnField;
    @FXML private TextArea summaryField;
    @FXML private Label titleError;
    @FXML private Label documentNumberError;
    @FXML private Label issuedOnError;
    @FXML private Label kindError;
    @FXML private Label issuingUnitError;
    @FXML private Label statusError;
    @FXML private Label repealedOnError;
    @FXML private Label summaryError;
    @FXML private Button saveButton;
    @FXML private Label formMessage;
    @FXML private VBox attachmentsBox;

    public RegulationsView(RegulationsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bindList();
        bindForm();
        attachmentsBox.getChildren().add(new AttachmentsPane(model.attachments(), messages));
        model.reload();
    }

    private void bindList() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        yearFilter.getItems().add(null);
        model.yearChoices().addListener((ListChangeListener<Integer>) c -> {
            Integer keep = yearFilter.getValue();
            yearFilter.getItems().setAll(model.yearChoices());
            yearFilter.getItems().add(0, null);
            yearFilter.setValue(keep);
        });
        yearFilter.setConverter(Converters.showing(model::yearLabel));
        yearFilter.valueProperty().bindBidirectional(model.yearFilterProperty());
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(RegulationKind.values());
        kindFilter.setConverter(Converters.showing(model::kindLabel));
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(RegulationStatus.values());
        statusFilter.setConverter(Converters.showing(model::statusLabel));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());

        Columns.text(titleColumn, Regulation::title);
        Columns.text(numberColumn, r -> r.documentNumber() == null ? "" : r.documentNumber());
        Columns.text(issuedColumn, r -> r.issuedOn().toString());
        Columns.text(kindColumn, r -> messages.label(r.kind()));
        Columns.text(unitColumn, Regulation::issuingUnit);
        Columns.text(statusColumn, model::statusText);
        SortedList<Regulation> sorted = new SortedList<>(model.visibleRules());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onDelete();
            }
        });
        countLabel.textProperty().bind(model.listStatusProperty());
        addButton.visibleProperty().bind(model.mayEditProperty());
        addButton.managedProperty().bind(model.mayEditProperty());
        deleteButton.visibleProperty().bind(model.mayEditProperty());
        deleteButton.managedProperty().bind(model.mayEditProperty());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
    }

    private void bindForm() {
        formTitle.textProperty().bind(Bindings.when(model.formOpenProperty()).then(model.formTitleProperty())
                .otherwise(messages.get("regulations.form.none")));
        formGrid.visibleProperty().bind(model.formOpenProperty());
        titleField.textProperty().bindBidirectional(model.titleProperty());
        documentNumberField.textProperty().bindBidirectional(model.documentNumberProperty());
        issuingUnitField.textProperty().bindBidirectional(model.issuingUnitProperty());
        summaryField.textProperty().bindBidirectional(model.summaryProperty());
        kindField.getItems().setAll(RegulationKind.values());
        kindField.setConverter(Converters.showing(model::kindLabel));
        kindField.valueProperty().bindBidirectional(model.kindProperty());
        statusField.getItems().setAll(RegulationStatus.values());
        statusField.setConverter(Converters.showing(model::statusLabel));
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        DateFields.bind(issuedOnField, model.issuedOnProperty(), (bad, text) -> model.setDateUnreadable("issuedOn", bad));
        DateFields.bind(repealedOnField, model.repealedOnProperty(),
                (bad, text) -> model.setDateUnreadable("repealedOn", bad));
        model.issuedOnProperty().addListener((o, a, b) -> showDate(issuedOnField, b));
        model.repealedOnProperty().addListener((o, a, b) -> showDate(repealedOnField, b));
        for (var field : java.util.List.of(titleField, documentNumberField, issuingUnitField, summaryField, kindField,
                statusField, issuedOnField)) {
            field.disableProperty().bind(model.formEditable().not());
        }
        repealedOnField.disableProperty().bind(model.repealDateDisabled());
        saveButton.visibleProperty().bind(model.mayEditProperty());
        saveButton.disableProperty().bind(model.formEditable().not());
        formMessage.textProperty().bind(model.formMessageProperty());
        Map<String, Label> errorLabels = Map.of("title", titleError, "documentNumber", documentNumberError,
                "issuedOn", issuedOnError, "kind", kindError, "issuingUnit", issuingUnitError, "status", statusError,
                "repealedOn", repealedOnError, "summary", summaryError);
        errorLabels.forEach((field, label) -> {
            label.textProperty().bind(
                    Bindings.createStringBinding(() -> model.errors().getOrDefault(field, ""), model.errors()));
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        });
    }

    /** Shows a date the view-model set (a record filled in) in the picker's text, unless already shown. */
    private static void showDate(DatePicker picker, java.time.LocalDate date) {
        java.util.Optional<java.time.LocalDate> shown = DateFields.parse(picker.getEditor().getText());
        if (!shown.equals(java.util.Optional.ofNullable(date))) {
            picker.getEditor().setText(date == null ? "" : date.toString());
        }
        if (date != null && !date.equals(picker.getValue())) {
            picker.setValue(date);
        }
    }

    @FXML
    private void onAdd() {
        model.newRegulation();
        titleField.requestFocus();
    }

    @FXML
    private void onDelete() {
        model.deleteSelected();
    }

    @FXML
    private void onPrint() {
        model.printShown();
    }

    @FXML
    private void onClearFilters() {
        model.clearFilters();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        model.reload();
        return true;
    }
}

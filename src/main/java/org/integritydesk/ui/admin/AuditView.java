package org.integritydesk.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditKind;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DateFields;

/** Binds the audit log tab to {@link AuditViewModel}. */
public final class AuditView {
    private final AuditViewModel audit;

    @FXML private TextField actorField;
    @FXML private ComboBox<AuditKind> kindField;
    @FXML private DatePicker fromField;
    @FXML private DatePicker toField;
    @FXML private Label recordFilterLabel;
    @FXML private TableView<AuditEvent> table;
    @FXML private TableColumn<AuditEvent, String> sequenceColumn;
    @FXML private TableColumn<AuditEvent, String> timeColumn;
    @FXML private TableColumn<AuditEvent, String> actorColumn;
    @FXML private TableColumn<AuditEvent, String> kindColumn;
    @FXML private TableColumn<AuditEvent, String> recordColumn;
    @FXML private TableColumn<AuditEvent, String> purposeColumn;
    @FXML private TableColumn<AuditEvent, String> changeColumn;
    @FXML private Button moreButton;
    @FXML private Button historyButton;
    @FXML private Label statusLabel;

    public AuditView(AuditViewModel audit) {
        this.audit = audit;
    }

    @FXML
    private void initialize() {
        actorField.textProperty().bindBidirectional(audit.actorProperty());
        kindField.getItems().add(null);
        kindField.getItems().addAll(AuditKind.values());
        kindField.setConverter(Converters.showing(audit::kindLabel));
        kindField.valueProperty().bindBidirectional(audit.kindProperty());
        DateFields.bind(fromField, audit.fromProperty(), (bad, text) -> { });
        DateFields.bind(toField, audit.toProperty(), (bad, text) -> { });
        recordFilterLabel.textProperty().bind(audit.recordLabelProperty());
        Columns.text(sequenceColumn, e -> Long.toString(e.sequence()));
        Columns.text(timeColumn, audit::when);
        Columns.text(actorColumn, AuditEvent::actor);
        Columns.text(kindColumn, e -> audit.kindLabel(e.kind()));
        Columns.text(recordColumn, audit::record);
        Columns.text(purposeColumn, e -> e.purpose() == null ? "" : e.purpose());
        Columns.text(changeColumn, audit::change);
        table.setItems(audit.events());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> audit.selectedProperty().set(b));
        moreButton.visibleProperty().bind(audit.hasMoreProperty());
        historyButton.disableProperty().bind(audit.selectedProperty().isNull());
        statusLabel.textProperty().bind(audit.statusProperty());
        audit.search();
    }


    @FXML private void onSearch() {
        audit.search();
    }

    @FXML private void onClear() {
        audit.clearFilters();
    }

    @FXML private void onMore() {
        audit.loadMore();
    }

    @FXML private void onHistory() {
        audit.showRecordHistory();
    }

    @FXML private void onExportPdf() {
        audit.export("pdf");
    }

    @FXML private void onExportExcel() {
        audit.export("xlsx");
    }

    @FXML private void onVerify() {
        audit.verify();
    }
}

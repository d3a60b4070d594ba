package org.integritydesk.ui.education;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.BaseKind;
import org.integritydesk.model.BaseTheme;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitEducationTotals;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.AttachmentsPane;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.TableSelection;

/** Binds the 教育活动 tab (activities with attendance, totals per unit, education bases) to its view-models. */
public final class EducationView implements TabRefresh {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EducationViewModel model;
    private final BasesViewModel bases;
    private final AttachmentsViewModel attachments;
    private final EducationDialogs dialogs;
    private final Messages messages;
    private final boolean mayChange;
    /** True for a role that only reads (a leader): every button that changes something stays off. */
    private final SimpleBooleanProperty readOnly;

    @FXML private Tab totalsTab;
    @FXML private Tab basesTab;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private TextField activitySearchField;
    @FXML private ComboBox<ActivityKind> kindFilter;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button printButton;
    @FXML private TableView<ActivitySummary> activityTable;
    @FXML private TableColumn<ActivitySummary, String> dateColumn;
    @FXML private TableColumn<ActivitySummary, String> kindColumn;
    @FXML private TableColumn<ActivitySummary, String> titleColumn;
    @FXML private TableColumn<ActivitySummary, String> organiserColumn;
    @FXML private TableColumn<ActivitySummary, String> hoursColumn;
    @FXML private TableColumn<ActivitySummary, Number> expectedColumn;
    @FXML private TableColumn<ActivitySummary, String> rateColumn;
    @FXML private Label activityCountLabel;
    @FXML private Label activityHeading;
    @FXML private Button addPeopleButton;
    @FXML private Button removePeopleButton;
    @FXML private Button allPresentButton;
    @FXML private Button saveAttendanceButton;
    @FXML private Button importAttendanceButton;
    @FXML private TableView<AttendeeRow> attendeeTable;
    @FXML private TableColumn<AttendeeRow, String> personColumn;
    @FXML private TableColumn<AttendeeRow, String> personUnitColumn;
    @FXML private TableColumn<AttendeeRow, AttendanceStatus> statusColumn;
    @FXML private TableColumn<AttendeeRow, String> reasonColumn;
    @FXML private Label attendanceLabel;
    @FXML private VBox activityAttachmentsBox;
    @FXML private Label totalsHeading;
    @FXML private TableView<UnitEducationTotals> totalsTable;
    @FXML private TableColumn<UnitEducationTotals, String> totalUnitColumn;
    @FXML private TableColumn<UnitEducationTotals, Number> totalOrganisedColumn;
    @FXML private TableColumn<UnitEducationTotals, Number> totalExpectedColumn;
    @FXML private TableColumn<UnitEducationTotals, Number> totalPresentColumn;
    @FXML private TableColumn<UnitEducationTotals, Number> totalLeaveColumn;
    @FXML private TableColumn<UnitEducationTotals, Number> totalAbsentColumn;
    @FXML private TableColumn<UnitEducationTotals, String> totalRateColumn;
    @FXML private TableColumn<UnitEducationTotals, String> totalHoursColumn;
    @FXML private TableView<EducationBase> baseTable;
    @FXML private TableColumn<EducationBase, String> baseNameColumn;
    @FXML private TableColumn<EducationBase, String> baseKindColumn;
    @FXML private TableColumn<EducationBase, String> baseThemeColumn;
    @FXML private TableColumn<EducationBase, String> baseDemoColumn;
    @FXML private TextField baseNameField;
    @FXML private Label baseNameError;
    @FXML private ComboBox<BaseKind> baseKindField;
    @FXML private ComboBox<BaseTheme> baseThemeField;
    @FXML private TextField baseAddressField;
    @FXML private CheckBox baseDemoField;
    @FXML private TextArea baseNotesField;
    @FXML private Button baseSaveButton;
    @FXML private Button baseNewButton;
    @FXML private Button baseDeleteButton;

    /** @param mayChange whether the user's role records activities (a leader only reads) */
    public EducationView(EducationViewModel model, BasesViewModel bases,
            AttachmentsViewModel attachments, EducationDialogs dialogs, Messages messages,
            boolean mayChange) {
        this.model = model;
        this.attachments = attachments;
        this.bases = bases;
        this.dialogs = dialogs;
        this.messages = messages;
        this.mayChange = mayChange;
        this.readOnly = new SimpleBooleanProperty(!mayChange);
    }

    @FXML
    private void initialize() {
        bindActivities();
        bindAttendance();
        bindTotals();
        bindBases();
        model.start();
    }

    private void bindActivities() {
        yearBox.setItems(model.years());
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        yearBox.setConverter(Converters.showing(y -> messages.get("education.year", y)));
        activitySearchField.textProperty().bindBidirectional(model.searchTextProperty());
        List<ActivityKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(ActivityKind.values()));
        kindFilter.getItems().setAll(kinds);
        kindFilter.setConverter(Converters.showing(model::label));
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        unitFilter.setItems(model.unitChoices());
        unitFilter.setConverter(Converters.showing(model::unitLabel));
        unitFilter.valueProperty().bindBidirectional(model.unitFilterProperty());
        activityTable.setItems(model.activities());
        Columns.text(dateColumn, a -> WHEN.format(a.startsAt()));
        Columns.text(kindColumn, a -> messages.label(a.kind()));
        Columns.text(titleColumn, ActivitySummary::title);
        Columns.text(organiserColumn, ActivitySummary::organiserName);
        Columns.text(hoursColumn, a -> plain(a.hours()));
        expectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().attendance().expected() + c.getValue().attendance().pending()));
        Columns.text(rateColumn, a -> model.rate(a.attendance()));
        activityTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && activityTable.getSelectionModel().getSelectedItem() != b) {
                activityTable.getSelectionModel().select(b);
                activityTable.scrollTo(b);
            }
            activityHeading.setText(b == null ? messages.get("education.attendees.chooseActivity")
                    : messages.get("education.attendees.heading", b.title()));
        });
        activityHeading.setText(messages.get("education.attendees.chooseActivity"));
        activityTable.setRowFactory(table -> {
            var row = new TableRow<ActivitySummary>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && mayChange) {
                    onEdit();
                }
            });
            return row;
        });
        activityCountLabel.textProperty().bind(model.statusProperty());
        var none = model.selectedProperty().isNull();
        newButton.setDisable(!mayChange);
        editButton.disableProperty().bind(none.or(readOnly));
        deleteButton.disableProperty().bind(editButton.disableProperty());
        printButton.disableProperty().bind(none);
    }

    private void bindAttendance() {
        attendeeTable.setItems(model.attendees());
        attendeeTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        attendeeTable.setEditable(mayChange);
        Columns.text(personColumn, r -> r.stored().name());
        Columns.text(personUnitColumn, r -> r.stored().unitName());
        statusColumn.setCellValueFactory(c -> c.getValue().statusProperty());
        statusColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Converters.showing(
                s -> s == null ? messages.get("education.attendance.notTaken") : messages.label(s)),
                null, AttendanceStatus.PRESENT, AttendanceStatus.ON_LEAVE, AttendanceStatus.ABSENT));
        statusColumn.setOnEditCommit(e -> {
            e.getRowValue().statusProperty().set(e.getNewValue());
            model.refreshAttendanceStatus();
        });
        reasonColumn.setCellValueFactory(c -> c.getValue().reasonProperty());
        reasonColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        reasonColumn.setOnEditCommit(e -> {
            e.getRowValue().reasonProperty().set(e.getNewValue() == null ? "" : e.getNewValue());
            model.refreshAttendanceStatus();
        });
        attendanceLabel.textProperty().bind(model.attendanceStatusProperty());
        activityAttachmentsBox.getChildren().add(new AttachmentsPane(attachments, messages));
        attachments.show(null, false);
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null || a == null || !a.id().equals(b.id())) {
                attachments.show(b == null ? null : b.id(), mayChange);
            }
        });
        var none = model.selectedProperty().isNull().or(readOnly);
        addPeopleButton.disableProperty().bind(none);
        removePeopleButton.disableProperty().bind(none.or(attendeeTable.getSelectionModel().selectedItemProperty().isNull()));
        allPresentButton.disableProperty().bind(none);
        saveAttendanceButton.disableProperty().bind(none.or(model.busyProperty()));
        importAttendanceButton.disableProperty().bind(none.or(model.busyProperty()));
    }

    private void bindTotals() {
        totalsTable.setItems(model.totals());
        Columns.text(totalUnitColumn, UnitEducationTotals::unitName);
        totalOrganisedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activitiesOrganised()));
        totalExpectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attendance().expected()));
        totalPresentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attendance().present()));
        totalLeaveColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attendance().onLeave()));
        totalAbsentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attendance().absent()));
        totalRateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.rate(c.getValue().attendance())));
        Columns.text(totalHoursColumn, t -> plain(t.attendance().hours()));
        totalsTab.setOnSelectionChanged(e -> {
            if (totalsTab.isSelected()) {
                refreshTotals();
            }
        });
        model.yearProperty().addListener((o, a, b) -> {
            if (totalsTab.isSelected()) {
                refreshTotals();
            }
        });
    }

    private void refreshTotals() {
        totalsHeading.setText(messages.get("education.totals.heading", model.yearProperty().get()));
        model.loadTotals();
    }

    private void bindBases() {
        baseTable.setItems(bases.list());
        Columns.text(baseNameColumn, EducationBase::name);
        Columns.text(baseKindColumn, b -> messages.label(b.kind()));
        Columns.text(baseThemeColumn, b -> messages.label(b.theme()));
        Columns.text(baseDemoColumn, b -> b.demonstrationSite() ? messages.get("common.yes") : "");
        TableSelection.follow(baseTable, bases.selectedProperty());
        baseNameField.textProperty().bindBidirectional(bases.nameProperty());
        baseKindField.getItems().setAll(BaseKind.values());
        baseKindField.setConverter(Converters.showing(messages::label));
        baseKindField.valueProperty().bindBidirectional(bases.kindProperty());
        baseThemeField.getItems().setAll(BaseTheme.values());
        baseThemeField.setConverter(Converters.showing(messages::label));
        baseThemeField.valueProperty().bindBidirectional(bases.themeProperty());
        baseAddressField.textProperty().bindBidirectional(bases.addressProperty());
        baseDemoField.selectedProperty().bindBidirectional(bases.demonstrationSiteProperty());
        baseNotesField.textProperty().bindBidirectional(bases.notesProperty());
        bases.fieldErrors().addListener((MapChangeListener<String, String>) c ->
                baseNameError.setText(bases.fieldErrors().getOrDefault("name", "")));
        baseSaveButton.setDisable(!mayChange);
        baseNewButton.setDisable(!mayChange);
        baseDeleteButton.disableProperty().bind(bases.selectedProperty().isNull()
                .or(readOnly));
        basesTab.setOnSelectionChanged(e -> {
            if (basesTab.isSelected()) {
                bases.reload();
            }
        });
    }

    /** "2", "1.5", "20": hours as the office writes them. */
    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    @FXML
    private void onNew() {
        dialogs.openForm(null, saved -> model.showSaved(saved.id(), saved.year()));
    }

    @FXML
    private void onEdit() {
        ActivitySummary chosen = model.selectedProperty().get();
        if (chosen != null) {
            dialogs.openForm(chosen.id(), saved -> model.showSaved(saved.id(), saved.year()));
        }
    }

    @FXML
    private void onDelete() {
        model.deleteSelected();
    }

    @FXML
    private void onPrintSignIn() {
        ActivitySummary chosen = model.selectedProperty().get();
        if (chosen != null) {
            dialogs.previewSignInSheet(chosen.id());
        }
    }

    @FXML
    private void onPrintList() {
        Integer year = model.yearProperty().get();
        if (year != null) {
            dialogs.previewActivityList(year, List.copyOf(model.activities()), model.filterText());
        }
    }

    @FXML
    private void onAddPeople() {
        dialogs.chooseAttendees(model::addAttendees);
    }

    @FXML
    private void onRemovePeople() {
        model.removeAttendees(List.copyOf(attendeeTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void onRestPresent() {
        model.markRestPresent();
        attendeeTable.refresh();
    }

    @FXML
    private void onSaveAttendance() {
        model.saveAttendance();
    }

    @FXML
    private void onImportAttendance() {
        var chosen = model.selectedProperty().get();
        if (chosen != null) {
            dialogs.importAttendance(chosen.id(), chosen.title(), model::reload);
        }
    }

    @FXML
    private void onSaveBase() {
        bases.save();
    }

    @FXML
    private void onNewBase() {
        baseTable.getSelectionModel().clearSelection();
        bases.startNew();
        baseNameField.requestFocus();
    }

    @FXML
    private void onDeleteBase() {
        bases.deleteSelected();
    }

    /** Reads the records again for what other users changed, unless attendance is being taken. */
    @Override
    public boolean refresh() {
        if (model.hasUnsavedAttendance()) {
            return false;
        }
        model.reload();
        return true;
    }
}

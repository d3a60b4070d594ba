package org.integritydesk.ui.responsibility;

import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProgressResult;
import org.integritydesk.model.Quarter;
import org.integritydesk.model.ResponsibilityStatus;
import org.integritydesk.model.ResponsibilityTask;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.AttachmentsPane;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.UnitChoiceBox;
import org.integritydesk.ui.common.TabRefresh;

/**
 * Binds the 责任分解 tab to {@link ResponsibilityListViewModel}; the task form opens through
 * {@link ResponsibilityDialogs}. Keys: Enter edits the selected task, Delete deletes it, Ctrl+Enter
 * in the 落实情况 box saves the quarter's progress.
 */
public final class ResponsibilityView implements TabRefresh {
    private final ResponsibilityListViewModel list;
    private final ResponsibilityDialogs dialogs;
    private final Messages messages;

    @FXML private ComboBox<Integer> yearBox;
    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button copyButton;
    @FXML private ComboBox<OrgUnit> unitFilter;
    @FXML private ComboBox<ResponsibilityStatus> statusFilter;
    @FXML private TableView<ResponsibilityTask> table;
    @FXML private TableColumn<ResponsibilityTask, String> seqColumn;
    @FXML private TableColumn<ResponsibilityTask, String> categoryColumn;
    @FXML private TableColumn<ResponsibilityTask, String> textColumn;
    @FXML private TableColumn<ResponsibilityTask, String> unitColumn;
    @FXML private TableColumn<ResponsibilityTask, String> leaderColumn;
    @FXML private TableColumn<ResponsibilityTask, String> deadlineColumn;
    @FXML private TableColumn<ResponsibilityTask, String> q1Column;
    @FXML private TableColumn<ResponsibilityTask, String> q2Column;
    @FXML private TableColumn<ResponsibilityTask, String> q3Column;
    @FXML private TableColumn<ResponsibilityTask, String> q4Column;
    @FXML private TableColumn<ResponsibilityTask, String> statusColumn;
    @FXML private Label countLabel;
    @FXML private TableView<ResponsibilityListViewModel.ProgressRow> progressTable;
    @FXML private TableColumn<ResponsibilityListViewModel.ProgressRow, String> quarterColumn;
    @FXML private TableColumn<ResponsibilityListViewModel.ProgressRow, String> resultColumn;
    @FXML private TableColumn<ResponsibilityListViewModel.ProgressRow, String> noteColumn;
    @FXML private TableColumn<ResponsibilityListViewModel.ProgressRow, String> recordedColumn;
    @FXML private ComboBox<Quarter> quarterField;
    @FXML private ComboBox<ProgressResult> resultField;
    @FXML private TextArea noteField;
    @FXML private Label quarterError;
    @FXML private Label resultError;
    @FXML private Label noteError;
    @FXML private Button saveProgressButton;
    @FXML private VBox evidenceBox;

    public ResponsibilityView(ResponsibilityListViewModel list, ResponsibilityDialogs dialogs, Messages messages) {
        this.list = list;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        yearBox.setItems(list.years());
        yearBox.valueProperty().bindBidirectional(list.yearProperty());
        searchField.textProperty().bindBidirectional(list.searchTextProperty());
        UnitChoiceBox.bind(unitFilter, list.unitChoices(), list.unitFilterProperty(), list::unitLabel);
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(ResponsibilityStatus.values());
        statusFilter.setConverter(Converters.showing(list::choiceLabel));
        statusFilter.valueProperty().bindBidirectional(list.statusFilterProperty());
        boolean mayDefine = list.mayDefine();
        for (Button b : List.of(addButton, editButton, deleteButton, copyButton)) {
            b.setVisible(mayDefine);
            b.setManaged(mayDefine);
        }
        editButton.disableProperty().bind(list.selectedProperty().isNull());
        deleteButton.disableProperty().bind(list.selectedProperty().isNull());
        bindTable();
        bindProgress();
        countLabel.textProperty().bind(list.statusProperty());
        evidenceBox.getChildren().add(new AttachmentsPane(list.evidence(), messages));
        list.reload();
    }

    private void bindTable() {
        Columns.text(seqColumn, t -> String.valueOf(t.seq()));
        Columns.text(categoryColumn, t -> list.label(t.category()));
        Columns.text(textColumn, ResponsibilityTask::text);
        Columns.text(unitColumn, ResponsibilityTask::unitName);
        Columns.text(leaderColumn, t -> t.leaderName() == null ? "" : t.leaderName());
        Columns.text(deadlineColumn, t -> t.deadline().toString());
        Columns.text(q1Column, t -> list.quarterCell(t, Quarter.Q1));
        Columns.text(q2Column, t -> list.quarterCell(t, Quarter.Q2));
        Columns.text(q3Column, t -> list.quarterCell(t, Quarter.Q3));
        Columns.text(q4Column, t -> list.quarterCell(t, Quarter.Q4));
        Columns.text(statusColumn, list::statusLabel);
        var sorted = new javafx.collections.transformation.SortedList<>(list.visibleTasks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !table.getItems().contains(list.selectedProperty().get())) {
                list.selectedProperty().set(b);
            }
        });
        list.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        table.setRowFactory(t -> {
            TableRow<ResponsibilityTask> row = new TableRow<>() {
                @Override
                protected void updateItem(ResponsibilityTask item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("overdue", "done");
                    if (!empty && list.isOverdue(item)) {
                        getStyleClass().add("overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && list.mayDefine()) {
                    onEdit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.mayDefine()) {
                onEdit();
            } else if (e.getCode() == KeyCode.DELETE && list.mayDefine()) {
                onDelete();
            }
        });
    }

    private void bindProgress() {
        Columns.text(quarterColumn, r -> list.label(r.quarter()));
        Columns.text(resultColumn, r -> r.entry() == null ? "—" : list.label(r.entry().result()));
        Columns.text(noteColumn, r -> r.entry() == null ? "" : r.entry().note());
        Columns.text(recordedColumn, list::recordedLabel);
        progressTable.setItems(list.progressRows());
        progressTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                list.quarterProperty().set(b.quarter());
            }
        });
        quarterField.getItems().setAll(Quarter.values());
        quarterField.setConverter(Converters.showing(list::label));
        quarterField.valueProperty().bindBidirectional(list.quarterProperty());
        resultField.getItems().setAll(ProgressResult.values());
        resultField.setConverter(Converters.showing(list::label));
        resultField.valueProperty().bindBidirectional(list.resultProperty());
        noteField.textProperty().bindBidirectional(list.noteProperty());
        noteField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                onSaveProgress();
            }
        });
        var locked = list.mayRecordProperty().not();
        quarterField.disableProperty().bind(list.selectedProperty().isNull());
        resultField.disableProperty().bind(locked);
        noteField.editableProperty().bind(list.mayRecordProperty());
        saveProgressButton.disableProperty().bind(locked.or(list.savingProperty()));
        list.progressErrors().addListener((MapChangeListener<String, String>) c -> showProgressErrors());
        showProgressErrors();
    }

    private void showProgressErrors() {
        quarterError.setText(list.progressErrors().getOrDefault("quarter", ""));
        resultError.setText(list.progressErrors().getOrDefault("result", ""));
        noteError.setText(list.progressErrors().getOrDefault("note", ""));
    }

    @FXML
    private void onAdd() {
        dialogs.openForm(null, list.yearProperty().get(), list::saved);
    }

    @FXML
    private void onEdit() {
        ResponsibilityTask task = list.selectedProperty().get();
        if (task != null) {
            dialogs.openForm(task, task.year(), list::saved);
        }
    }

    @FXML
    private void onDelete() {
        list.deleteSelected();
    }

    @FXML
    private void onCopy() {
        list.copyLastYear();
    }

    @FXML
    private void onPrint() {
        list.print();
    }

    @FXML
    private void onClearFilters() {
        list.clearFilters();
    }

    @FXML
    private void onSaveProgress() {
        list.saveProgress();
    }

    public List<ResponsibilityTask> shownTasks() {
        return List.copyOf(table.getItems());
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        list.reload();
        return true;
    }
}

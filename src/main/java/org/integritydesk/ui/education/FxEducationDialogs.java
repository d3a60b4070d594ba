package org.integritydesk.ui.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSearch;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EducationBase;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.EducationBaseService;
import org.integritydesk.service.EducationPrinting;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.print.PreviewOpener;

/** The education tab's windows: the activity form, the attendee chooser and the sign-in sheet preview. */
public final class FxEducationDialogs implements EducationDialogs {
    private final EducationService education;
    private final EducationBaseService bases;
    private final EducationPrinting printing;
    private final CadreService cadres;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final PreviewOpener preview;
    private final org.integritydesk.service.AttendanceImportService attendanceImport;

    public FxEducationDialogs(EducationService education, EducationBaseService bases, EducationPrinting printing,
            CadreService cadres, UnitService units, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock,
            ViewLoader loader, Supplier<Window> owner, PreviewOpener preview,
            org.integritydesk.service.AttendanceImportService attendanceImport) {
        this.attendanceImport = attendanceImport;
        this.education = education;
        this.bases = bases;
        this.printing = printing;
        this.cadres = cadres;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.preview = preview;
    }

    private record FormData(UnitTree tree, List<EducationBase> bases, EducationActivity activity) {
    }

    @Override
    public void openForm(UUID activityId, Consumer<EducationActivity> onSaved) {
        tasks.submit(ctx -> new FormData(units.tree(), bases.list(),
                        activityId == null ? null : education.activity(activityId)),
                data -> showForm(data, onSaved), this::showError);
    }

    private void showForm(FormData data, Consumer<EducationActivity> onSaved) {
        ActivityFormViewModel form = new ActivityFormViewModel(education, tasks, dialogs, messages, LocalDate.now(clock));
        if (data.activity() != null) {
            EducationActivity a = data.activity();
            form.edit(a, data.tree().find(a.organiserUnitId()).orElse(null),
                    data.bases().stream().filter(b -> b.id().equals(a.baseId())).findFirst().orElse(null));
        } else if (!data.tree().roots().isEmpty()) {
            form.organiserProperty().set(data.tree().roots().get(0));
        }
        ActivityFormView view = new ActivityFormView(form, data.tree().inDisplayOrder(), data.tree()::indentedName,
                data.bases(), messages);
        var loaded = loader.load(ActivityFormView.class, "ActivityFormView", view);
        Stage stage = Windows.modal(owner.get(), form.formTitleProperty().get(), loaded.root());
        view.setCallbacks(saved -> {
            stage.close();
            onSaved.accept(saved);
        }, stage::close);
        Windows.reopenOnReload(stage, form::setOnReload,
                data.activity() == null ? null : () -> openForm(data.activity().id(), onSaved));
        stage.show();
    }

    private record ChooserData(UnitTree tree, List<CadreSummary> cadres) {
    }

    @Override
    public void chooseAttendees(Consumer<AttendeeChoice> onChosen) {
        tasks.submit(ctx -> new ChooserData(units.tree(), cadres.listCadres()),
                data -> showChooser(data).ifPresent(onChosen), this::showError);
    }

    /** Units (each with the units below it) and categories on the left, people one by one on the right. */
    private Optional<AttendeeChoice> showChooser(ChooserData data) {
        Dialog<AttendeeChoice> dialog = Windows.styled(new Dialog<>());
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("education.chooser.title"));
        Set<UUID> chosenUnits = new HashSet<>();
        ListView<OrgUnit> unitList = new ListView<>(FXCollections.observableArrayList(data.tree().inDisplayOrder()));
        unitList.setCellFactory(CheckBoxListCell.forListView(unit -> {
            var selected = new SimpleBooleanProperty();
            selected.addListener((o, a, b) -> {
                if (b) {
                    chosenUnits.add(unit.id());
                } else {
                    chosenUnits.remove(unit.id());
                }
            });
            return selected;
        }, Converters.showing(data.tree()::indentedName)));
        unitList.setPrefSize(240, 280);
        unitList.setId("chooserUnits");
        VBox categories = new VBox(4);
        Set<CadreCategory> chosenCategories = new HashSet<>();
        for (CadreCategory category : CadreCategory.values()) {
            CheckBox box = new CheckBox(messages.label(category));
            box.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    chosenCategories.add(category);
                } else {
                    chosenCategories.remove(category);
                }
            });
            categories.getChildren().add(box);
        }
        FilteredList<CadreSummary> people = new FilteredList<>(FXCollections.observableArrayList(
                data.cadres().stream().filter(c -> c.status() == CadreStatus.ACTIVE).toList()));
        TextField search = new TextField();
        search.setPromptText(messages.get("education.chooser.searchPrompt"));
        search.textProperty().addListener((o, a, b) -> {
            CadreSearch query = new CadreSearch(b);
            people.setPredicate(query.isEmpty() ? c -> true : query::matches);
        });
        search.setId("chooserSearch");
        ListView<CadreSummary> personList = new ListView<>(people);
        personList.setId("chooserPeople");
        personList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        personList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CadreSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "　" + c.unitName() + "　" + c.position());
            }
        });
        personList.setPrefSize(300, 280);
        VBox left = new VBox(6, new Label(messages.get("education.chooser.units")), unitList,
                new Label(messages.get("education.chooser.categories")), categories);
        VBox right = new VBox(6, new Label(messages.get("education.chooser.people")), search, personList);
        VBox.setVgrow(personList, Priority.ALWAYS);
        HBox content = new HBox(12, left, right);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        // the app's own words: JavaFX's ButtonType.OK would follow the PC's language, not the window's
        ButtonType add = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add,
                new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == add
                ? new AttendeeChoice(chosenUnits, chosenCategories, personList.getSelectionModel().getSelectedItems()
                        .stream().map(CadreSummary::id).collect(Collectors.toSet()))
                : null);
        return dialog.showAndWait().filter(c -> !c.unitIds().isEmpty() || !c.cadreIds().isEmpty());
    }

    @Override
    public void importAttendance(UUID activityId, String activityTitle, Runnable onImported) {
        var model = new org.integritydesk.ui.common.SheetImportViewModel<>(
                new AttendanceImport(attendanceImport, activityId, activityTitle, messages), tasks, dialogs, messages);
        model.setOnImported(onImported);
        org.integritydesk.ui.common.SheetImportView.open(loader, owner.get(), model);
    }

    @Override
    public void previewSignInSheet(UUID activityId) {
        preview.open(messages.get("education.print.title"), messages.get("education.print.fileName", LocalDate.now(clock)),
                ctx -> printing.signInSheet(activityId, messages.locale(), ctx::progress,
                        ctx::isCancelled));
    }

    @Override
    public void previewActivityList(int year, List<ActivitySummary> activities, String filterText) {
        List<ActivitySummary> rows = List.copyOf(activities);
        preview.open(messages.get("education.printList.title"), messages.get("education.printList.fileName", year),
                ctx -> printing.activityList(year, rows, null, filterText, messages.locale()));
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("education.title"), new ErrorDescriber(messages).describe(failure));
    }
}

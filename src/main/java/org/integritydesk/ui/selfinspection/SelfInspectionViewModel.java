package org.integritydesk.ui.selfinspection;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SelfInspectionService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 专项自查 sub-tab: the campaigns; for the chosen one its progress per unit and its cadres'
 * declarations (those of the unit chosen in the progress table, or all), the chosen cadre's answers;
 * printing the blank forms (of the chosen unit, or all) and the summary.
 */
public final class SelfInspectionViewModel {
    /** Opens the campaign form and the declaration form; the window's implementation reads what they need. */
    public interface Dialogs {
        void openCampaignForm(SelfInspectionCampaign editing, Consumer<SelfInspectionCampaign> onSaved);

        void openDeclarationForm(SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration,
                Consumer<SelfInspectionDeclaration> onSaved);
    }

    private record Loaded(List<CampaignProgress> progress, List<SelfInspectionDeclaration> declarations) {
    }

    private final SelfInspectionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final PreviewOpener preview;
    private final Dialogs forms;
    private final ErrorDescriber errors;
    private final boolean mayChange;

    private final ObservableList<SelfInspectionCampaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<SelfInspectionCampaign> selected = new SimpleObjectProperty<>();
    private final ObservableList<CampaignProgress> progress = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignProgress> selectedUnit = new SimpleObjectProperty<>();
    private final ObservableList<SelfInspectionDeclaration> allDeclarations = FXCollections.observableArrayList();
    private final FilteredList<SelfInspectionDeclaration> declarations = new FilteredList<>(allDeclarations);
    private final BooleanProperty pendingOnly = new SimpleBooleanProperty();
    private final ObjectProperty<SelfInspectionDeclaration> selectedDeclaration = new SimpleObjectProperty<>();
    private final ObservableList<String> answers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SelfInspectionViewModel(SelfInspectionService service, TaskRunner tasks, DialogService dialogs,
            Messages messages, PreviewOpener preview, Dialogs forms, boolean mayChange) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.preview = preview;
        this.forms = forms;
        this.errors = new ErrorDescriber(messages);
        this.mayChange = mayChange;
        selected.addListener((o, a, campaign) -> loadCampaign(campaign));
        selectedUnit.addListener((o, a, b) -> applyFilter());
        pendingOnly.addListener((o, a, b) -> applyFilter());
        selectedDeclaration.addListener((o, a, d) -> showAnswers(d));
    }

    public void reload() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> service.list(), list -> {
            campaigns.setAll(list);
            status.set(messages.get("selfInspection.list.count", list.size()));
            SelfInspectionCampaign again = keep == null ? (list.isEmpty() ? null : list.get(0))
                    : list.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null);
            selected.set(null);
            selected.set(again);
        }, failure -> dialogs.showError(messages.get("selfInspection.list.loadFailed"), errors.describe(failure)));
    }

    private void loadCampaign(SelfInspectionCampaign campaign) {
        if (campaign == null) {
            progress.clear();
            allDeclarations.clear();
            return;
        }
        UUID keepDeclaration = selectedDeclaration.get() == null ? null : selectedDeclaration.get().id();
        UUID keepUnit = selectedUnit.get() == null ? null : selectedUnit.get().unitId();
        tasks.submit(ctx -> new Loaded(service.progress(campaign.id(), messages.get("selfInspection.progress.total")),
                service.declarations(campaign.id())), loaded -> {
                    if (selected.get() == null || !selected.get().id().equals(campaign.id())) {
                        return;
                    }
                    progress.setAll(loaded.progress());
                    allDeclarations.setAll(loaded.declarations());
                    selectedUnit.set(keepUnit == null ? null : progress.stream()
                            .filter(p -> keepUnit.equals(p.unitId())).findFirst().orElse(null));
                    applyFilter();
                    selectedDeclaration.set(keepDeclaration == null ? null : allDeclarations.stream()
                            .filter(d -> d.id().equals(keepDeclaration)).findFirst().orElse(null));
                }, failure -> dialogs.showError(messages.get("selfInspection.list.loadFailed"), errors.describe(failure)));
    }

    void applyFilter() {
        CampaignProgress unit = selectedUnit.get();
        declarations.setPredicate(d -> (unit == null || unit.unitId() == null || unit.unitId().equals(d.unitId()))
                && (!pendingOnly.get() || !d.declared()));
    }

    private void showAnswers(SelfInspectionDeclaration d) {
        answers.clear();
        SelfInspectionCampaign campaign = selected.get();
        if (d == null || campaign == null) {
            return;
        }
        answers.add(d.declared() ? messages.get("selfInspection.detail.declared", d.cadreName(), d.unitName(),
                d.declaredOn().toString()) : messages.get("selfInspection.detail.pending", d.cadreName(), d.unitName()));
        for (DeclarationAnswer a : d.answers()) {
            String item = a.position() <= campaign.items().size() ? campaign.items().get(a.position() - 1) : "";
            answers.add(a.issue()
                    ? messages.get("selfInspection.detail.issue", a.position(), item, a.explanation(),
                            a.itemNumber() == null ? "" : a.itemNumber())
                    : messages.get("selfInspection.detail.none", a.position(), item));
        }
    }

    public void addCampaign() {
        forms.openCampaignForm(null, saved -> {
            selected.set(null);
            campaigns.add(0, saved);
            selected.set(saved);
            reload();
        });
    }

    public void editCampaign() {
        SelfInspectionCampaign campaign = selected.get();
        if (campaign != null) {
            forms.openCampaignForm(campaign, saved -> reload());
        }
    }

    public void deleteCampaign() {
        SelfInspectionCampaign campaign = selected.get();
        if (campaign == null || !dialogs.confirm(messages.get("selfInspection.delete.title"),
                messages.get("selfInspection.delete.confirm", campaign.number(), campaign.title()))) {
            return;
        }
        tasks.submit(ctx -> {
            service.delete(campaign.id(), campaign.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, failure -> dialogs.showError(messages.get("selfInspection.delete.title"), errors.describe(failure)));
    }

    /** Opens the chosen cadre's declaration form; after saving, the progress and the ledger link show at once. */
    public void declare() {
        SelfInspectionCampaign campaign = selected.get();
        SelfInspectionDeclaration d = selectedDeclaration.get();
        if (campaign != null && d != null) {
            forms.openDeclarationForm(campaign, d, saved -> loadCampaign(campaign));
        }
    }

    public void printForms() {
        SelfInspectionCampaign campaign = selected.get();
        if (campaign == null) {
            return;
        }
        CampaignProgress unit = selectedUnit.get();
        List<UUID> units = unit == null || unit.unitId() == null ? null : List.of(unit.unitId());
        String scope = units == null ? messages.get("selfInspection.print.allUnits") : unit.unitName();
        preview.open(messages.get("selfInspection.print.formsTitle", campaign.number(), scope),
                messages.get("selfInspection.print.formsFile", campaign.number()),
                ctx -> service.printForms(campaign.id(), units, messages.locale()));
    }

    public void printSummary() {
        SelfInspectionCampaign campaign = selected.get();
        if (campaign != null) {
            preview.open(messages.get("selfInspection.print.summaryTitle", campaign.number()),
                    messages.get("selfInspection.print.summaryFile", campaign.number()),
                    ctx -> service.printSummary(campaign.id(), messages.locale()));
        }
    }

    public String period(SelfInspectionCampaign c) {
        return c.startsOn() + " — " + c.endsOn();
    }

    public String declarationState(SelfInspectionDeclaration d) {
        if (!d.declared()) {
            return messages.get("selfInspection.state.pending");
        }
        return d.issueCount() == 0 ? messages.get("selfInspection.state.none")
                : messages.get("selfInspection.state.issues", d.issueCount());
    }

    public boolean mayChange() {
        return mayChange;
    }

    public ObservableList<SelfInspectionCampaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<SelfInspectionCampaign> selectedProperty() {
        return selected;
    }

    public ObservableList<CampaignProgress> progress() {
        return progress;
    }

    public ObjectProperty<CampaignProgress> selectedUnitProperty() {
        return selectedUnit;
    }

    public ObservableList<SelfInspectionDeclaration> declarations() {
        return declarations;
    }

    public BooleanProperty pendingOnlyProperty() {
        return pendingOnly;
    }

    public ObjectProperty<SelfInspectionDeclaration> selectedDeclarationProperty() {
        return selectedDeclaration;
    }

    public ObservableList<String> answers() {
        return answers;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

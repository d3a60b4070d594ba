package org.integritydesk.ui.selfinspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SelfInspectionService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.Reopener;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Reads what the forms need in the background, then opens the campaign or declaration form as a window. */
public final class FxSelfInspectionDialogs implements SelfInspectionViewModel.Dialogs {
    private final SelfInspectionService service;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final Reopener reopen;

    public FxSelfInspectionDialogs(SelfInspectionService service, UnitService units, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock, ViewLoader loader, Supplier<Window> owner) {
        this.service = service;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.reopen = new Reopener(tasks, dialogs, messages);
    }

    @Override
    public void openCampaignForm(SelfInspectionCampaign editing, Consumer<SelfInspectionCampaign> onSaved) {
        tasks.submit(ctx -> units.tree(), tree -> {
            CampaignFormViewModel form = new CampaignFormViewModel(service, tasks, dialogs, messages, tree,
                    LocalDate.now(clock));
            if (editing != null) {
                form.edit(editing);
            }
            CampaignFormView view = new CampaignFormView(form);
            var loaded = loader.load(CampaignFormView.class, "CampaignFormView", view);
            Windows.showForm(owner.get(), form.formTitleProperty().get(), loaded.root(), view::setCallbacks, onSaved,
                    form::setOnReload, editing == null ? null : reopen.reading(form.formTitleProperty().get(),
                            ctx -> service.find(editing.id()), fresh -> openCampaignForm(fresh, onSaved)));
        }, failure -> dialogs.showError(messages.get("selfInspection.form.titleNew"),
                new ErrorDescriber(messages).describe(failure)));
    }

    @Override
    public void openDeclarationForm(SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration,
            Consumer<SelfInspectionDeclaration> onSaved) {
        DeclarationFormViewModel form = new DeclarationFormViewModel(service, tasks, dialogs, messages, campaign,
                declaration, LocalDate.now(clock));
        DeclarationFormView view = new DeclarationFormView(form, messages.get("selfInspection.answer.none"),
                messages.get("selfInspection.answer.issue"));
        var loaded = loader.load(DeclarationFormView.class, "DeclarationFormView", view);
        Windows.showForm(owner.get(), form.title(), loaded.root(), view::setCallbacks, onSaved, form::setOnReload,
                reopen.reading(form.title(), ctx -> new Declaring(service.find(campaign.id()),
                        service.findDeclaration(declaration.id())),
                        fresh -> openDeclarationForm(fresh.campaign(), fresh.declaration(), onSaved)));
    }

    private record Declaring(SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration) {
    }
}

package org.integritydesk.ui.rectification;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Reads the units and cadres in the background, then opens the ledger item form. */
public final class FxRectificationDialogs implements RectificationDialogs {
    private final RectificationService ledger;
    private final UnitService units;
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;

    public FxRectificationDialogs(RectificationService ledger, UnitService units, CadreService cadres, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock, ViewLoader loader, Supplier<Window> owner) {
        this.ledger = ledger;
        this.units = units;
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
    }

    private record FormData(UnitTree tree, List<CadreSummary> cadres) {
    }

    @Override
    public void openForm(Rectification editing, Consumer<Rectification> onSaved) {
        tasks.submit(ctx -> new FormData(units.tree(), cadres.listCadres()), data -> {
            RectificationFormViewModel form = new RectificationFormViewModel(ledger, tasks, dialogs, messages, clock,
                    data.tree(), data.cadres());
            if (editing != null) {
                form.edit(editing);
            }
            RectificationFormView view = new RectificationFormView(form);
            var loaded = loader.load(RectificationFormView.class, "RectificationFormView", view);
            Windows.showForm(owner.get(), form.titleProperty().get(), loaded.root(), view::setCallbacks, onSaved);
        }, failure -> dialogs.showError(messages.get("rectification.form.titleNew"),
                new ErrorDescriber(messages).describe(failure)));
    }
}

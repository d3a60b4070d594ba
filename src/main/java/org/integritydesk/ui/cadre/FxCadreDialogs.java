package org.integritydesk.ui.cadre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreDraft;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.SheetImportView;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.print.PreviewOpener;

/** Opens the cadre form, the recycle bin and the print preview as windows of their own. */
public final class FxCadreDialogs implements CadreDialogs {
    /** What printing a cadre file needs from the service layer. */
    public interface CadreFilePrinting {
        PrintableDocument cadreFile(UUID cadreId, String purpose, TaskRunner.WorkContext context);

        PrintableDocument cadreFiles(List<UUID> unitIds, String purpose, TaskRunner.WorkContext context);
    }

    private final CadreService cadres;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final PreviewOpener preview;
    private final CadreFilePrinting printing;
    private final ViewingPurpose purpose;
    private final org.integritydesk.exchange.RosterImport rosterImport;

    public FxCadreDialogs(CadreService cadres, UnitService units, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock, ViewLoader loader, Supplier<Window> owner, PreviewOpener preview, CadreFilePrinting printing,
            ViewingPurpose purpose, org.integritydesk.exchange.RosterImport rosterImport) {
        this.cadres = cadres;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.preview = preview;
        this.printing = printing;
        this.purpose = purpose;
        this.rosterImport = rosterImport;
    }

    private record FormData(UnitTree tree, Cadre cadre, CadreDraft draft) {
    }

    @Override
    public void openForm(UUID cadreId, Consumer<Cadre> onSaved) {
        tasks.submit(ctx -> {
            UnitTree tree = units.tree();
            if (cadreId == null) {
                return new FormData(tree, null, null);
            }
            CadreService.Editing editing = cadres.forEditing(cadreId);
            return new FormData(tree, editing.cadre(), editing.draft());
        }, data -> showForm(data, onSaved), failure -> dialogs.showError(messages.get("cadre.form.titleNew"),
                new ErrorDescriber(messages).describe(failure)));
    }

    private void showForm(FormData data, Consumer<Cadre> onSaved) {
        CadreFormViewModel form = new CadreFormViewModel(cadres, tasks, dialogs, messages, clock);
        if (data.cadre() != null) {
            form.edit(data.cadre(), data.tree().find(data.cadre().unitId()).orElse(null), data.draft());
        }
        CadreFormView view = new CadreFormView(form, data.tree().inDisplayOrder(), data.tree()::indentedName);
        var loaded = loader.load(CadreFormView.class, "CadreFormView", view);
        Stage stage = Windows.modal(owner.get(), form.titleProperty().get(), loaded.root());
        view.setCallbacks(saved -> {
            stage.close();
            onSaved.accept(saved);
        }, stage::close);
        Windows.reopenOnReload(stage, form::setOnReload,
                data.cadre() == null ? null : () -> openForm(data.cadre().id(), onSaved));
        stage.show();
    }

    @Override
    public void openRecycleBin(Runnable onRestored) {
        RecycleBinViewModel bin = new RecycleBinViewModel(cadres, tasks, dialogs, messages);
        RecycleBinView view = new RecycleBinView(bin);
        var loaded = loader.load(RecycleBinView.class, "RecycleBinView", view);
        Stage stage = Windows.modal(owner.get(), messages.get("recycle.title"), loaded.root());
        view.setCallbacks(onRestored, stage::close);
        stage.show();
    }

    @Override
    public void previewCadreFile(UUID cadreId) {
        purpose.forPrinting().ifPresent(why -> preview.open(messages.get("print.cadreFile.title"),
                messages.get("print.cadreFile.fileName", LocalDate.now(clock)), ctx -> printing.cadreFile(cadreId, why, ctx)));
    }

    @Override
    public void previewCadreFiles(List<UUID> unitIds) {
        purpose.forPrinting().ifPresent(why -> preview.open(messages.get("print.cadreFile.title"),
                messages.get("print.cadreFile.fileName", LocalDate.now(clock)), ctx -> printing.cadreFiles(unitIds, why, ctx)));
    }

    @Override
    public void openRosterImport(Runnable onImported) {
        var model = new SheetImportViewModel<>(new RosterSheetImport(rosterImport, messages), tasks, dialogs, messages);
        model.setOnImported(onImported);
        SheetImportView.open(loader, owner.get(), model);
    }
}

package org.integritydesk.ui.print;

import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;

/** Opens a preview window and starts filling its document. */
public final class FxPreviewOpener implements PreviewOpener {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ViewLoader loader;
    private final Supplier<Window> owner;

    public FxPreviewOpener(TaskRunner tasks, DialogService dialogs, Messages messages, ViewLoader loader, Supplier<Window> owner) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.loader = loader;
        this.owner = owner;
    }

    @Override
    public void open(String title, String suggestedFileName, TaskRunner.Work<PrintableDocument> fill) {
        PrintPreviewViewModel preview = new PrintPreviewViewModel(tasks, dialogs, messages);
        PrintPreviewView view = new PrintPreviewView(preview, suggestedFileName);
        var loaded = loader.load(PrintPreviewView.class, "PrintPreviewView", view);
        Stage stage = Windows.modal(owner.get(), title, loaded.root());
        view.setOnClose(stage::close);
        stage.setOnHidden(e -> preview.cancel());
        stage.show();
        preview.start(fill);
    }
}

package org.integritydesk.ui.cadre;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.service.CadreService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;

/** The recycle bin (回收站): deleted cadres, newest first, each of which can be restored. */
public final class RecycleBinViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<CadreSummary> deleted = FXCollections.observableArrayList();
    private final ObjectProperty<CadreSummary> selected = new SimpleObjectProperty<>();

    public RecycleBinViewModel(CadreService cadres, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void reload() {
        tasks.submit(ctx -> cadres.listRecycleBin(), deleted::setAll,
                failure -> dialogs.showError(messages.get("recycle.title"), new ErrorDescriber(messages).describe(failure)));
    }

    /** Restores the selected cadre; {@code afterRestore} runs once it is back in the list. */
    public void restoreSelected(Runnable afterRestore) {
        CadreSummary cadre = selected.get();
        if (cadre == null) {
            return;
        }
        tasks.submit(ctx -> {
            cadres.restore(cadre.id(), cadre.version());
            return null;
        }, done -> {
            reload();
            afterRestore.run();
        }, failure -> dialogs.showError(messages.get("recycle.restoreFailed"), new ErrorDescriber(messages).describe(failure)));
    }

    public String deletedAt(CadreSummary cadre) {
        return cadre.deletedAt() == null ? "" : WHEN.format(cadre.deletedAt().atZone(ZoneId.systemDefault()));
    }

    public ObservableList<CadreSummary> deleted() {
        return deleted;
    }

    public ObjectProperty<CadreSummary> selectedProperty() {
        return selected;
    }
}

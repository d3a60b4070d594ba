package org.integritydesk.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;

/**
 * What the forms that name a unit and a cadre (a ledger item, a visit) choose from: reads the unit
 * tree and the cadre list in the background, then hands both to the form on the FX thread; a failure
 * is shown under the form's title.
 */
public final class FormChoices {
    private final UnitService units;
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public FormChoices(UnitService units, CadreService cadres, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.units = units;
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    private record Loaded(UnitTree tree, List<CadreSummary> cadres) {
    }

    public void thenOpen(String formTitle, BiConsumer<UnitTree, List<CadreSummary>> open) {
        tasks.submit(ctx -> new Loaded(units.tree(), cadres.listCadres()), data -> open.accept(data.tree(), data.cadres()),
                failure -> dialogs.showError(formTitle, new ErrorDescriber(messages).describe(failure)));
    }
}

package org.integritydesk.ui.talk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.TalkKind;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.TalkService;
import org.integritydesk.ui.cadre.ViewingPurpose;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.print.PreviewOpener;

/** Opens the talk form and the print preview of talk records as windows of their own. */
public final class FxTalkDialogs implements TalkDialogs {
    private final TalkService talks;
    private final CadreService cadres;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final PreviewOpener preview;
    private final ViewingPurpose purpose;

    public FxTalkDialogs(TalkService talks, CadreService cadres, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock, ViewLoader loader, Supplier<Window> owner, PreviewOpener preview,
            ViewingPurpose purpose) {
        this.talks = talks;
        this.cadres = cadres;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.preview = preview;
        this.purpose = purpose;
    }

    private record FormData(List<CadreSummary> cadres, TalkService.Editing editing) {
    }

    @Override
    public void openForm(UUID talkId, CadreSummary cadre, TalkKind kind, Runnable onSaved) {
        tasks.submit(ctx -> new FormData(cadres.listCadres(), talkId == null ? null : talks.forEditing(talkId)),
                data -> show(data, cadre, kind, onSaved),
                failure -> dialogs.showError(messages.get("talk.form.loadFailed"),
                        new ErrorDescriber(messages).describe(failure)));
    }

    private void show(FormData data, CadreSummary cadre, TalkKind kind, Runnable onSaved) {
        TalkFormViewModel form = new TalkFormViewModel(talks, tasks, dialogs, messages, clock, data.cadres());
        if (data.editing() != null) {
            form.edit(data.editing().talk(), data.editing().draft());
        } else if (cadre != null) {
            form.prefill(cadre, kind);
        }
        TalkFormView view = new TalkFormView(form);
        var loaded = loader.load(TalkFormView.class, "TalkFormView", view);
        Stage stage = Windows.modal(owner.get(), form.titleProperty().get(), loaded.root());
        view.setCallbacks(() -> {
            stage.close();
            onSaved.run();
        }, stage::close);
        Windows.reopenOnReload(stage, form::setOnReload,
                data.editing() == null ? null : () -> openForm(data.editing().talk().id(), cadre, kind, onSaved));
        stage.show();
    }

    @Override
    public void previewTalks(List<UUID> talkIds) {
        if (talkIds.isEmpty()) {
            dialogs.showInfo(messages.get("print.talk.title"), messages.get("error.talk.nothingToPrint"));
            return;
        }
        TalkService.Selection selection = talkIds.size() == 1 ? new TalkService.Selection.One(talkIds.get(0))
                : new TalkService.Selection.Some(talkIds);
        purpose.forPrinting().ifPresent(why -> preview.open(messages.get("print.talk.title"),
                messages.get("print.talk.fileName", LocalDate.now(clock)),
                ctx -> talks.print(selection, messages.locale(), why, ctx::progress, ctx::isCancelled)));
    }
}

package org.integritydesk.ui.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.service.CommitmentService;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ServiceException;
import org.integritydesk.ui.cadre.ViewingPurpose;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.Reopener;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.print.PreviewOpener;

/** Opens the signing form and the print preview of commitments as windows of their own. */
public final class FxCommitmentDialogs implements CommitmentDialogs {
    private final CommitmentService commitments;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final PreviewOpener preview;
    private final ViewingPurpose purpose;
    private final Reopener reopen;

    public FxCommitmentDialogs(CommitmentService commitments, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock, ViewLoader loader, Supplier<Window> owner, PreviewOpener preview, ViewingPurpose purpose) {
        this.commitments = commitments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.loader = loader;
        this.owner = owner;
        this.preview = preview;
        this.purpose = purpose;
        this.reopen = new Reopener(tasks, dialogs, messages);
    }

    @Override
    public void openSigningForm(CommitmentSummary commitment, Runnable onSaved) {
        CommitmentFormViewModel form = new CommitmentFormViewModel(commitments, tasks, dialogs, messages, clock, commitment);
        CommitmentFormView view = new CommitmentFormView(form);
        var loaded = loader.load(CommitmentFormView.class, "CommitmentFormView", view);
        Stage stage = Windows.modal(owner.get(), form.title(), loaded.root());
        view.setCallbacks(() -> {
            stage.close();
            onSaved.run();
        }, stage::close);
        Windows.reopenOnReload(stage, form::setOnReload, reopen.reading(form.title(),
                ctx -> commitments.list(commitment.year()).stream().filter(c -> c.id().equals(commitment.id()))
                        .findFirst().orElseThrow(() -> new ServiceException("error.commitment.notFound")),
                fresh -> openSigningForm(fresh, onSaved)));
        stage.show();
    }

    @Override
    public void previewCommitments(List<UUID> ids) {
        if (ids.isEmpty()) {
            dialogs.showInfo(messages.get("print.commitment.title"), messages.get("error.commitment.nothingToPrint"));
            return;
        }
        CommitmentService.Selection selection = ids.size() == 1 ? new CommitmentService.Selection.One(ids.get(0))
                : new CommitmentService.Selection.Some(ids);
        purpose.forPrinting().ifPresent(why -> preview.open(messages.get("print.commitment.title"),
                messages.get("print.commitment.fileName", LocalDate.now(clock)),
                ctx -> commitments.print(selection, messages.locale(), why, ctx::progress, ctx::isCancelled)));
    }
}

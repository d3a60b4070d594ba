package org.integritydesk.ui.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationFlow;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.RectificationService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * The item of the 问题整改 tab's selected row, read whole (with its dated history) in the background
 * when the row is selected: the details pane's lines, the status steps and the return visit offered,
 * and the item the actions work on. The table's rows are the year's keys, which may be as old as the
 * last reload; the actions send the version of this item, read at selection, so a change made by
 * someone else since is refused as such. Until the item comes nothing is offered; an item read for
 * an earlier selection is dropped. See docs/decisions/0019-list-speed.md.
 */
final class SelectedLedgerItem {
    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RectificationService ledger;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorDescriber errors;
    private final boolean mayChange;
    private final ReadOnlyObjectWrapper<Rectification> item = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final ObservableList<RectificationStep> allowedSteps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper returnVisitAllowed = new ReadOnlyBooleanWrapper();
    /** Counts the selections, so that the item read for an earlier one is dropped. */
    private long opened;

    SelectedLedgerItem(RectificationService ledger, TaskRunner tasks, Messages messages, boolean mayChange) {
        this.ledger = ledger;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorDescriber(messages);
        this.mayChange = mayChange;
    }

    /** The selected item as read whole, with its dated history. */
    private record Opened(Rectification item, List<RectificationEvent> history) {
    }

    /** Shows nothing, then reads the item of {@code row} (none: shows nothing). {@code today} dates its state. */
    void open(LedgerKey row, LocalDate today) {
        long selection = ++opened;
        item.set(null);
        details.clear();
        allowedSteps.clear();
        returnVisitAllowed.set(false);
        if (row == null) {
            return;
        }
        UUID id = row.id();
        tasks.submit(ctx -> new Opened(ledger.find(id), ledger.history(id)), read -> {
            if (selection == opened) {
                show(read, today);
            }
        }, failure -> {
            if (selection == opened) {
                details.add(errors.describe(failure));
            }
        });
    }

    private void show(Opened read, LocalDate today) {
        Rectification shown = read.item();
        item.set(shown);
        if (mayChange) {
            allowedSteps.setAll(RectificationFlow.stepsFrom(shown.status()));
            returnVisitAllowed.set(shown.returnVisitDate() != null && shown.returnVisitDoneOn() == null);
        }
        details.add(messages.get("rectification.detail.head", shown.number(), messages.label(shown.status()),
                messages.label(shown.dueState(today))));
        details.add(messages.get("rectification.detail.problem", shown.description()));
        details.add(messages.get("rectification.detail.measures", shown.measures()));
        details.add(messages.get("rectification.detail.responsible", shown.responsibleUnitName(),
                shown.responsiblePerson(), shown.deadline().toString(), messages.label(shown.response())));
        if (shown.returnVisitDate() != null) {
            details.add(messages.get("rectification.detail.returnVisit", shown.returnVisitDate().toString(),
                    shown.returnVisitDoneOn() == null ? messages.get("rectification.detail.returnVisitPending")
                            : shown.returnVisitDoneOn().toString()));
        }
        if (shown.verifiedBy() != null) {
            details.add(messages.get("rectification.detail.verified", shown.verifiedBy(),
                    shown.verifiedOn().toString(), shown.verificationNote()));
        }
        read.history().forEach(e -> details.add(historyLine(e)));
    }

    private String historyLine(RectificationEvent e) {
        String time = HISTORY_TIME.withZone(ledger.zone()).format(e.at());
        String what = switch (e.what()) {
            case RectificationEvent.CREATED -> messages.get("rectification.history.created");
            case RectificationEvent.EDITED -> messages.get("rectification.history.edited", e.note());
            case RectificationEvent.RETURN_VISIT -> messages.get("rectification.history.returnVisit");
            default -> messages.get("rectification.history.step", messages.label(e.step()), messages.label(e.toStatus()));
        };
        String note = e.note() == null || RectificationEvent.EDITED.equals(e.what()) ? "" : "：" + e.note();
        return messages.get("rectification.history.line", time, e.actor(), what + note);
    }

    /** The item as read when its row was selected; null until it is read (or when none is selected). */
    ReadOnlyObjectProperty<Rectification> item() {
        return item.getReadOnlyProperty();
    }

    ObservableList<String> details() {
        return details;
    }

    ObservableList<RectificationStep> allowedSteps() {
        return allowedSteps;
    }

    ReadOnlyBooleanProperty returnVisitAllowed() {
        return returnVisitAllowed.getReadOnlyProperty();
    }
}

package org.integritydesk.ui.cadre;

import java.util.List;
import java.util.Optional;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.DialogService;

/**
 * Why the user is reading cadre files in this session. Asked the first time a file is opened and
 * then kept, so selecting one cadre after another does not ask each time; printing asks again
 * with it preselected. Every viewing and printing is audited with it.
 */
public final class ViewingPurpose {
    private final DialogService dialogs;
    private final Messages messages;
    private String purpose;

    public ViewingPurpose(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The purpose for reading files, asking once per session; empty when the user declines. */
    public Optional<String> forViewing() {
        if (purpose == null) {
            ask("purpose.viewMessage").ifPresent(answer -> purpose = answer);
        }
        return Optional.ofNullable(purpose);
    }

    /** The purpose of a printout or export: asked every time, the session's purpose preselected. */
    public Optional<String> forPrinting() {
        Optional<String> answer = ask("purpose.printMessage");
        answer.ifPresent(given -> purpose = given);
        return answer;
    }

    public Optional<String> current() {
        return Optional.ofNullable(purpose);
    }

    private Optional<String> ask(String messageKey) {
        List<String> choices = List.of(messages.get("purpose.routine"), messages.get("purpose.appointment"),
                messages.get("purpose.complaint"), messages.get("purpose.inspection"), messages.get("purpose.assessment"));
        return dialogs.askPurpose(messages.get("purpose.title"), messages.get(messageKey), choices, purpose);
    }
}

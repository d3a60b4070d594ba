package org.integritydesk.service.exchange;

import java.util.ArrayList;
import java.util.List;
import org.integritydesk.service.Messages;

/** What an import says, in the user's words: the window and the command line say the same. */
public final class ImportTexts {
    private ImportTexts() {
    }

    public static List<String> lines(Messages messages, ExchangeService.ImportResult r) {
        List<String> lines = new ArrayList<>();
        if (r.outcome() == ExchangeService.Outcome.ALREADY_IMPORTED) {
            lines.add(messages.get("exchange.import.already", r.peer(), r.seq(), r.lastImported()));
            return lines;
        }
        lines.add(messages.get("exchange.import.applied", r.peer(), r.seq(), r.applied(), r.unchanged(), r.conflicts()));
        if (r.files() > 0) {
            lines.add(messages.get("exchange.import.files", r.files()));
        }
        if (r.lostFrom() > 0) {
            lines.add(messages.get("exchange.import.lost", r.lostFrom(), r.lostTo()));
        }
        return lines;
    }
}

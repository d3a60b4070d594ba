package org.integritydesk.service.exchange;

import java.util.ArrayList;
import java.util.List;
import org.integritydesk.service.Messages;

/**
 * What an export says about attachment files, in the user's words (the window and the command
 * line say the same): how many travelled, and each one that did not, with why.
 */
public final class ExportTexts {
    private ExportTexts() {
    }

    /** The lines after the export's own line; none when the package carries no attachment. */
    public static List<String> fileLines(Messages messages, ExchangeService.ExportResult r) {
        List<String> lines = new ArrayList<>();
        if (r.files() > 0) {
            lines.add(messages.get("exchange.export.files", r.files(), r.fileBytes()));
        }
        int later = 0;
        long laterBytes = 0;
        for (ExchangeService.HeldFile h : r.heldBack()) {
            switch (h.reason()) {
                case NEXT_PACKAGE -> {
                    later++;
                    laterBytes += h.size();
                }
                case MISSING -> lines.add(messages.get("exchange.export.held.MISSING", h.name()));
                case DAMAGED -> lines.add(messages.get("exchange.export.held.DAMAGED", h.name()));
                case TOO_LARGE -> lines.add(messages.get("exchange.export.held.TOO_LARGE", h.name(), h.size()));
            }
        }
        if (later > 0) {
            lines.add(messages.get("exchange.export.held.NEXT_PACKAGE", later, laterBytes));
        }
        return lines;
    }
}

package org.integritydesk.ui.print;

import org.integritydesk.service.PrintableDocument;
import org.integritydesk.ui.common.TaskRunner;

/** Opens the print preview for a document that {@code fill} produces in the background. */
@FunctionalInterface
public interface PreviewOpener {
    void open(String title, String suggestedFileName, TaskRunner.Work<PrintableDocument> fill);
}

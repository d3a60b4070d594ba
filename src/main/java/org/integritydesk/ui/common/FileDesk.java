package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop's file services for attachments: choosing files to attach and handing a file to the
 * system's own viewer. View-models use it through this interface, so tests use a fake.
 */
public interface FileDesk {
    /** Asks which files to attach; empty when the user cancels. Call on the JavaFX thread. */
    List<Path> chooseFiles(String title);

    /**
     * Opens {@code file} with the program the system associates with its type. May take a moment:
     * call it off the JavaFX thread.
     *
     * @throws java.io.IOException when the system has no viewer or cannot start it
     */
    void openInViewer(Path file) throws java.io.IOException;
}

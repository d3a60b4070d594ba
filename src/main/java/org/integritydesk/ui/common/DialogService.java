package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every alert, confirmation and file chooser goes through here, so view-models can be tested with a fake. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Asks why a record is opened, printed or exported: one of {@code choices} or the user's own
     * words, {@code initial} preselected; empty when the user cancels.
     */
    Optional<String> askPurpose(String title, String message, java.util.List<String> choices, String initial);

    /** Asks where to save a file; {@code extension} without a dot, e.g. "pdf". */
    Optional<Path> askSaveFile(String title, String suggestedName, String extension);

    /**
     * Asks which file to open, offering {@code extensions} (without dots); empty when the user
     * cancels. Dialog services without a file chooser (test fakes) answer empty.
     */
    default Optional<Path> askOpenFile(String title, java.util.List<String> extensions) {
        return Optional.empty();
    }
}

package org.integritydesk.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.ui.common.FileDesk;

/** A desktop whose file chooser answers what the test says and whose viewer remembers what it was given to open. */
public final class FakeFileDesk implements FileDesk {
    private List<Path> chosen = List.of();
    private final List<Path> opened = new ArrayList<>();
    private final List<byte[]> openedContent = new ArrayList<>();

    /** What every later file chooser returns (empty: the user cancelled). */
    public FakeFileDesk choose(Path... files) {
        chosen = List.of(files);
        return this;
    }

    @Override
    public List<Path> chooseFiles(String title) {
        return chosen;
    }

    @Override
    public synchronized void openInViewer(Path file) throws IOException {
        opened.add(file);
        openedContent.add(Files.readAllBytes(file));
    }

    public synchronized List<Path> opened() {
        return List.copyOf(opened);
    }

    /** The content each file had when it was handed to the viewer. */
    public synchronized List<byte[]> openedContent() {
        return List.copyOf(openedContent);
    }
}

package org.integritydesk.ui.common;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link FileDesk} on a real desktop: JavaFX's file chooser, and the system's viewer through AWT's
 * {@link Desktop} where it can open files, else {@code xdg-open} (Linux) or {@code open} (macOS).
 */
public final class FxFileDesk implements FileDesk {
    private final Supplier<Window> owner;

    public FxFileDesk(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public void openInViewer(Path file) throws IOException {
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String command = os.contains("mac") ? "open" : os.contains("win") ? null : "xdg-open";
        if (command == null) {
            new ProcessBuilder("rundll32", "url.dll,FileProtocolHandler", file.toString()).start();
        } else {
            new ProcessBuilder(command, file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.integritydesk.service.Messages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second program on a data folder in use says that the first is running, before it asks for a
 * password (the folder's lock is checked before the login window). The second program
 * runs in a JVM of its own ({@link AlreadyRunningProbe}): after the message the app ends the
 * JavaFX platform, which the other UI tests in this JVM still need.
 */
@Tag("ui")
class AlreadyRunningUiTest {
    /** The system properties that select the headless toolkit; passed on as this JVM has them. */
    private static final List<String> TOOLKIT_PROPERTIES = List.of("testfx.robot", "testfx.headless", "glass.platform",
            "monocle.platform", "prism.order", "prism.text", "java.awt.headless", "file.encoding");

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @Test
    void aSecondProgramOnAFolderInUseSaysTheFirstIsRunning() throws Exception {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        Path report = work.resolve("alert.txt");
        Path log = work.resolve("probe.log");
        // the first program: a set-up folder, open as the administrator
        try (AppServices first = Folders.setUp(dataDir)) {
            Process second = new ProcessBuilder(probeCommand(report)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor();
                fail("the second program did not finish:\n" + Files.readString(log));
            }

            assertThat(second.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(
                    messages.get("app.title") + "\n" + messages.get("startup.alreadyRunning", dataDir));
            assertThat(first.setup().profile()).as("the first program keeps its database").isPresent();
        }
    }

    private List<String> probeCommand(Path report) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : TOOLKIT_PROPERTIES) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AlreadyRunningProbe.class.getName());
        command.add(dataDir.toString());
        command.add(report.toString());
        return command;
    }
}

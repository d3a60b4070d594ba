package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.integritydesk.app.ClassDataArchive.ArchiveFiles;
import org.integritydesk.app.ClassDataArchive.Decision;
import org.integritydesk.app.ClassDataArchive.Folder;
import org.integritydesk.app.ClassDataArchive.Jvm;
import org.integritydesk.app.ClassDataArchive.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    private static final Path APP = Path.of("/opt/desk/lib/app");
    private static final Path ARCHIVE = APP.resolve("app-cds.jsa");
    private static final List<String> PACKAGED_ARGS = List.of("-XX:SharedArchiveFile=" + ARCHIVE,
            "-Djpackage.app-version=0.1.0", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC");

    private static Jvm jvm(boolean packaged, List<String> args) {
        return new Jvm(packaged, Path.of("/opt/desk/lib/runtime"), args, "/a.jar:/b.jar", false);
    }

    private static Folder folder(Set<Path> existing, Set<Path> writable) {
        return new Folder() {
            @Override
            public boolean exists(Path file) {
                return existing.contains(file);
            }

            @Override
            public boolean writable(Path directory) {
                return writable.contains(directory);
            }
        };
    }

    @Test
    void decidesFromPackagingTheOptionTheFileAndTheFolder() {
        Folder missingWritable = folder(Set.of(), Set.of(APP));
        assertThat(ClassDataArchive.decide(jvm(false, PACKAGED_ARGS), missingWritable)).isEqualTo(Decision.NOT_PACKAGED);
        assertThat(ClassDataArchive.decide(jvm(true, List.of("-XX:+UseSerialGC")), missingWritable))
                .isEqualTo(Decision.NOT_NAMED);
        assertThat(ClassDataArchive.decide(jvm(true, List.of("-XX:SharedArchiveFile=")), missingWritable))
                .isEqualTo(Decision.NOT_NAMED);
        assertThat(ClassDataArchive.decide(jvm(true, PACKAGED_ARGS), folder(Set.of(ARCHIVE), Set.of(APP))))
                .isEqualTo(Decision.PRESENT);
        assertThat(ClassDataArchive.decide(jvm(true, PACKAGED_ARGS), folder(Set.of(), Set.of())))
                .isEqualTo(Decision.NOT_WRITABLE);
        assertThat(ClassDataArchive.decide(jvm(true, PACKAGED_ARGS), missingWritable)).isEqualTo(Decision.TRAIN);
    }

    @Test
    void theLastNamedArchiveCountsAsInTheJvm() {
        Path other = Path.of("/tmp/other.jsa");
        Jvm twice = jvm(true, List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-XX:SharedArchiveFile=" + other));
        assertThat(twice.namedArchive()).contains(other);
        assertThat(ClassDataArchive.decide(twice, folder(Set.of(ARCHIVE), Set.of(Path.of("/tmp")))))
                .isEqualTo(Decision.TRAIN);
    }

    @Test
    void theTrainingStartKeepsTheOptionsAndClassPathButNotTheArchiveOptions() {
        Path training = APP.resolve("app-cds.jsa.training");
        Jvm packaged = jvm(true, List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Djava.class.path=/x.jar",
                "-Xshare:auto", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1"));
        List<String> command = ClassDataArchive.trainingCommand(packaged, training, Path.of("/data"));
        assertThat(command).containsExactly("/opt/desk/lib/runtime/bin/java", "-Dfile.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + training, "-cp", "/a.jar:/b.jar",
                "org.integritydesk.app.Launcher", "--data-dir", Path.of("/data").toAbsolutePath().toString(),
                "--cds-training");
        assertThat(ClassDataArchive.checkCommand(packaged, training)).containsSubsequence(
                "-XX:SharedArchiveFile=" + training, "-Xshare:on", "-cp", "/a.jar:/b.jar", "-version");
        Jvm onWindows = new Jvm(true, Path.of("C:/desk/runtime"), List.of(), "a.jar;b.jar", true);
        assertThat(onWindows.javaLauncher().getFileName().toString()).isEqualTo("javaw.exe");
    }

    @Test
    void theTrainingOptionOpensTheWindowAndKeepsTheOtherOptions() {
        LaunchOptions options = LaunchOptions.parse(List.of("--data-dir", "/d", "--cds-training"));
        assertThat(options.cdsTraining()).isTrue();
        assertThat(options.opensWindow()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/d"));
        assertThat(LaunchOptions.parse(List.of("--startup-probe")).cdsTraining()).isFalse();
        assertThat(LaunchOptions.parse(List.of("--startup-probe")).startupProbe()).isTrue();
    }

    private static List<String> sh(String script) {
        return List.of("sh", "-c", script);
    }

    @Test
    void aCheckedArchiveIsMovedIntoPlace(@TempDir Path dir) {
        ArchiveFiles files = ArchiveFiles.of(dir.resolve("app-cds.jsa"));
        Outcome outcome = ClassDataArchive.train(files, sh("printf classes > '" + files.training() + "'"), sh("exit 0"));
        assertThat(outcome).isEqualTo(Outcome.MADE);
        assertThat(files.archive()).hasContent("classes");
        assertThat(files.training()).doesNotExist();
        assertThat(files.lock()).doesNotExist();
    }

    @Test
    void aFailedOrRefusedTrainingLeavesNoArchive(@TempDir Path dir) {
        ArchiveFiles files = ArchiveFiles.of(dir.resolve("app-cds.jsa"));
        // the JVM died while writing: exit code not 0, a half-written file
        assertThat(ClassDataArchive.train(files, sh("printf half > '" + files.training() + "'; exit 134"), sh("exit 0")))
                .isEqualTo(Outcome.FAILED);
        assertThat(files.archive()).doesNotExist();
        assertThat(files.training()).doesNotExist();
        // exit 0 but the -Xshare:on check cannot map it
        assertThat(ClassDataArchive.train(files, sh("printf cut > '" + files.training() + "'"), sh("exit 1")))
                .isEqualTo(Outcome.FAILED);
        assertThat(files.archive()).doesNotExist();
        // exit 0 and nothing written
        assertThat(ClassDataArchive.train(files, sh("exit 0"), sh("exit 0"))).isEqualTo(Outcome.FAILED);
        assertThat(files.archive()).doesNotExist();
        // a launcher that is not there
        assertThat(ClassDataArchive.train(files, List.of(dir.resolve("no-java").toString()), sh("exit 0")))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void aStaleTrainingFileIsNeverTrusted(@TempDir Path dir) throws IOException {
        ArchiveFiles files = ArchiveFiles.of(dir.resolve("app-cds.jsa"));
        Files.writeString(files.training(), "left by a killed training");
        assertThat(ClassDataArchive.train(files, sh("test ! -e '" + files.training() + "' && printf new > '"
                + files.training() + "'"), sh("exit 0"))).isEqualTo(Outcome.MADE);
        assertThat(files.archive()).hasContent("new");
    }

    @Test
    void theArchivesOfEarlierVersionsGoWhenTheNewOneIsMade(@TempDir Path dir) throws IOException {
        ArchiveFiles files = ArchiveFiles.of(dir.resolve("app-cds-0.2.0.jsa"));
        Files.writeString(dir.resolve("app-cds-0.1.0.jsa"), "old");
        Files.writeString(dir.resolve("integrity-desk.jar"), "jar");
        assertThat(ClassDataArchive.train(files, sh("printf new > '" + files.training() + "'"), sh("exit 0")))
                .isEqualTo(Outcome.MADE);
        assertThat(dir.resolve("app-cds-0.1.0.jsa")).doesNotExist();
        assertThat(dir.resolve("integrity-desk.jar")).exists();
        assertThat(files.archive()).hasContent("new");
    }

    @Test
    void onlyOneTrainingAtATime(@TempDir Path dir) throws IOException {
        ArchiveFiles files = ArchiveFiles.of(dir.resolve("app-cds.jsa"));
        try (FileChannel channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertThat(ClassDataArchive.train(files, sh("printf x > '" + files.training() + "'"), sh("exit 0")))
                    .isEqualTo(Outcome.ALREADY_TRAINING);
            assertThat(files.training()).doesNotExist();
            assertThat(files.lock()).exists();
        }
        assertThat(ClassDataArchive.train(files, sh("printf x > '" + files.training() + "'"), sh("exit 0")))
                .isEqualTo(Outcome.MADE);
    }

    @Test
    void outsideAPackagedAppNothingHappens() {
        // the test JVM is not started by a jpackage launcher
        assertThat(ClassDataArchive.makeIfMissing(Path.of("/nowhere"))).isEqualTo(Decision.NOT_PACKAGED);
    }
}

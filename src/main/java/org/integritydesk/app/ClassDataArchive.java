package org.integritydesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the packaged app's class-data-sharing archive at the place it is installed (JDK 17 accepts
 * an archive only where it was made, and the Windows MSI installs per user). The launcher's
 * configuration names the archive ({@code -XX:SharedArchiveFile=$APPDIR/app-cds.jsa}); while it is
 * missing the JVM starts without it, and when the window closes normally this class starts one
 * more, hidden JVM with {@code -XX:ArchiveClassesAtExit} and {@link #TRAINING_OPTION}, which goes
 * up to the login window and quits; the next start maps the recorded classes.
 *
 * <p>Why at exit and not after the window is shown: a second JVM loading the same classes beside
 * the first takes one of an office PC's two cores for some seconds just when the user starts to
 * work; after the window has closed nobody waits for it.
 *
 * <p>A half-written archive is worse than none: JDK 17 maps a truncated dynamic archive and dies
 * with SIGBUS (checked with a cut copy, even without {@code -Xshare:on}). So the training JVM
 * writes to {@code app-cds.jsa.training}; only when it has exited with 0 and a JVM started with
 * {@code -Xshare:on} on that file succeeds is it moved to the archive's name (an atomic rename).
 * This process waits for both (its window is already closed), under a lock file, so that two
 * instances never train at once. Every failure is only logged: the app always starts, with or
 * without an archive.
 */
final class ClassDataArchive {
    static final String TRAINING_OPTION = "--cds-training";
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final String ARCHIVE_GLOB = "app-cds*.jsa";
    private static final String DUMP_OPTION = "-XX:ArchiveClassesAtExit=";
    private static final String CLASS_PATH_PROPERTY = "-Djava.class.path=";
    private static final long TRAINING_TIMEOUT_SECONDS = 180;
    private static final long CHECK_TIMEOUT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);

    /** What to do about the archive in this run. */
    enum Decision {
        /** Not started by a jpackage launcher (development, {@code target/dist}): nothing. */
        NOT_PACKAGED,
        /** The JVM was started without {@code -XX:SharedArchiveFile}: nothing to make. */
        NOT_NAMED,
        /** The named archive is there (whether the JVM accepted it is the JVM's business). */
        PRESENT,
        /** Missing, but the installation folder is read-only for this user (e.g. /opt): nothing. */
        NOT_WRITABLE,
        /** Missing and writable: train one. */
        TRAIN
    }

    /** The facts of this JVM the decision rests on, read from system properties and the runtime bean. */
    record Jvm(boolean packaged, Path javaHome, List<String> inputArguments, String classPath, boolean windows) {
        static Jvm current() {
            return new Jvm(System.getProperty("jpackage.app-path") != null,
                    Path.of(System.getProperty("java.home")),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path", ""),
                    System.getProperty("os.name", "").startsWith("Windows"));
        }

        /** The archive the JVM was told to use: the last {@code -XX:SharedArchiveFile=} wins, as in the JVM. */
        Optional<Path> namedArchive() {
            Path named = null;
            for (String argument : inputArguments) {
                if (argument.startsWith(ARCHIVE_OPTION) && argument.length() > ARCHIVE_OPTION.length()) {
                    named = Path.of(argument.substring(ARCHIVE_OPTION.length()));
                }
            }
            return Optional.ofNullable(named);
        }

        /** The runtime's launcher: {@code javaw.exe} on Windows (no console window), else {@code java}. */
        Path javaLauncher() {
            return javaHome.resolve("bin").resolve(windows ? "javaw.exe" : "java");
        }
    }

    /** The files next to the archive; all in the installation's app folder. */
    record ArchiveFiles(Path archive, Path training, Path lock) {
        static ArchiveFiles of(Path archive) {
            return new ArchiveFiles(archive, archive.resolveSibling(archive.getFileName() + ".training"),
                    archive.resolveSibling(archive.getFileName() + ".lock"));
        }
    }

    /** Interfaces to the file system, so the decision is tested without touching real folders. */
    interface Folder {
        boolean exists(Path file);

        boolean writable(Path directory);
    }

    static final Folder REAL_FOLDER = new Folder() {
        @Override
        public boolean exists(Path file) {
            return Files.exists(file);
        }

        @Override
        public boolean writable(Path directory) {
            return Files.isDirectory(directory) && Files.isWritable(directory);
        }
    };

    private ClassDataArchive() {
    }

    static Decision decide(Jvm jvm, Folder folder) {
        if (!jvm.packaged()) {
            return Decision.NOT_PACKAGED;
        }
        Optional<Path> archive = jvm.namedArchive();
        if (archive.isEmpty()) {
            return Decision.NOT_NAMED;
        }
        if (folder.exists(archive.get())) {
            return Decision.PRESENT;
        }
        Path directory = archive.get().toAbsolutePath().getParent();
        if (directory == null || !folder.writable(directory)) {
            return Decision.NOT_WRITABLE;
        }
        return Decision.TRAIN;
    }

    /**
     * The JVM options of this run for a child JVM: everything but the archive options (the child
     * names its own) and the class path (given once, with {@code -cp}, exactly as this run has it).
     */
    static List<String> childOptions(List<String> inputArguments) {
        List<String> options = new ArrayList<>();
        for (String argument : inputArguments) {
            if (!argument.startsWith(ARCHIVE_OPTION) && !argument.startsWith(DUMP_OPTION)
                    && !argument.startsWith(CLASS_PATH_PROPERTY) && !argument.startsWith("-Xshare:")) {
                options.add(argument);
            }
        }
        return options;
    }

    /** The hidden start that records the classes: same options and class path, up to the login window. */
    static List<String> trainingCommand(Jvm jvm, Path training, Path dataDir) {
        List<String> command = new ArrayList<>();
        command.add(jvm.javaLauncher().toString());
        command.addAll(childOptions(jvm.inputArguments()));
        command.add(DUMP_OPTION + training);
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(Launcher.class.getName());
        command.add("--data-dir");
        command.add(dataDir.toAbsolutePath().toString());
        command.add(TRAINING_OPTION);
        return command;
    }

    /** A JVM that must map the new archive or fail ({@code -Xshare:on}): refuses a cut or foreign file. */
    static List<String> checkCommand(Jvm jvm, Path training) {
        List<String> command = new ArrayList<>();
        command.add(jvm.javaLauncher().toString());
        command.addAll(childOptions(jvm.inputArguments()));
        command.add(ARCHIVE_OPTION + training);
        command.add("-Xshare:on");
        command.add("-cp");
        command.add(jvm.classPath());
        command.add("-version");
        return command;
    }

    /**
     * Called when the window has closed: makes the archive if this run is packaged, names one and
     * finds it missing. Never throws; returns what it decided (for the log and the tests).
     */
    static Decision makeIfMissing(Path dataDir) {
        try {
            if (System.getProperty("jpackage.app-path") == null) {
                return Decision.NOT_PACKAGED; // without loading the management classes
            }
            Jvm jvm = Jvm.current();
            Decision decision = decide(jvm, REAL_FOLDER);
            if (decision == Decision.TRAIN) {
                train(jvm, ArchiveFiles.of(jvm.namedArchive().orElseThrow().toAbsolutePath()), dataDir);
            }
            return decision;
        } catch (RuntimeException | Error e) {
            LOG.warn("class-data-sharing archive not made", e);
            return Decision.NOT_NAMED;
        }
    }

    /** Outcome of {@link #train}. */
    enum Outcome { MADE, ALREADY_TRAINING, FAILED }

    static Outcome train(Jvm jvm, ArchiveFiles files, Path dataDir) {
        return train(files, trainingCommand(jvm, files.training(), dataDir), checkCommand(jvm, files.training()));
    }

    /** Runs the two commands under the lock file; moves the checked archive into place. */
    static Outcome train(ArchiveFiles files, List<String> training, List<String> check) {
        try (FileChannel channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same JVM
            }
            if (lock == null) {
                return Outcome.ALREADY_TRAINING;
            }
            try {
                if (Files.exists(files.archive())) {
                    return Outcome.MADE; // another instance finished while this one ran
                }
                // left by a training that was killed or failed: never trusted
                Files.deleteIfExists(files.training());
                deleteOlderArchives(files.archive());
                long started = System.nanoTime();
                int trained = run(training, TRAINING_TIMEOUT_SECONDS);
                if (trained != 0 || !Files.isRegularFile(files.training()) || Files.size(files.training()) == 0) {
                    LOG.warn("class-data-sharing training ended with {}; no archive", trained);
                    return Outcome.FAILED;
                }
                int checked = run(check, CHECK_TIMEOUT_SECONDS);
                if (checked != 0) {
                    LOG.warn("class-data-sharing archive refused by -Xshare:on ({}); not used", checked);
                    return Outcome.FAILED;
                }
                Files.move(files.training(), files.archive(), StandardCopyOption.ATOMIC_MOVE);
                LOG.info("class-data-sharing archive made in {} ms: {}",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), files.archive());
                return Outcome.MADE;
            } finally {
                Files.deleteIfExists(files.training());
                lock.release();
                deleteQuietly(files.lock());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("class-data-sharing archive not made", e);
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    /**
     * Only the archive stays in the installation folder. Deleted by the holder only, after the
     * release: an instance that opened the file meanwhile finds the archive made and stops.
     */
    private static void deleteQuietly(Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException | RuntimeException e) {
            // still open elsewhere (Windows): it stays, harmless
        }
    }

    /**
     * Removes the archives of earlier versions beside this one ({@code app-cds-0.1.0.jsa} when this
     * version names {@code app-cds-0.2.0.jsa}): an MSI upgrade leaves files it did not install, and
     * the JVM only refuses an outdated archive (its jars changed), so they would lie there for good.
     */
    static void deleteOlderArchives(Path archive) throws IOException {
        try (var siblings = Files.newDirectoryStream(archive.toAbsolutePath().getParent(), ARCHIVE_GLOB)) {
            for (Path sibling : siblings) {
                if (!sibling.getFileName().equals(archive.getFileName())) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    private static int run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }
}

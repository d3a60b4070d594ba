package org.integritydesk.store;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A backup of a server database with PostgreSQL's own {@code pg_dump} (custom format, restored with
 * {@code pg_restore}), when the program finds it: on the PATH, or in the usual install folders
 * ({@code /usr/lib/postgresql/N/bin}, {@code C:\Program Files\PostgreSQL\N\bin}), the newest first
 * (pg_dump must be at least the server's version). The password goes in the environment, never on
 * the command line. The file appears under its name only once pg_dump has finished well.
 */
public final class ServerDump {
    private static final long TIMEOUT_MINUTES = 60;

    private ServerDump() {
    }

    /** pg_dump on this PC, if any: the install folders' newest, else the PATH's. */
    public static Optional<Path> findPgDump(Map<String, String> environment) {
        List<Path> candidates = new ArrayList<>();
        boolean windows = File.separatorChar == '\\';
        String exe = windows ? "pg_dump.exe" : "pg_dump";
        for (Path root : List.of(Path.of("/usr/lib/postgresql"), Path.of("C:\\Program Files\\PostgreSQL"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> versions = Files.list(root)) {
                    versions.sorted(Comparator.comparing(ServerDump::versionOf).reversed())
                            .map(v -> v.resolve("bin").resolve(exe)).forEach(candidates::add);
                } catch (IOException e) {
                    // an unreadable folder holds no pg_dump we can use
                }
            }
        }
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir).resolve(exe));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString().replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Dumps the server database of {@code settings} to {@code target} with {@code pgDump}.
     *
     * @return the size of the file in bytes
     * @throws BackupException {@code WRITE_FAILED} with pg_dump's own last words; no file is left
     */
    public static long dump(Path pgDump, ServerSettings settings, String schema, Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-owner",
                "--no-privileges", "--host=" + settings.host(), "--port=" + settings.port(),
                "--username=" + settings.user(), "--no-password", "--file=" + partial));
        if (schema != null) {
            command.add("--schema=" + schema);
        }
        command.add(settings.database());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.password());
        builder.environment().put("PGSSLMODE", settings.tls() ? "require" : "disable");
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        try {
            Files.createDirectories(file.getParent());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BackupException(BackupException.Problem.WRITE_FAILED, file, "pg_dump did not finish", null);
            }
            if (process.exitValue() != 0) {
                String last = output.isEmpty() ? "exit " + process.exitValue()
                        : output.lines().reduce((a, b) -> b).orElse(output);
                throw new BackupException(BackupException.Problem.WRITE_FAILED, file, last, null);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, file, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(BackupException.Problem.WRITE_FAILED, file, "interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // left for the next backup to replace
            }
        }
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.DamagedBackups;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseBackup;
import org.integritydesk.store.FileKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code integrity-desk backup} and {@code restore} as scripts use them: output lines, exit codes, nothing changed on error. */
class BackupCommandsTest {
    @TempDir Path temp;
    private final CommandRunner commands = new CommandRunner();
    private Path dataDir;

    @BeforeEach
    void demoData() {
        dataDir = temp.resolve("数据 folder");
        assertThat(commands.run("demo", "--data-dir", dataDir.toString(), "--cadres", "25", "--seed", "3")).isZero();
    }

    @Test
    void backupGoesIntoTheBackupFolderAndPrintsPathAndSize() throws IOException {
        int exit = run("backup", "--data-dir", dataDir.toString());

        assertThat(exit).isZero();
        List<Path> backups = filesIn(dataDir.resolve("backups"));
        assertThat(backups).singleElement().satisfies(zip -> {
            assertThat(zip.getFileName().toString()).matches("integrity-desk-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-manual\\.zip");
            assertThat(stdout()).contains(zip.toAbsolutePath().toString(), String.valueOf(Files.size(zip)));
        });
        assertThat(stderr()).isEmpty();
    }

    @Test
    void backupToAFileWritesThatFile() throws IOException {
        Path zip = temp.resolve("年终 备份.zip");

        int exit = run("backup", "--data-dir", dataDir.toString(), "--to", zip.toString());

        assertThat(exit).isZero();
        assertThat(stdout().strip().lines()).singleElement().asString()
                .contains(zip.toAbsolutePath().toString(), String.valueOf(Files.size(zip)));
    }

    @Test
    void backupIntoAFolderThatDoesNotExistIsOneLineAndCreatesNothing() {
        Path missing = temp.resolve("E盘");

        int exit = run("backup", "--data-dir", dataDir.toString(), "--to", missing.resolve("b.zip").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("备份文件夹不存在", missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void backupWhileTheProgramHasTheFolderOpenIsOneLineNamingIt() {
        try (AppServices running = asInspector()) {
            int exit = run("backup", "--data-dir", dataDir.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(stderr().strip().lines()).singleElement().asString().contains(dataDir.toString(), "请先关闭");
        }
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void restoreReplacesTheDatabaseAndSaysWhereTheSafetyCopyIs() throws IOException {
        Path zip = temp.resolve("b.zip");
        assertThat(run("backup", "--data-dir", dataDir.toString(), "--to", zip.toString())).isZero();
        ContentFingerprint atBackup = fingerprint();
        deleteOneCadre();

        int exit = run("restore", "--data-dir", dataDir.toString(), zip.toString());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        List<String> lines = stdout().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(zip.toAbsolutePath().toString(), "25 名干部");
        Path safety = filesIn(dataDir.resolve("backups")).get(0);
        assertThat(safety.getFileName().toString()).endsWith("-before-restore.zip");
        assertThat(lines.get(1)).contains(safety.toAbsolutePath().toString());
        assertThat(fingerprint()).isEqualTo(atBackup);
    }

    @Test
    void restoreFromADamagedFileIsOneLineAndChangesNothing() throws IOException {
        Path good = temp.resolve("good.zip");
        assertThat(run("backup", "--data-dir", dataDir.toString(), "--to", good.toString())).isZero();
        deleteOneCadre();
        ContentFingerprint before = fingerprint();
        Path damaged = DamagedBackups.truncated(good, temp.resolve("cut short.zip"), 0.7);

        int exit = run("restore", "--data-dir", dataDir.toString(), damaged.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains(damaged.toString());
        assertThat(stdout()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void restoreNeedsTheBackupFile() {
        int exit = run("restore", "--data-dir", dataDir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("FILE");
    }

    private AppServices asInspector() {
        return new Sessions(Clock.systemDefaultZone()).login(dataDir, "inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
    }

    private void deleteOneCadre() {
        try (AppServices services = asInspector()) {
            CadreSummary someone = services.cadres().listCadres().get(0);
            services.cadres().delete(someone.id(), someone.version());
        }
    }

    private ContentFingerprint fingerprint() {
        FileKey key = KeyVault.forApp(dataDir, Clock.systemDefaultZone())
                .unlock("inspector", CommandRunner.DEMO_PASSWORD.toCharArray());
        try (Database database = Database.open(dataDir, key)) {
            return new DatabaseBackup(database).contentFingerprint();
        }
    }

    /** Runs a command as the demo inspector, who may back up and restore. */
    private int run(String... args) {
        String[] withUser = java.util.Arrays.copyOf(args, args.length + 2);
        withUser[args.length] = "--user";
        withUser[args.length + 1] = "inspector";
        return commands.run(withUser);
    }

    private String stdout() {
        return commands.stdout();
    }

    private String stderr() {
        return commands.stderr();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

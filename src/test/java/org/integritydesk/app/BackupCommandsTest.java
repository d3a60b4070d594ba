package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.DamagedBackups;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code integrity-desk backup} and {@code restore} as scripts use them: output lines, exit codes, nothing changed on error. */
class BackupCommandsTest {
    @TempDir Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private Path dataDir;

    @BeforeEach
    void demoData() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        dataDir = temp.resolve("数据 folder");
        assertThat(run("demo", "--data-dir", dataDir.toString(), "--cadres", "25", "--seed", "3")).isZero();
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
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
        try (AppServices running = AppServices.open(dataDir, Clock.systemDefaultZone())) {
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

    private void deleteOneCadre() {
        try (AppServices services = AppServices.open(dataDir, Clock.systemDefaultZone())) {
            CadreSummary someone = services.cadres().listCadres().get(0);
            services.cadres().delete(someone.id(), someone.version());
        }
    }

    private ContentFingerprint fingerprint() {
        try (TestServices services = TestServices.open(dataDir)) {
            return services.fingerprint();
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLineEntry.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

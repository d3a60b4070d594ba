package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.YearState;
import org.integritydesk.store.ArchiveKeys;
import org.integritydesk.store.ClosedYearRepository;
import org.integritydesk.store.DatabaseScript;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing onto a real full disk and a real read-only folder. They need folders the build cannot
 * make by itself, so they run only when named (Linux, as root):
 * <pre>
 * mkdir -p /tmp/small /tmp/ro
 * mount -t tmpfs -o size=2m tmpfs /tmp/small
 * mount -t tmpfs -o size=1m tmpfs /tmp/ro &amp;&amp; mount -o remount,ro /tmp/ro
 * mvn -B test -Dtest=FileSystemLimitsTest -Dtest.smallFolder=/tmp/small -Dtest.readOnlyFolder=/tmp/ro
 * </pre>
 * The small folder must be empty and on a file system of a few megabytes.
 */
// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class FileSystemLimitsTest {
    @TempDir Path temp;

    @Test
    @EnabledIfSystemProperty(named = "test.smallFolder", matches = ".+")
    void aFullDiskLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path folder = Path.of(System.getProperty("test.smallFolder"));
        Path target = Files.write(folder.resolve("档案.pdf"), AtomicFilesTest.randomBytes(10_000));
        byte[] before = Files.readAllBytes(target);
        try {
            assertThatThrownBy(() -> AtomicFiles.write(target, out -> writeMore(out, Files.getFileStore(folder).getTotalSpace())))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.file.write");
                        assertThat(e.args().get(1).toString()).containsIgnoringCase("no space left");
                    });

            assertThat(Files.readAllBytes(target)).isEqualTo(before);
            assertThat(AtomicFilesTest.filesIn(folder)).containsExactly("档案.pdf");
        } finally {
            Files.deleteIfExists(target);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.smallFolder", matches = ".+")
    void aBackupOntoAFullDiskLeavesThePreviousBackupAndTheDatabase() throws IOException {
        Path folder = Path.of(System.getProperty("test.smallFolder"));
        Path zip = folder.resolve("b.zip");
        Path filler = folder.resolve("filler");
        try (TestServices services = TestServices.open(temp.resolve("data"))) {
            services.demo.generate(new DemoOptions(100, 1, 2025), (done, total) -> { });
            services.backups.backupTo(zip);
            byte[] previous = Files.readAllBytes(zip);
            fill(filler, Files.getFileStore(folder).getUsableSpace() - previous.length / 2);
            addCadres(services, 300);
            ContentFingerprint before = services.fingerprint();

            assertThatThrownBy(() -> services.backups.backupTo(zip)).isInstanceOfSatisfying(ServiceException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("error.backup.write");
                assertThat(e.args().get(1).toString()).containsIgnoringCase("no space left");
            });

            assertThat(Files.readAllBytes(zip)).isEqualTo(previous);
            assertThat(AtomicFilesTest.filesIn(folder)).containsExactly("b.zip", "filler");
            assertThat(services.fingerprint()).isEqualTo(before);
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(filler);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.smallFolder", matches = ".+")
    void aYearCloseOntoAFullDiskLeavesTheYearOpenAndNoFile() throws IOException {
        Path folder = Path.of(System.getProperty("test.smallFolder"));
        Path filler = folder.resolve("filler");
        try (TestServices services = TestServices.open(temp.resolve("data"))) {
            services.demo.generate(new DemoOptions(300, 1, 2024), (done, total) -> { });
            YearService years = new YearService(services.tx, new ClosedYearRepository(services.tx),
                    new DatabaseScript(services.database), () -> ArchiveKeys.of(services.fileKey), folder, "test",
                    services.stamps, services.access, services.auditTrail);
            fill(filler, Files.getFileStore(folder).getUsableSpace() - 8 * 1024);
            ContentFingerprint before = services.fingerprint();

            assertThatThrownBy(() -> years.close(2024)).isInstanceOfSatisfying(ServiceException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("error.file.write");
                assertThat(e.args().get(1).toString()).containsIgnoringCase("no space left");
            });

            assertThat(years.list()).allSatisfy(y -> assertThat(y.state()).isEqualTo(YearState.OPEN));
            assertThat(services.fingerprint()).isEqualTo(before);
            assertThat(AtomicFilesTest.filesIn(folder)).containsExactly("filler");
        } finally {
            Files.deleteIfExists(filler);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.readOnlyFolder", matches = ".+")
    void aReadOnlyFolderIsAClearErrorForFilesAndBackups() throws IOException {
        Path folder = Path.of(System.getProperty("test.readOnlyFolder"));
        List<String> before = AtomicFilesTest.filesIn(folder);
        try (TestServices services = TestServices.open(temp.resolve("data"))) {
            services.setUpBureau();

            assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("a.pdf"), out -> out.write(1)))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.file.write");
                        assertThat(e.args().get(1).toString()).containsIgnoringCase("read-only");
                    });
            assertThatThrownBy(() -> services.backups.backupTo(folder.resolve("b.zip")))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.backup.write");
                        assertThat(e.args().get(1).toString()).containsIgnoringCase("read-only");
                    });
        }
        assertThat(AtomicFilesTest.filesIn(folder)).isEqualTo(before);
    }

    private static void writeMore(OutputStream out, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        for (long written = 0; written <= bytes; written += block.length) {
            out.write(block);
        }
    }

    private static void fill(Path filler, long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    private static void addCadres(TestServices services, int count) {
        OrgUnit bureau = services.units.tree().roots().get(0);
        for (int i = 0; i < count; i++) {
            services.cadres.create(DraftBuilder.draft(bureau.id())
                    .idNumber(IdNumbers.of("360821", "19700101", String.format("%03d", i))).build());
        }
    }
}

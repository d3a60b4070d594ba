package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.Regulation;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attaching onto a real full disk and into a real read-only folder (set up as for
 * {@link FileSystemLimitsTest}: {@code -Dtest.smallFolder} and {@code -Dtest.readOnlyFolder}, which
 * {@code .ci/run} mounts where it can). Either way: a clear error, and neither a row nor a file.
 */
class AttachmentFileSystemLimitsTest {
    @TempDir Path temp;

    @Test
    @EnabledIfSystemProperty(named = "test.smallFolder", matches = ".+")
    void aFullDiskSavesNeitherTheFileNorTheRow() throws IOException {
        Path small = Path.of(System.getProperty("test.smallFolder"));
        Path folder = small.resolve("attachments");
        Path source = Files.write(temp.resolve("大扫描件.pdf"), AtomicFilesTest.randomBytes(
                (int) Files.getFileStore(small).getUsableSpace() + 512 * 1024));
        try (TestServices services = TestServices.open(temp.resolve("data"))) {
            services.setUpBureau();
            Regulation rule = services.regulations.create(RegulationServiceTest.draft("学习制度"));
            AttachmentService attachments = services.attachmentsIn(folder);
            ContentFingerprint before = services.fingerprint();

            assertThatThrownBy(() -> attachments.add(RegulationService.OWNER_TYPE, rule.id(), source))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.attachment.write");
                        assertThat(e.args().get(1).toString()).containsIgnoringCase("no space left");
                    });

            assertThat(services.fingerprint()).isEqualTo(before);
            assertThat(AtomicFilesTest.filesIn(folder)).isEmpty();
            assertThat(source).exists();
        } finally {
            deleteTree(folder);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.readOnlyFolder", matches = ".+")
    void aReadOnlyFolderSavesNeitherTheFileNorTheRow() throws IOException {
        Path readOnly = Path.of(System.getProperty("test.readOnlyFolder"));
        List<String> before = AtomicFilesTest.filesIn(readOnly);
        Path source = Files.write(temp.resolve("照片.jpg"), AtomicFilesTest.randomBytes(5000));
        try (TestServices services = TestServices.open(temp.resolve("data"))) {
            services.setUpBureau();
            Regulation rule = services.regulations.create(RegulationServiceTest.draft("学习制度"));
            AttachmentService attachments = services.attachmentsIn(readOnly);
            ContentFingerprint rows = services.fingerprint();

            assertThatThrownBy(() -> attachments.add(RegulationService.OWNER_TYPE, rule.id(), source))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.attachment.write");
                        assertThat(e.args().get(1).toString()).containsIgnoringCase("read-only");
                    });
            assertThat(services.fingerprint()).isEqualTo(rows);
        }
        assertThat(AtomicFilesTest.filesIn(readOnly)).isEqualTo(before);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

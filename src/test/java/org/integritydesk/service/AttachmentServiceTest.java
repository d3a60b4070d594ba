package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.Role;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments of a regulation through the service: copy, list, open, remove, with the owner's access rule and the trail. */
class AttachmentServiceTest {
    private static final String OWNER = RegulationService.OWNER_TYPE;
    private static final byte[] CONTENT = "吉安县市场监督管理局机关效能建设制度 PLAINTEXT-MARKER\n".repeat(200)
            .getBytes(StandardCharsets.UTF_8);

    @TempDir Path dir;
    private TestServices services;
    private OrgUnit subBureau;
    private Regulation rule;
    private Path source;

    @BeforeEach
    void open() throws IOException {
        services = TestServices.open(dir.resolve("data"));
        OrgUnit bureau = services.setUpBureau();
        subBureau = services.subBureau(bureau, "36082104", "城关分局");
        rule = services.regulations.create(RegulationServiceTest.draft("机关效能建设制度"));
        source = Files.write(Files.createDirectories(dir.resolve("桌面 文件")).resolve("效能制度 正文.txt"), CONTENT);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> storedFiles() throws IOException {
        Path folder = dir.resolve("data/attachments");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private AuditEvent lastEvent() {
        Role role = services.currentUser.require().role();
        services.actAs(Role.INSPECTOR, null, null);
        List<AuditEvent> all = services.audit.find(AuditFilter.ANY, 0, 1000);
        services.actAs(role, role == Role.SUB_BUREAU_CLERK ? subBureau.id() : null, null);
        return all.get(0); // newest first
    }

    @Test
    void addingCopiesTheFileEncryptedAndRecordsIt() throws IOException {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);

        assertThat(source).hasBinaryContent(CONTENT);
        assertThat(added.originalName()).isEqualTo("效能制度 正文.txt");
        assertThat(added.size()).isEqualTo(CONTENT.length);
        assertThat(added.sha256()).hasSize(64);
        assertThat(storedFiles()).containsExactly(added.id() + ".bin");
        assertThat(new String(Files.readAllBytes(dir.resolve("data/attachments").resolve(added.storedPath())),
                StandardCharsets.ISO_8859_1)).doesNotContain("PLAINTEXT-MARKER");
        assertThat(services.attachments.list(OWNER, rule.id())).extracting(Attachment::id).containsExactly(added.id());
        AuditEvent event = lastEvent();
        assertThat(event.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(event.recordType()).isEqualTo("attachment");
        assertThat(event.recordLabel()).isEqualTo("机关效能建设制度 / 效能制度 正文.txt");
    }

    @Test
    void openingDecryptsToATemporaryFileNamedAsTheOriginalAndIsAudited() {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);

        Path opened = services.attachments.openAsTempFile(added.id());

        assertThat(opened).hasBinaryContent(CONTENT);
        assertThat(opened.getFileName().toString()).isEqualTo("效能制度 正文.txt");
        assertThat(opened.startsWith(dir.resolve("data/opened"))).isTrue();
        assertThat(lastEvent().kind()).isEqualTo(AuditKind.VIEW);
        services.attachments.deleteOpenedFiles();
        assertThat(opened).doesNotExist();
    }

    @Test
    void aMissingSourceIsAClearErrorThatSavesNothing() throws IOException {
        ContentFingerprint before = services.fingerprint();
        Path missing = dir.resolve("已删除.pdf");

        assertThatThrownBy(() -> services.attachments.add(OWNER, rule.id(), missing))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.attachment.sourceMissing");
                    assertThat(new Messages(java.util.Locale.CHINA).get(e.messageKey(), e.args().toArray()))
                            .contains("找不到要添加的文件").contains("已删除.pdf").contains("未保存任何内容");
                });
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anUnreadableSourceIsAClearErrorThatSavesNothing() throws IOException {
        Path failing = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(failing), "needs Linux /proc");
        ContentFingerprint before = services.fingerprint();

        assertThatThrownBy(() -> services.attachments.add(OWNER, rule.id(), failing))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.sourceUnreadable"));
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void removingTakesItOffTheListAndIsAudited() {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);
        services.attachments.remove(added.id(), added.version());

        assertThat(services.attachments.list(OWNER, rule.id())).isEmpty();
        assertThat(lastEvent().kind()).isEqualTo(AuditKind.DELETE);
        assertThatThrownBy(() -> services.attachments.openAsTempFile(added.id())).isInstanceOf(ServiceException.class);
    }

    @Test
    void aClerkMayListAndOpenARulesFilesButNotAddOrRemoveThem() throws IOException {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);
        services.actAs(Role.SUB_BUREAU_CLERK, subBureau.id(), null);
        ContentFingerprint before = services.fingerprint();
        List<String> filesBefore = storedFiles();

        assertThat(services.attachments.list(OWNER, rule.id())).hasSize(1);
        assertThatThrownBy(() -> services.attachments.add(OWNER, rule.id(), source)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.attachments.remove(added.id(), added.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(services.attachments.openAsTempFile(added.id())).hasBinaryContent(CONTENT);
    }

    @Test
    void theAdministratorCannotOpenThem() {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThatThrownBy(() -> services.attachments.openAsTempFile(added.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(dir.resolve("data/opened")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aDeletedRuleTakesNoNewFiles() throws IOException {
        services.regulations.delete(rule.id(), rule.version());
        assertThatThrownBy(() -> services.attachments.add(OWNER, rule.id(), source))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.regulation.notFound"));
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aTamperedCopyIsAClearErrorAndNoTemporaryFileIsLeft() throws IOException {
        Attachment added = services.attachments.add(OWNER, rule.id(), source);
        Path copy = dir.resolve("data/attachments").resolve(added.storedPath());
        byte[] bytes = Files.readAllBytes(copy);
        bytes[100] ^= 0x40;
        Files.write(copy, bytes);

        assertThatThrownBy(() -> services.attachments.openAsTempFile(added.id()))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.damaged"));
        try (Stream<Path> left = Files.walk(dir.resolve("data/opened"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aVeryLongFileNameIsShortenedKeepingItsExtension() {
        String name = AttachmentService.originalName(Path.of("制".repeat(300) + ".pdf"));
        assertThat(name).hasSizeLessThanOrEqualTo(AttachmentService.MAX_NAME).endsWith("….pdf");
        assertThat(AttachmentService.safeFileName("a/b:c*?.pdf")).isEqualTo("a_b_c__.pdf");
        assertThat(AttachmentService.safeFileName("..")).isEqualTo("attachment");
    }
}

package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments shared by the PCs of a server: a copy stored on one PC is in the database's
 * {@code attachment_copy} table, and another PC with a folder of its own opens it. Runs on H2 and,
 * with the {@code postgresql} profile, on the server.
 */
class AttachmentCopiesTest {
    private static final FileKey KEY = FileKey.random(new SecureRandom());
    private static final byte[] CONTENT = "谈话记录（附件）".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    @TempDir Path temp;
    private Database database;
    private AttachmentCopies copies;

    @BeforeEach
    void open() {
        database = TestEngine.open(temp.resolve("db"));
        copies = AttachmentCopies.inTable(new Transactions(database));
    }

    @AfterEach
    void close() {
        TestEngine.close(database);
    }

    private AttachmentFiles pc(String name) {
        return new AttachmentFiles(temp.resolve(name).resolve(AttachmentFiles.FOLDER), KEY, new SecureRandom(), copies);
    }

    private Path source() throws IOException {
        return Files.write(temp.resolve("谈话.txt"), CONTENT);
    }

    @Test
    void aCopyStoredOnOnePcOpensOnAnother() throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentFiles.Stored stored = pc("first").store(id, source());
        AttachmentFiles second = pc("second");

        assertThat(second.has(stored.storedPath())).as("shared, not yet in the second folder").isTrue();
        Path opened = temp.resolve("opened.txt");
        second.decryptTo(id, stored.storedPath(), stored.sha256(), opened);

        assertThat(opened).hasBinaryContent(CONTENT);
        assertThat(temp.resolve("second/attachments").resolve(stored.storedPath()))
                .as("kept in the second folder for next time").hasSameBinaryContentAs(
                        temp.resolve("first/attachments").resolve(stored.storedPath()));
        assertThat(second.read(id, stored.storedPath(), stored.sha256())).isEqualTo(CONTENT);
        assertThat(new String(copies.get(id).orElseThrow(), StandardCharsets.ISO_8859_1))
                .as("the table holds the sealed copy, no text in the clear").doesNotContain("谈话记录");
    }

    @Test
    void contentReceivedFromAnotherSiteIsSharedToo() {
        UUID id = UUID.randomUUID();
        AttachmentFiles.Stored stored = pc("first").storeContent(id, CONTENT);
        assertThat(pc("second").read(id, stored.storedPath(), stored.sha256())).isEqualTo(CONTENT);
    }

    @Test
    void aCopyNobodySharedIsMissingAsBefore() {
        UUID id = UUID.randomUUID();
        assertThat(pc("second").has(AttachmentFiles.storedPathOf(id))).isFalse();
        assertThatThrownBy(() -> pc("second").decryptTo(id, AttachmentFiles.storedPathOf(id), "00",
                temp.resolve("x.txt"))).isInstanceOfSatisfying(AttachmentFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(AttachmentFileException.Problem.STORED_MISSING));
    }

    @Test
    void theCopiesOfAFolderMovedToTheServerArePutThereOnce() throws IOException {
        AttachmentFiles unshared = new AttachmentFiles(temp.resolve("first").resolve(AttachmentFiles.FOLDER), KEY,
                new SecureRandom());
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        AttachmentFiles.Stored first = unshared.store(one, source());
        unshared.storeContent(two, CONTENT);
        Files.writeString(unshared.folder().resolve("notes.txt"), "not a copy");

        assertThat(AttachmentFiles.shareAll(unshared.folder(), copies)).isEqualTo(2);
        assertThat(AttachmentFiles.shareAll(unshared.folder(), copies)).as("already there").isZero();
        assertThat(pc("second").read(one, first.storedPath(), first.sha256())).isEqualTo(CONTENT);
    }

    @Test
    void aCopyTheServerDidNotTakeLeavesNothingBehind() throws IOException {
        AttachmentCopies refusing = new AttachmentCopies() {
            @Override
            public void put(UUID id, byte[] sealed) {
                throw new StoreException("the server went away", null);
            }

            @Override
            public Optional<byte[]> get(UUID id) {
                return Optional.empty();
            }

            @Override
            public boolean has(UUID id) {
                return false;
            }

            @Override
            public void delete(UUID id) {
            }
        };
        Path folder = temp.resolve("first").resolve(AttachmentFiles.FOLDER);
        AttachmentFiles files = new AttachmentFiles(folder, KEY, new SecureRandom(), refusing);
        Path source = source();

        assertThatThrownBy(() -> files.store(UUID.randomUUID(), source)).isInstanceOfSatisfying(
                AttachmentFileException.class,
                e -> assertThat(e.problem()).isEqualTo(AttachmentFileException.Problem.WRITE_FAILED));
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}

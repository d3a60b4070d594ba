package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.integritydesk.store.AttachmentFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The encrypted copies of attached files: copied not moved, no plaintext, nothing left on failure, tampering found. */
class AttachmentFilesTest {
    private static final FileKey KEY = FileKey.of(new byte[FileKey.BYTES]);
    private static final String MARKER = "廉政谈话记录 PLAINTEXT-MARKER 干部照片";

    @TempDir Path temp;

    private AttachmentFiles files(FileKey key) {
        return new AttachmentFiles(temp.resolve("data").resolve(AttachmentFiles.FOLDER), key, new SecureRandom());
    }

    private Path source(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("用户 文件"));
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] markerText(int repeats) {
        return MARKER.repeat(repeats).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> stored() throws IOException {
        Path folder = temp.resolve("data").resolve(AttachmentFiles.FOLDER);
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void copiesTheFileAndLeavesTheSourceWhereItWas() throws IOException {
        byte[] content = markerText(10);
        Path source = source("制度.txt", content);
        UUID id = UUID.randomUUID();

        AttachmentFiles.Stored stored = files(KEY).store(id, source);

        assertThat(source).exists().hasBinaryContent(content);
        assertThat(stored.storedPath()).isEqualTo(id + ".bin");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored()).containsExactly(id + ".bin");
    }

    @Test
    void theStoredFileHoldsNoPlaintextOfTheSource() throws IOException {
        byte[] content = markerText(5000);
        UUID id = UUID.randomUUID();
        AttachmentFiles.Stored stored = files(KEY).store(id, source("谈话.txt", content));

        byte[] onDisk = Files.readAllBytes(temp.resolve("data/attachments").resolve(stored.storedPath()));
        String asText = new String(onDisk, StandardCharsets.UTF_8);
        String asLatin = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("PLAINTEXT-MARKER").doesNotContain("廉政");
        assertThat(asLatin).doesNotContain("PLAINTEXT-MARKER");
        assertThat(indexOf(onDisk, Arrays.copyOf(content, 32))).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 200_000, 3 * 65_536})
    void decryptsBackToTheSameBytesWhateverTheSize(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        UUID id = UUID.randomUUID();
        AttachmentFiles files = files(KEY);
        AttachmentFiles.Stored stored = files.store(id, source("scan.bin", content));
        Path out = temp.resolve("out.bin");

        files.decryptTo(id, stored.storedPath(), stored.sha256(), out);

        assertThat(out).hasBinaryContent(content);
        assertThat(stored.size()).isEqualTo(size);
    }

    @Test
    void aMissingSourceIsRefusedAndNothingIsStored() {
        Path missing = temp.resolve("不存在.pdf");
        assertThatThrownBy(() -> files(KEY).store(UUID.randomUUID(), missing))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SOURCE_MISSING);
                    assertThat(e.file()).isEqualTo(missing);
                });
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aFolderIsNotAFileToAttach() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("照片"));
        assertThatThrownBy(() -> files(KEY).store(UUID.randomUUID(), folder))
                .isInstanceOfSatisfying(AttachmentFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SOURCE_NOT_A_FILE));
        assertThat(stored()).isEmpty();
    }

    @Test
    void anUnreadableSourceIsRefusedAndNothingIsStored() throws IOException {
        Path source = source("锁定.pdf", markerText(3));
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(source), "running as root: every file is readable");
        try {
            assertThatThrownBy(() -> files(KEY).store(UUID.randomUUID(), source))
                    .isInstanceOfSatisfying(AttachmentFileException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.SOURCE_UNREADABLE));
            assertThat(stored()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aReadErrorHalfwayIsAnUnreadableSourceAndLeavesNoPartialCopy() throws IOException {
        // Linux: a regular file whose first read fails with EIO even for root, as a failing disk's would
        Path failing = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(failing), "needs Linux /proc");
        assertThatThrownBy(() -> files(KEY).store(UUID.randomUUID(), failing))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SOURCE_UNREADABLE);
                    assertThat(e.detail()).containsIgnoringCase("input/output error");
                });
        assertThat(stored()).isEmpty();
    }

    @Test
    void anAttachmentsPathThatIsAFileIsAWriteFailureLeavingNothing() throws IOException {
        Files.createDirectories(temp.resolve("data"));
        Files.writeString(temp.resolve("data").resolve(AttachmentFiles.FOLDER), "not a folder");
        assertThatThrownBy(() -> files(KEY).store(UUID.randomUUID(), source("a.txt", markerText(1))))
                .isInstanceOfSatisfying(AttachmentFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.WRITE_FAILED));
        assertThat(temp.resolve("data").resolve(AttachmentFiles.FOLDER)).hasContent("not a folder");
    }

    @Test
    void aChangedByteIsFoundWhenOpening() throws IOException {
        assertDamaged(bytes -> bytes[bytes.length / 2] ^= 1, UUID::randomUUID);
    }

    @Test
    void aCopyCutShortIsFoundWhenOpening() throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentFiles files = files(KEY);
        AttachmentFiles.Stored stored = files.store(id, source("big.bin", new byte[3 * 65_536 + 10]));
        Path copy = temp.resolve("data/attachments").resolve(stored.storedPath());
        byte[] whole = Files.readAllBytes(copy);
        // drop the last segment (10 bytes + tag): what is left ends on a segment not marked last
        Files.write(copy, Arrays.copyOf(whole, whole.length - 26));
        assertThatThrownBy(() -> files.decryptTo(id, stored.storedPath(), stored.sha256(), temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        assertThat(temp.resolve("o")).doesNotExist();
    }

    @Test
    void aCopyDoesNotOpenAsAnotherAttachment() throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentFiles files = files(KEY);
        AttachmentFiles.Stored stored = files.store(id, source("a.txt", markerText(2)));
        assertThatThrownBy(() -> files.decryptTo(UUID.randomUUID(), stored.storedPath(), stored.sha256(), temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
    }

    @Test
    void anotherDataFoldersKeyCannotOpenIt() throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentFiles.Stored stored = files(KEY).store(id, source("a.txt", markerText(2)));
        AttachmentFiles other = files(FileKey.random(new SecureRandom()));
        assertThatThrownBy(() -> other.decryptTo(id, stored.storedPath(), stored.sha256(), temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
    }

    @Test
    void aMissingCopyIsReportedAsSuch() {
        assertThatThrownBy(() -> files(KEY).decryptTo(UUID.randomUUID(), "x.bin", "00", temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.STORED_MISSING));
    }

    @Test
    void aStoredPathCannotLeaveTheFolder() throws IOException {
        Files.createDirectories(temp.resolve("data/attachments"));
        Files.writeString(temp.resolve("data/secret.bin"), "x");
        assertThatThrownBy(() -> files(KEY).decryptTo(UUID.randomUUID(), "../secret.bin", "00", temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.STORED_MISSING));
    }

    private interface Mutation {
        void apply(byte[] bytes);
    }

    private void assertDamaged(Mutation mutation, java.util.function.Supplier<UUID> ids) throws IOException {
        UUID id = ids.get();
        AttachmentFiles files = files(KEY);
        AttachmentFiles.Stored stored = files.store(id, source("a.txt", markerText(50)));
        Path copy = temp.resolve("data/attachments").resolve(stored.storedPath());
        byte[] bytes = Files.readAllBytes(copy);
        mutation.apply(bytes);
        Files.write(copy, bytes);
        assertThatThrownBy(() -> files.decryptTo(id, stored.storedPath(), stored.sha256(), temp.resolve("o")))
                .isInstanceOfSatisfying(AttachmentFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        assertThat(temp.resolve("o")).doesNotExist();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

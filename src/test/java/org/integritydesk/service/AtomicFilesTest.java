package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the program writes goes through {@link AtomicFiles}: all of the new file, or the old one. */
class AtomicFilesTest {
    @TempDir Path folder;

    @Test
    void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("档案.pdf");

        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(filesIn(folder)).containsExactly("档案.pdf");
    }

    @Test
    void replacesThePreviousFile() throws IOException {
        Path target = Files.write(folder.resolve("a.xlsx"), new byte[] {9, 9});

        AtomicFiles.write(target, out -> out.write(new byte[] {7}));

        assertThat(Files.readAllBytes(target)).containsExactly(7);
    }

    @Test
    void aDiskFullHalfwayLeavesThePreviousFileByteForByteAndNoTemporaryFile() throws IOException {
        byte[] previous = randomBytes(200_000);
        Path target = Files.write(folder.resolve("干部档案.pdf"), previous);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(randomBytes(100_000));
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.file.write");
            assertThat(e.args()).containsExactly(target.toAbsolutePath(), "No space left on device");
        });

        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        assertThat(filesIn(folder)).containsExactly("干部档案.pdf");
    }

    @Test
    void theMessageTellsTheClerkNothingChanged() {
        ServiceException e = new ServiceException("error.file.write", Path.of("/x/a.pdf"), "No space left on device");

        String chinese = new ErrorDescriber(new Messages(java.util.Locale.SIMPLIFIED_CHINESE)).describe(e);
        String english = new ErrorDescriber(new Messages(java.util.Locale.ENGLISH)).describe(e);

        assertThat(chinese).contains("No space left on device", "没有改变");
        assertThat(english).contains("No space left on device", "unchanged");
    }

    @Test
    void aMissingFolderIsAClearErrorAndCreatesNothing() {
        Path missing = folder.resolve("no-such-folder");

        assertThatThrownBy(() -> AtomicFiles.write(missing.resolve("a.pdf"), out -> out.write(1)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.file.noFolder");
                    assertThat(e.args()).containsExactly(missing.toAbsolutePath());
                });
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFolderThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(folder.resolve("report"), "kept");

        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("a.pdf"), out -> out.write(1)))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.file.noFolder"));
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

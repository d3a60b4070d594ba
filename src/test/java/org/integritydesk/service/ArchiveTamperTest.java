package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.integritydesk.model.ClosedYear;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any change to an archive file, or the wrong data folder's key, is a clear error before anything is read. */
class ArchiveTamperTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    @TempDir Path temp;
    private TestServices services;
    private Path archive;
    private byte[] original;

    @BeforeEach
    void closeAYear() throws IOException {
        services = TestServices.open(temp.resolve("data"));
        services.setUpBureau();
        ClosedYear closed = services.years.close(2024);
        archive = services.years.archiveFolder().resolve(closed.archiveFile());
        original = Files.readAllBytes(archive);
        assertThat(services.years.verify(archive).year()).isEqualTo(2024);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String verifyError(Path file) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> services.years.verify(file)).isInstanceOf(ServiceException.class)
                .satisfies(e -> caught[0] = e);
        return new ErrorDescriber(messages).describe(caught[0]);
    }

    private Path withBytes(byte[] bytes) throws IOException {
        Path copy = temp.resolve("changed.idarchive");
        Files.write(copy, bytes);
        return copy;
    }

    private int headerLength() {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        return text.indexOf("\n\n") + 2;
    }

    private byte[] flipped(int at) {
        byte[] bytes = original.clone();
        bytes[at] ^= 0x01;
        return bytes;
    }

    @Test
    void aFlippedByteInThePayload() throws IOException {
        int payload = headerLength();
        for (int at : new int[] {payload, payload + (original.length - payload) / 2, original.length - 1}) {
            assertThat(verifyError(withBytes(flipped(at)))).contains("签名不符");
        }
    }

    @Test
    void aChangedYearOrDateInTheHeader() throws IOException {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        assertThat(verifyError(withBytes(flipped(text.indexOf("year=2024") + 8)))).contains("签名不符");
        assertThat(verifyError(withBytes(flipped(text.indexOf("created-at=") + 12)))).contains("签名不符");
        assertThat(verifyError(withBytes(flipped(text.indexOf("signature=") + 12)))).contains("签名不符");
    }

    @Test
    void aTruncatedFile() throws IOException {
        assertThat(verifyError(withBytes(Arrays.copyOf(original, original.length - 100)))).contains("不完整");
        assertThat(verifyError(withBytes(Arrays.copyOf(original, headerLength() - 40)))).contains("不完整");
        assertThat(verifyError(withBytes(new byte[0]))).contains("不是廉政工作台的年度归档文件");
    }

    @Test
    void bytesAppendedAtTheEnd() throws IOException {
        byte[] longer = Arrays.copyOf(original, original.length + 3);
        assertThat(verifyError(withBytes(longer))).contains("签名不符");
    }

    @Test
    void anotherDataFoldersKey() {
        try (TestServices other = TestServices.open(temp.resolve("other"))) {
            other.setUpBureau();
            assertThatThrownBy(() -> other.years.verify(archive)).isInstanceOf(ServiceException.class)
                    .satisfies(e -> assertThat(new ErrorDescriber(messages).describe(e)).contains("签名不符", "另一个数据文件夹"));
            assertThatThrownBy(() -> other.years.open(archive)).isInstanceOf(ServiceException.class);
        }
    }

    @Test
    void notAnArchiveAMissingFileAndANewerFormat() throws IOException {
        assertThat(verifyError(withBytes("PK\3\4 a zip".getBytes(StandardCharsets.ISO_8859_1))))
                .contains("不是廉政工作台的年度归档文件");
        assertThat(verifyError(temp.resolve("none.idarchive"))).contains("找不到归档文件");
        String text = new String(original, StandardCharsets.ISO_8859_1).replaceFirst("ARCHIVE/1", "ARCHIVE/2");
        assertThat(verifyError(withBytes(text.getBytes(StandardCharsets.ISO_8859_1)))).contains("更新版本");
    }

    @Test
    void theOriginalStillVerifies() {
        assertThat(services.years.verify(archive).rows("ORG_UNIT")).isEqualTo(1);
    }
}

package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.RegulationService;
import org.integritydesk.store.AttachmentFileException;
import org.integritydesk.store.AttachmentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachment files travel inside packages: re-encrypted with the receiver's key, checked against the
 * row's SHA-256, stored once, and a file that cannot go is reported and its row waits for it.
 */
class ExchangeAttachmentFilesTest {
    @TempDir
    Path dir;

    private ExchangeSite county;
    private ExchangeSite sub;
    private final Random random = new Random(42);
    private int packages;

    @BeforeEach
    void setUp() throws Exception {
        county = ExchangeSite.create("360821", dir);
        sub = ExchangeSite.create("360822", dir);
        ExchangeSite.pair(county, sub);
    }

    @AfterEach
    void close() {
        county.close();
        sub.close();
    }

    private Regulation regulation(ExchangeSite site) {
        return site.services.regulations.create(new RegulationDraft("分局廉政制度" + random.nextInt(1000), null,
                LocalDate.of(2025, 1, 6), RegulationKind.CLEAN_GOVERNMENT, "分局", RegulationStatus.IN_FORCE, null, "摘要"));
    }

    private Path source(String name, int size) throws Exception {
        byte[] content = new byte[size];
        random.nextBytes(content);
        Path file = dir.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Attachment attach(ExchangeSite site, Regulation r, String name, int size) throws Exception {
        return site.attachments.add(RegulationService.OWNER_TYPE, r.id(), source(name, size));
    }

    /** The county's package back, which acknowledges what it imported from the sub-bureau. */
    private void acknowledge() {
        Path back = next();
        send(county, sub, back);
        sub.exchange.importPackage(back, ProgressListener.NONE);
    }

    private ExchangeService.ExportResult send(ExchangeSite from, ExchangeSite to, Path file) {
        return from.exchange.export(to.code, file, ProgressListener.NONE);
    }

    private Path next() {
        return dir.resolve("p" + (++packages) + ".idx");
    }

    @Test
    void aFileMadeAtASubBureauArrivesAtTheCountyReencryptedWithTheCountysKey() throws Exception {
        Regulation r = regulation(sub);
        Attachment photo = attach(sub, r, "检查现场照片.jpg", 150_000);
        Path pkg = next();
        ExchangeService.ExportResult exported = send(sub, county, pkg);
        assertThat(exported.files()).isEqualTo(1);
        assertThat(exported.fileBytes()).isEqualTo(150_000);
        assertThat(exported.heldBack()).isEmpty();

        ExchangeService.ImportResult imported = county.exchange.importPackage(pkg, ProgressListener.NONE);
        assertThat(imported.files()).isEqualTo(1);
        // the county opens it through its own attachment service, with its own key
        Path opened = county.attachments.openAsTempFile(photo.id());
        assertThat(Files.readAllBytes(opened)).isEqualTo(Files.readAllBytes(dir.resolve("sources/检查现场照片.jpg")));
        assertThat(county.attachmentContents()).isEqualTo(sub.attachmentContents());
        // the county's copy is its own encryption: different bytes, and the sub-bureau's key cannot open it
        Path countyCopy = dir.resolve("360821/attachments").resolve(AttachmentFiles.storedPathOf(photo.id()));
        Path subCopy = dir.resolve("360822/attachments").resolve(AttachmentFiles.storedPathOf(photo.id()));
        assertThat(Files.readAllBytes(countyCopy)).isNotEqualTo(Files.readAllBytes(subCopy));
        AttachmentFiles subKeyOnCountyFolder = new AttachmentFiles(countyCopy.getParent(), sub.fileKey,
                new java.security.SecureRandom());
        assertThatThrownBy(() -> subKeyOnCountyFolder.read(photo.id(), photo.storedPath(), photo.sha256()))
                .isInstanceOf(AttachmentFileException.class);
        // the package itself does not show the content in plain
        byte[] packageBytes = Files.readAllBytes(pkg);
        byte[] probe = Arrays.copyOfRange(Files.readAllBytes(dir.resolve("sources/检查现场照片.jpg")), 1000, 1032);
        assertThat(indexOf(packageBytes, probe)).isNegative();

        // replaying the package changes nothing and writes nothing
        Files.delete(countyCopy);
        assertThat(county.exchange.importPackage(pkg, ProgressListener.NONE).outcome())
                .isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(countyCopy).doesNotExist();
    }

    @Test
    void theCountyRelaysTheFileToAnotherSubBureau() throws Exception {
        try (ExchangeSite other = ExchangeSite.create("360823", dir)) {
            ExchangeSite.pair(county, other);
            Attachment scan = attach(sub, regulation(sub), "承诺书扫描件.pdf", 70_000);
            Path up = next();
            send(sub, county, up);
            county.exchange.importPackage(up, ProgressListener.NONE);
            Path down = next();
            assertThat(send(county, other, down).files()).isEqualTo(1);
            other.exchange.importPackage(down, ProgressListener.NONE);
            assertThat(other.attachmentContents()).containsEntry(scan.id().toString(), scan.sha256());
        }
    }

    @Test
    void aMissingFileIsReportedAndItsRowWaitsUntilTheFileIsBack() throws Exception {
        Regulation r = regulation(sub);
        Attachment lost = attach(sub, r, "丢失的附件.docx", 5_000);
        Attachment fine = attach(sub, r, "完好的附件.docx", 6_000);
        Path stored = dir.resolve("360822/attachments").resolve(lost.storedPath());
        Path aside = dir.resolve("aside.bin");
        Files.move(stored, aside);

        Path pkg = next();
        ExchangeService.ExportResult exported = send(sub, county, pkg);
        assertThat(exported.heldBack()).extracting(ExchangeService.HeldFile::attachmentId, ExchangeService.HeldFile::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lost.id(), ExchangeService.HoldReason.MISSING));
        assertThat(exported.files()).isEqualTo(1);
        assertThat(ExportTexts.fileLines(new org.integritydesk.service.Messages(java.util.Locale.SIMPLIFIED_CHINESE), exported))
                .anyMatch(line -> line.contains("丢失的附件.docx") && line.contains("找不到"));
        county.exchange.importPackage(pkg, ProgressListener.NONE);
        // the county has the row whose file came, and not the one whose file is missing
        assertThat(county.attachmentContents()).containsOnlyKeys(fine.id().toString());
        acknowledge();
        assertThat(sub.exchange.status().get(0).recordsToSend()).isEqualTo(1);

        // reported again while missing; carried once the file is back
        assertThat(send(sub, county, next()).heldBack()).hasSize(1);
        Files.move(aside, stored);
        Path again = next();
        ExchangeService.ExportResult later = send(sub, county, again);
        assertThat(later.heldBack()).isEmpty();
        assertThat(later.files()).isEqualTo(1);
        county.exchange.importPackage(again, ProgressListener.NONE);
        assertThat(county.attachmentContents()).isEqualTo(sub.attachmentContents()).hasSize(2);
    }

    /** Packages made one after another without an acknowledgement in between still bring every file. */
    @Test
    void filesBeyondThePackageBudgetGoInTheNextPackagesEvenWithoutAcknowledgement() throws Exception {
        sub.exchange.fileBudget(100_000);
        Regulation r = regulation(sub);
        for (int i = 0; i < 3; i++) {
            attach(sub, r, "照片" + i + ".jpg", 60_000);
        }
        List<Path> made = List.of(next(), next(), next());
        for (Path pkg : made) {
            assertThat(send(sub, county, pkg).files()).isEqualTo(1);
        }
        // the three arrive in any order (the first of them is lost even): the last two bring the rest
        county.exchange.importPackage(made.get(2), ProgressListener.NONE);
        assertThat(county.attachmentContents()).hasSize(1);
        acknowledge();
        Path fourth = next();
        send(sub, county, fourth);
        county.exchange.importPackage(fourth, ProgressListener.NONE);
        acknowledge();
        Path fifth = next();
        send(sub, county, fifth);
        county.exchange.importPackage(fifth, ProgressListener.NONE);
        assertThat(county.attachmentContents()).isEqualTo(sub.attachmentContents()).hasSize(3);
    }

    @Test
    void filesBeyondThePackageBudgetGoInTheNextPackage() throws Exception {
        sub.exchange.fileBudget(100_000);
        Regulation r = regulation(sub);
        for (int i = 0; i < 3; i++) {
            attach(sub, r, "照片" + i + ".jpg", 60_000);
        }
        Path first = next();
        ExchangeService.ExportResult one = send(sub, county, first);
        assertThat(one.files()).isEqualTo(1);
        assertThat(one.heldBack()).extracting(ExchangeService.HeldFile::reason)
                .containsOnly(ExchangeService.HoldReason.NEXT_PACKAGE).hasSize(2);
        county.exchange.importPackage(first, ProgressListener.NONE);
        acknowledge();
        Path second = next();
        assertThat(send(sub, county, second).files()).isEqualTo(1);
        county.exchange.importPackage(second, ProgressListener.NONE);
        acknowledge();
        Path third = next();
        assertThat(send(sub, county, third).files()).isEqualTo(1);
        county.exchange.importPackage(third, ProgressListener.NONE);
        acknowledge();
        assertThat(county.attachmentContents()).isEqualTo(sub.attachmentContents()).hasSize(3);
        // a file larger than the budget still travels, alone
        attach(sub, r, "大文件.pdf", 150_000);
        Path big = next();
        assertThat(send(sub, county, big).files()).isEqualTo(1);
        county.exchange.importPackage(big, ProgressListener.NONE);
        assertThat(county.attachmentContents()).isEqualTo(sub.attachmentContents()).hasSize(4);
    }

    @Test
    void aRemovedAttachmentTravelsAsItsRowOnly() throws Exception {
        Regulation r = regulation(sub);
        Attachment a = attach(sub, r, "作废.jpg", 3_000);
        sub.attachments.remove(a.id(), a.version());
        Files.delete(dir.resolve("360822/attachments").resolve(a.storedPath()));
        Path pkg = next();
        ExchangeService.ExportResult exported = send(sub, county, pkg);
        assertThat(exported.files()).isZero();
        assertThat(exported.heldBack()).isEmpty();
        county.exchange.importPackage(pkg, ProgressListener.NONE);
        assertThat(county.contents().get("attachment")).isEqualTo(sub.contents().get("attachment")).hasSize(1);
    }

    @Test
    void aFileAlreadyHereIsNotWrittenAgainAndARowWithoutItsFileGetsIt() throws Exception {
        Attachment a = attach(sub, regulation(sub), "照片.jpg", 20_000);
        Path pkg = next();
        send(sub, county, pkg);
        county.exchange.importPackage(pkg, ProgressListener.NONE);
        Path countyCopy = dir.resolve("360821/attachments").resolve(a.storedPath());
        // as after a package of the earlier version (rows without files): the county lost the file
        Files.delete(countyCopy);
        // the sub-bureau sends the row again (what V16 does for every attachment row)
        sub.services.tx.run(() -> {
            var state = sub.store.state("attachment", a.id().toString()).orElseThrow();
            long rev = sub.store.takeRevs(1);
            sub.store.putStates(List.of(new org.integritydesk.store.ExchangeStore.RowState(state.kind(), state.key(),
                    state.hash(), false, rev, state.owner(), state.source(), state.via())));
        });
        Path again = next();
        send(sub, county, again);
        ExchangeService.ImportResult result = county.exchange.importPackage(again, ProgressListener.NONE);
        assertThat(result.applied()).isZero();
        assertThat(result.files()).isEqualTo(1);
        assertThat(county.attachmentContents()).containsEntry(a.id().toString(), a.sha256());
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

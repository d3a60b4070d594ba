package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.ContentFingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tampered, truncated, wrongly keyed, foreign, replayed or out-of-order package changes nothing and says why. */
class ExchangePackageTamperTest {
    @TempDir
    Path dir;

    private ExchangeSite county;
    private ExchangeSite sub;
    private Path first;
    /** The attachment the first package carries a file of (the package's last region before the tag). */
    private org.integritydesk.model.Attachment attachment;
    private static final int FILE_SIZE = 40_000;

    @BeforeEach
    void setUp() throws Exception {
        county = ExchangeSite.create("360821", dir);
        sub = ExchangeSite.create("360822", dir);
        ExchangeSite.pair(county, sub);
        var regulation = county.services.regulations.create(new RegulationDraft("县局廉政制度", "吉市监发〔2025〕1号",
                LocalDate.of(2025, 1, 6), RegulationKind.CLEAN_GOVERNMENT, "县局", RegulationStatus.IN_FORCE, null,
                "摘要"));
        byte[] content = new byte[FILE_SIZE];
        new java.util.Random(3).nextBytes(content);
        Path source = dir.resolve("制度原文.pdf");
        Files.write(source, content);
        attachment = county.attachments.add(org.integritydesk.service.RegulationService.OWNER_TYPE, regulation.id(),
                source);
        first = dir.resolve("first.idx");
        assertThat(county.exchange.export("360822", first, ProgressListener.NONE).files()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        county.close();
        sub.close();
    }

    private ContentFingerprint before() {
        return sub.services.fingerprint();
    }

    private Path receivedFile() {
        return dir.resolve("360822/attachments").resolve(attachment.storedPath());
    }

    private void rejected(byte[] bytes, String... keys) throws Exception {
        Path file = dir.resolve("bad.idx");
        Files.write(file, bytes);
        ContentFingerprint before = before();
        assertThatThrownBy(() -> sub.exchange.importPackage(file, ProgressListener.NONE))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isIn((Object[]) keys));
        assertThat(sub.services.fingerprint()).isEqualTo(before);
        assertThat(receivedFile()).as("no attachment file written").doesNotExist();
    }

    /** Where each region of the file starts: magic, header length, header, cipher length, ciphertext, signature. */
    private int[] regions(byte[] bytes) {
        int headerLength = java.nio.ByteBuffer.wrap(bytes, 4, 4).getInt();
        int cipherAt = 8 + headerLength;
        int tag = bytes.length - 64 - 16;
        return new int[] {0, 4, 8, 8 + headerLength / 2, cipherAt, cipherAt + 4 + 10, tag - FILE_SIZE,
            tag - FILE_SIZE / 2, tag - 1, tag, bytes.length - 64, bytes.length - 1};
    }

    @Test
    void aFlippedByteInAnyRegionIsRefused() throws Exception {
        byte[] good = Files.readAllBytes(first);
        for (int at : regions(good)) {
            byte[] bad = good.clone();
            bad[at] ^= 0x01;
            rejected(bad, "error.exchange.notPackage", "error.exchange.damaged", "error.exchange.truncated",
                    "error.exchange.tampered", "error.exchange.foreign", "error.exchange.format",
                    "error.exchange.notForUs");
        }
        // the ciphertext and the signature are covered by the signature: those flips say "tampered"
        byte[] bad = good.clone();
        bad[regions(good)[5]] ^= 0x40;
        rejected(bad, "error.exchange.tampered");
        bad = good.clone();
        bad[good.length - 1] ^= 0x40;
        rejected(bad, "error.exchange.tampered");
        // the untouched package still imports
        assertThat(sub.exchange.importPackage(first, ProgressListener.NONE).applied()).isGreaterThan(0);
    }

    @Test
    void theAttachmentFileRegionIsCoveredByTheSignatureAndTheTag() throws Exception {
        byte[] good = Files.readAllBytes(first);
        int tag = good.length - 64 - 16;
        for (int at : new int[] {tag - FILE_SIZE, tag - FILE_SIZE / 2, tag - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            rejected(bad, "error.exchange.tampered");
        }
        // cut inside the file region
        rejected(Arrays.copyOf(good, tag - FILE_SIZE / 2), "error.exchange.truncated");
        assertThat(sub.exchange.importPackage(first, ProgressListener.NONE).files()).isEqualTo(1);
        assertThat(receivedFile()).exists();
    }

    /**
     * Past the signature and the tag, from a site with the right keys: a file whose bytes are not the
     * row's SHA-256, a file no attachment record of the package names, or a file whose record says
     * another size is refused whole.
     */
    @Test
    void aSignedPackageWhoseFileDoesNotMatchItsRowIsRefused() throws Exception {
        PackageCodec codec = new PackageCodec(new java.security.SecureRandom());
        var countySite = county.services.tx.read(() -> county.store.site().orElseThrow());
        var peer = county.services.tx.read(() -> county.store.peer("360822").orElseThrow());
        var row = county.services.tx.read(() -> county.store.read(
                org.integritydesk.model.ExchangeKinds.byTable("attachment").orElseThrow(), attachment.id().toString()))
                .orElseThrow();
        PackageRecord record = new PackageRecord("attachment", row.key(), "360821", "360821", false, row.columns(),
                row.values());
        byte[] other = new byte[FILE_SIZE];
        new java.util.Random(4).nextBytes(other);
        String otherSha = ExchangeSite.sha256(other);
        List<List<PackageFile>> bad = List.of(
                List.of(new PackageFile(attachment.id(), otherSha, other)),
                List.of(new PackageFile(java.util.UUID.randomUUID(), otherSha, other)),
                List.of(new PackageFile(attachment.id(), attachment.sha256(), county.files.read(attachment.id(),
                        attachment.storedPath(), attachment.sha256())), new PackageFile(attachment.id(),
                        attachment.sha256(), county.files.read(attachment.id(), attachment.storedPath(),
                        attachment.sha256()))));
        for (List<PackageFile> files : bad) {
            PackageHeader header = new PackageHeader(PackageHeader.FORMAT, "360821", "360822", 1, 0, 0,
                    java.time.Instant.now(), 1);
            rejected(codec.write(header, List.of(record), files, countySite.signPrivate(), peer.agreePublic()),
                    "error.exchange.damaged");
        }
    }

    @Test
    void aTruncatedPackageIsRefused() throws Exception {
        byte[] good = Files.readAllBytes(first);
        for (int cut : new int[] {0, 3, 7, 20, 100, -65, -1}) {
            int length = cut >= 0 ? Math.min(cut, good.length) : good.length + cut;
            rejected(Arrays.copyOf(good, length), "error.exchange.notPackage", "error.exchange.truncated",
                    "error.exchange.damaged");
        }
    }

    @Test
    void truncationAfterTheHeaderSaysTruncated() throws Exception {
        byte[] good = Files.readAllBytes(first);
        rejected(Arrays.copyOf(good, good.length - 1), "error.exchange.truncated");
    }

    @Test
    void aPackageForAnotherKeyOfTheSameSiteCannotBeDecrypted() throws Exception {
        // the county was given the key of a reinstalled 360822 (a new key pair): its package is signed
        // right and addressed right, but encrypted for a key this installation does not hold
        try (ExchangeSite other = ExchangeSite.create("360822", dir.resolve("reinstalled"))) {
            county.exchange.trust("360822", other.exchange.site().orElseThrow().publicKeyFile());
        }
        Path file = dir.resolve("wrong-key.idx");
        county.exchange.export("360822", file, ProgressListener.NONE);
        rejected(Files.readAllBytes(file), "error.exchange.wrongKey");
    }

    @Test
    void aPackageFromAnUntrustedSiteIsRefused() throws Exception {
        try (ExchangeSite stranger = ExchangeSite.create("360899", dir)) {
            stranger.exchange.trust("360822", sub.exchange.site().orElseThrow().publicKeyFile());
            Path file = dir.resolve("stranger.idx");
            stranger.exchange.export("360822", file, ProgressListener.NONE);
            rejected(Files.readAllBytes(file), "error.exchange.foreign");
        }
    }

    @Test
    void aPackageForAnotherSubBureauIsRefused() throws Exception {
        try (ExchangeSite other = ExchangeSite.create("360823", dir)) {
            ExchangeSite.pair(county, other);
            Path file = dir.resolve("for-other.idx");
            county.exchange.export("360823", file, ProgressListener.NONE);
            rejected(Files.readAllBytes(file), "error.exchange.notForUs");
        }
    }

    @Test
    void theSamePackageTwiceOrAnOlderOneAfterANewerChangesNothingAndSaysSo() throws Exception {
        county.services.regulations.create(new RegulationDraft("第二项制度", null, LocalDate.of(2025, 2, 1),
                RegulationKind.STUDY, "县局", RegulationStatus.IN_FORCE, null, null));
        Path second = dir.resolve("second.idx");
        county.exchange.export("360822", second, ProgressListener.NONE);

        ExchangeService.ImportResult newer = sub.exchange.importPackage(second, ProgressListener.NONE);
        assertThat(newer.outcome()).isEqualTo(ExchangeService.Outcome.APPLIED);
        assertThat(newer.lostFrom()).isEqualTo(1);
        assertThat(newer.lostTo()).isEqualTo(1);
        assertThat(sub.services.regulations.list()).hasSize(2);

        ContentFingerprint after = before();
        for (Path again : List.of(first, second, second)) {
            ExchangeService.ImportResult result = sub.exchange.importPackage(again, ProgressListener.NONE);
            assertThat(result.outcome()).isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
            assertThat(result.lastImported()).isEqualTo(2);
        }
        assertThat(sub.services.fingerprint()).isEqualTo(after);
    }

    @Test
    void aGapIsReportedWithWhatIsMissing() throws Exception {
        sub.exchange.importPackage(first, ProgressListener.NONE);
        Path back = dir.resolve("back.idx");
        sub.exchange.export("360821", back, ProgressListener.NONE);
        county.exchange.importPackage(back, ProgressListener.NONE);
        Path second = dir.resolve("second.idx");
        county.exchange.export("360822", second, ProgressListener.NONE);
        // the sub-bureau's database is put back to before it imported the first package
        sub.services.tx.run(() -> sub.store.recordImported("360821", 0, null, null, 0));
        Path file = second;
        ContentFingerprint before = before();
        assertThatThrownBy(() -> sub.exchange.importPackage(file, ProgressListener.NONE))
                .isInstanceOf(PackageException.class)
                .satisfies(e -> {
                    assertThat(((ServiceException) e).messageKey()).isEqualTo("error.exchange.gap");
                    assertThat(((ServiceException) e).args()).containsExactly("360821", 2L, 1L, 1L);
                });
        assertThat(sub.services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> sub.exchange.importPackage(dir.resolve("nothing.idx"), ProgressListener.NONE))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isEqualTo("error.exchange.noFile"));
    }
}

package org.integritydesk.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Random damage to packages, for a few seconds: the reader either opens the package or refuses it
 * with a {@link PackageException}; it never fails otherwise, never hangs and never allocates wildly.
 */
class ExchangePackageFuzzTest {
    private static final long BUDGET_MILLIS = 3000;

    private final Random random = new Random(7);
    private final SiteKeys.Generated county = SiteKeys.generate();
    private final SiteKeys.Generated sub = SiteKeys.generate();
    private final PackageCodec codec = new PackageCodec(new SecureRandom());

    private List<PackageRecord> records() {
        List<PackageRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(new PackageRecord("regulation", UUID.randomUUID().toString(), "360821", "360821", false,
                    List.of("id", "title", "issued_on", "hours", "created_at", "starts_at", "version", "flag"),
                    Arrays.asList(UUID.randomUUID(), "制度" + i, LocalDate.of(2025, 1, 1 + i), new BigDecimal("2.5"),
                            OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC), LocalDateTime.of(2025, 1, 2, 9, 0),
                            i, i % 2 == 0)));
        }
        records.add(new PackageRecord("cadre", UUID.randomUUID().toString(), "360822", "360822", true, List.of(),
                List.of()));
        return records;
    }

    private List<PackageFile> files() {
        List<PackageFile> files = new ArrayList<>();
        for (int size : new int[] {0, 1, 300}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            files.add(new PackageFile(UUID.randomUUID(), ExchangeSite.sha256(content), content));
        }
        return files;
    }

    private byte[] goodPackage() {
        List<PackageRecord> records = records();
        return codec.write(new PackageHeader(PackageHeader.FORMAT, "360821", "360822", 3, 1, 2, Instant.now(),
                records.size()), records, files(), county.signPrivate(), sub.agreePublic());
    }

    private PackageCodec.Opened open(byte[] bytes) {
        return codec.read(bytes, code -> code.equals("360821")
                ? Optional.of(new PackageCodec.PeerKeys(county.signPublic(), county.agreePublic()))
                : Optional.empty(), "360822", sub.agreePrivate());
    }

    @Test
    void theGoodPackageOpens() {
        PackageCodec.Opened opened = open(goodPackage());
        assertThat(opened.records()).hasSize(21);
        assertThat(opened.records().get(20).deleted()).isTrue();
        assertThat(opened.records().get(0).values().get(1)).isEqualTo("制度0");
        assertThat(opened.header().seq()).isEqualTo(3);
        assertThat(opened.files()).hasSize(3);
        assertThat(opened.files().get(2).content()).hasSize(300);
    }

    /** The format-2 content (records, then files) after the tag, damaged at random: refused cleanly. */
    @Test
    void damagedFileRegionsAreRefusedCleanly() throws Exception {
        List<PackageRecord> records = records();
        PackageHeader header = new PackageHeader(PackageHeader.FORMAT, "360821", "360822", 3, 1, 2, Instant.now(),
                records.size());
        byte[] deflated = deflate(plainOf(records));
        List<PackageFile> files = files();
        java.nio.ByteBuffer content = java.nio.ByteBuffer.allocate(4 + deflated.length + 4 + 3 * 56 + 301);
        content.putInt(deflated.length).put(deflated).putInt(files.size());
        for (PackageFile f : files) {
            content.putLong(f.id().getMostSignificantBits()).putLong(f.id().getLeastSignificantBits())
                    .put(java.util.HexFormat.of().parseHex(f.sha256())).putLong(f.content().length).put(f.content());
        }
        byte[] good = content.array();
        assertThat(PackageCodec.contents(header, good).files()).hasSize(3);
        long end = System.currentTimeMillis() + BUDGET_MILLIS / 3;
        int tries = 0;
        while (System.currentTimeMillis() < end) {
            byte[] bad = mutate(good);
            tries++;
            try {
                PackageCodec.Opened opened = PackageCodec.contents(header, bad);
                for (PackageFile f : opened.files()) {
                    assertThat(ExchangeSite.sha256(f.content())).isEqualTo(f.sha256());
                }
            } catch (PackageException expected) {
                // refused
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("content reader failed on try " + tries + ": " + e, e);
            }
        }
        assertThat(tries).isGreaterThan(100);
    }

    @Test
    void damagedPackagesAreRefusedCleanly() {
        byte[] good = goodPackage();
        long end = System.currentTimeMillis() + BUDGET_MILLIS / 2;
        int tries = 0;
        while (System.currentTimeMillis() < end) {
            byte[] bad = mutate(good);
            tries++;
            try {
                open(bad);
                if (!Arrays.equals(bad, good)) {
                    fail("a damaged package opened");
                }
            } catch (PackageException expected) {
                // refused with a message
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("reader failed on try " + tries + ": " + e, e);
            }
        }
        assertThat(tries).isGreaterThan(100);
    }

    /** Past the signature and the tag (a site with the right keys sending garbage): the record reader itself. */
    @Test
    void damagedContentIsRefusedCleanly() throws Exception {
        byte[] plain = plainOf(records());
        long end = System.currentTimeMillis() + BUDGET_MILLIS / 2;
        int tries = 0;
        while (System.currentTimeMillis() < end) {
            byte[] bad = mutate(plain);
            tries++;
            try {
                PackageCodec.inflate(deflate(bad));
            } catch (PackageException expected) {
                // refused
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("record reader failed on try " + tries + ": " + e, e);
            }
            try {
                PackageCodec.inflate(mutate(deflate(plain)));
            } catch (PackageException expected) {
                // refused
            } catch (RuntimeException | OutOfMemoryError e) {
                throw new AssertionError("inflater failed on try " + tries + ": " + e, e);
            }
        }
        assertThat(tries).isGreaterThan(100);
    }

    private byte[] plainOf(List<PackageRecord> records) throws Exception {
        // the same layout PackageCodec deflates: count, then each record
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(records.size());
            for (PackageRecord r : records) {
                RowCodec.writeString(out, r.kind());
                RowCodec.writeString(out, r.key());
                RowCodec.writeString(out, r.owner());
                RowCodec.writeString(out, r.source());
                out.writeBoolean(r.deleted());
                if (!r.deleted()) {
                    RowCodec.writeRow(out, r.columns(), r.values());
                }
            }
        }
        assertThat(PackageCodec.inflate(deflate(bytes.toByteArray()))).hasSize(records.size());
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] plain) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater())) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    private byte[] mutate(byte[] good) {
        byte[] bad = good.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bad = Arrays.copyOf(bad, random.nextInt(bad.length));
            case 2 -> {
                int at = random.nextInt(bad.length);
                byte[] longer = new byte[bad.length + 1 + random.nextInt(16)];
                System.arraycopy(bad, 0, longer, 0, at);
                random.nextBytes(Arrays.copyOfRange(longer, at, longer.length - (bad.length - at)));
                System.arraycopy(bad, at, longer, longer.length - (bad.length - at), bad.length - at);
                bad = longer;
            }
            case 3 -> {
                // a length field set huge or negative
                int at = random.nextInt(Math.max(1, bad.length - 4));
                int value = random.nextBoolean() ? Integer.MAX_VALUE : -1 - random.nextInt(1000);
                bad[at] = (byte) (value >>> 24);
                bad[at + 1] = (byte) (value >>> 16);
                bad[at + 2] = (byte) (value >>> 8);
                bad[at + 3] = (byte) value;
            }
            case 4 -> random.nextBytes(bad);
            default -> bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
        }
        return bad;
    }
}

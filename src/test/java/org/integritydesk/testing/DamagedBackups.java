package org.integritydesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Backup files spoilt the ways a backup gets spoilt: empty, cut short, not a zip, damaged inside. */
public final class DamagedBackups {
    public static final String ENTRY = "integrity-desk.mv.db";

    private DamagedBackups() {
    }

    public static Path empty(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }

    public static Path notAZip(Path file) throws IOException {
        return Files.writeString(file, "这不是备份 — not a backup\n", StandardCharsets.UTF_8);
    }

    /** The first {@code fraction} of a good backup, as a copy to a USB drive pulled out too early leaves it. */
    public static Path truncated(Path good, Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        return Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    /** A good zip that holds something else. */
    public static Path withoutDatabase(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** One byte of the compressed database changed: the zip opens, the content does not check out. */
    public static Path flippedByte(Path good, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        bytes[middleOfDatabaseData(bytes)] ^= 0x5A;
        return Files.write(file, bytes);
    }

    /**
     * The offset of the middle byte of the database entry's compressed data, found from its local
     * header: the middle of the whole zip may land in another entry or a header, and the damage is
     * then of another kind.
     */
    private static int middleOfDatabaseData(byte[] zip) {
        byte[] name = ENTRY.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 30 + name.length <= zip.length; at++) {
            boolean localHeader = zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4;
            if (localHeader && littleEndian(zip, at + 26, 2) == name.length
                    && Arrays.equals(zip, at + 30, at + 30 + name.length, name, 0, name.length)) {
                int dataStart = at + 30 + name.length + littleEndian(zip, at + 28, 2);
                int sizeInHeader = littleEndian(zip, at + 18, 4);
                // a streamed entry has its size after the data; the data then runs to the next entry's header
                int dataEnd = sizeInHeader > 0 ? dataStart + sizeInHeader : nextLocalOrCentralHeader(zip, dataStart);
                return (dataStart + dataEnd) / 2;
            }
        }
        throw new IllegalArgumentException("no database entry in the backup");
    }

    private static int nextLocalOrCentralHeader(byte[] zip, int from) {
        for (int at = from; at + 4 <= zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && (zip[at + 2] == 3 && zip[at + 3] == 4 || zip[at + 2] == 1 && zip[at + 3] == 2)) {
                return at;
            }
        }
        return zip.length;
    }

    private static int littleEndian(byte[] bytes, int at, int length) {
        int value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | bytes[at + i] & 0xFF;
        }
        return value;
    }

    /**
     * A well-formed zip whose database file has its middle half zeroed (with a correct checksum),
     * other entries kept: the damage is only found by reading the database.
     */
    public static Path zeroedDatabase(Path good, Path file) throws IOException {
        try (ZipFile source = new ZipFile(good.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                byte[] content = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(ENTRY)) {
                    Arrays.fill(content, content.length / 4, content.length * 3 / 4, (byte) 0);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return file;
    }

    public static Path zipOf(byte[] database, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            zip.write(database);
            zip.closeEntry();
        }
        return file;
    }
}

package org.integritydesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Flyway migrations of this build, so that tests need not be edited for every new one. */
public final class Migrations {
    private static final Path FOLDER = Path.of("src", "main", "resources", "db", "migration");
    /** The versions each engine spells differently (docs/decisions/0021-postgresql-server.md). */
    private static final Path VENDOR_FOLDER = Path.of("src", "main", "resources", "db", "vendor", "h2");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private Migrations() {
    }

    /** The highest migration version, as Flyway records it ("8"). */
    public static String latestVersion() {
        try (Stream<Path> files = Stream.concat(Files.list(FOLDER), Files.list(VENDOR_FOLDER))) {
            return String.valueOf(files.map(f -> VERSION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

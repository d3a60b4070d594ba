package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations that differ per engine moved from {@code db/migration} to {@code db/vendor/h2}
 * unchanged: a database migrated when they all lay in one folder (every office's H2 file) still
 * validates and opens, and each engine has exactly one file per version.
 */
// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class MigrationLayoutTest {
    private static final Path COMMON = Path.of("src/main/resources/db/migration");
    private static final Path H2 = Path.of("src/main/resources/db/vendor/h2");
    private static final Path POSTGRESQL = Path.of("src/main/resources/db/vendor/postgresql");

    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedFromTheOldSingleFolderStillValidatesAndOpens() throws IOException, SQLException {
        Path oldLayout = Files.createDirectories(dir.resolve("old-layout"));
        for (Path folder : List.of(COMMON, H2)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, oldLayout.resolve(f.getFileName()));
                }
            }
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        String url = Database.urlFor(data);
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + oldLayout).load().migrate();
        List<String> before = history(url);

        try (Database db = Database.open(data)) {
            assertThat(db.dialect()).isEqualTo(Dialect.H2);
        }
        assertThat(history(url)).as("nothing re-applied, every checksum kept").isEqualTo(before);
        assertThat(before).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void everyVendorVersionExistsForBothEnginesAndNowhereElse() throws IOException {
        List<String> h2 = names(H2);
        assertThat(names(POSTGRESQL)).isEqualTo(h2);
        assertThat(names(COMMON)).doesNotContainAnyElementsOf(h2);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> history(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"checksum\", \"success\" FROM \"flyway_schema_history\""
                        + " ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getBoolean(3));
            }
        }
        return rows;
    }
}

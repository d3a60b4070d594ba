package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// about the embedded H2 file itself: runs on H2 only, not again in the postgresql profile
@org.junit.jupiter.api.Tag("embedded")
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void refusesASecondOpenOfTheSameFolderWhileTheFirstIsOpen() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(DatabaseInUseException.class)
                    .satisfies(e -> assertThat(((DatabaseInUseException) e).dataDir()).isEqualTo(dir));
        }
    }

    @Test
    void anotherProcessIsRefusedWhileTheDatabaseIsOpen() throws Exception {
        try (Database first = Database.open(dir)) {
            assertOtherProcessIsRefused();
        }
    }

    /**
     * On Linux a lock belongs to the process and closing any channel to the lock file drops it, so
     * a refused second open in the same process must not close a channel of its own on that file.
     */
    @Test
    void aRefusedSecondOpenInThisProcessKeepsOtherProcessesOut() throws Exception {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseInUseException.class);

            assertOtherProcessIsRefused();
        }
    }

    private void assertOtherProcessIsRefused() throws IOException, InterruptedException {
        Path log = dir.resolve("probe.log");
        int exit = openInAnotherProcess(log);
        assertThat(exit).as("exit status of a second process opening the folder; its output:%n%s",
                Files.readString(log)).isEqualTo(OpenDatabaseProbe.IN_USE);
    }

    private int openInAnotherProcess(Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OpenDatabaseProbe.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe process did not finish");
        }
        return process.exitValue();
    }

    @Test
    void staysRefusedAfterARefusedSecondOpen() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseInUseException.class);

            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseInUseException.class);
        }
    }

    @Test
    void refusesASecondOpenThroughAnotherPathToTheSameFolder() {
        try (Database first = Database.open(dir)) {
            Path roundabout = dir.resolve("..").resolve(dir.getFileName());

            assertThatThrownBy(() -> Database.open(roundabout)).isInstanceOf(DatabaseInUseException.class);
        }
    }

    @Test
    void opensAgainAfterClose() {
        Database.open(dir).close();

        try (Database again = Database.open(dir)) {
            assertThat(again.dataDir()).isEqualTo(dir);
        }
    }

    @Test
    void opensAgainAfterARefusedSecondOpenIsFollowedByClose() {
        Database first = Database.open(dir);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseInUseException.class);
        first.close();

        Database.open(dir).close();
    }

    @Test
    void urlAsksForWriteDelayZero() {
        assertThat(Database.urlFor(dir)).contains(";WRITE_DELAY=0");
    }

    @Test
    void openDatabaseRunsWithWriteDelayZero() throws SQLException {
        try (Database db = Database.open(dir);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        String name = new String(Character.toChars(0x20BB7)) + "乐";
        try (TestServices first = TestServices.open(dir)) {
            OrgUnit bureau = first.setUpBureau();
            first.cadres.create(DraftBuilder.draft(bureau.id()).name(name).build());
        }

        try (TestServices second = TestServices.open(dir)) {
            assertThat(second.setup.profile()).contains(new BureauProfile("吉安县市场监督管理局", TestServices.SITE));
            assertThat(second.units.list()).hasSize(1);
            assertThat(second.cadres.listCadres()).extracting(CadreSummary::name).containsExactly(name);
        }
    }

    @Test
    void opensAFolderWithChineseCharactersAndSpacesInItsPath() {
        Path folder = dir.resolve("张三 的数据").resolve("廉政工作台");

        try (TestServices services = TestServices.open(folder)) {
            services.setUpBureau();
        }

        assertThat(folder.resolve(Database.FILE_NAME + ".mv.db")).exists();
    }
}

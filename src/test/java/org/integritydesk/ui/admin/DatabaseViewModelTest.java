package org.integritydesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.model.TableComparison;
import org.integritydesk.service.DataMoveService;
import org.integritydesk.model.Role;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.DatabaseSettingsFile;
import org.integritydesk.service.DatabaseSettingsService;
import org.integritydesk.service.Messages;
import org.integritydesk.service.security.MachineSecret;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseViewModelTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private DatabaseSettingsFile file;
    private DatabaseViewModel model;
    private DatabaseViewModel.Mover mover = (target, progress, cancelled) -> {
        throw new AssertionError("no move expected");
    };
    private final List<DatabaseChoice> movedTo = new ArrayList<>();

    private static final List<TableComparison> TABLES = List.of(
            new TableComparison("org_unit", 12, 12, "ab".repeat(32), "ab".repeat(32)),
            new TableComparison("cadre", 150, 150, "cd".repeat(32), "cd".repeat(32)));

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        services.setUpBureau();
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        file = new DatabaseSettingsFile(dir.resolve("data"), new MachineSecret(() -> "pc/admin", new SecureRandom()));
        model = new DatabaseViewModel(new DatabaseSettingsService(services.tx, services.access, services.auditTrail, file),
                (target, progress, cancelled) -> mover.move(target, progress, cancelled), new DirectTaskRunner(), dialogs,
                messages, "内置数据库", true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void fill(String host, String port, String database, String user, String password) {
        model.serverProperty().set(true);
        model.hostProperty().set(host);
        model.portProperty().set(port);
        model.databaseProperty().set(database);
        model.userProperty().set(user);
        model.passwordProperty().set(password);
    }

    @Test
    void savingAServerTakesEffectAtTheNextStartAndTheFormShowsAPasswordIsKept() {
        model.load();
        assertThat(model.serverProperty().get()).isFalse();
        fill("db.county.local", "5433", "integrity_desk", "desk", "Srv#2026pw");
        model.tlsProperty().set(true);

        model.save();

        assertThat(model.statusProperty().get()).contains("下次启动", "db.county.local:5433/integrity_desk");
        assertThat(model.statusKindProperty().get()).isEqualTo(DatabaseViewModel.StatusKind.OK);
        DatabaseChoice saved = file.load().choice();
        assertThat(saved).isEqualTo(DatabaseChoice.server("db.county.local", 5433, "integrity_desk", "desk",
                "Srv#2026pw", true));
        assertThat(model.passwordProperty().get()).as("reloaded: the password is not shown").isEmpty();
        assertThat(model.passwordHintProperty().get()).contains("已保存密码");
        assertThat(model.serverProperty().get()).isTrue();
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsSavedOrTried() {
        fill("db server", "99999", "", "desk", "");
        model.testConnection();
        assertThat(model.statusKindProperty().get()).isEqualTo(DatabaseViewModel.StatusKind.PROBLEM);
        assertThat(model.statusProperty().get()).contains("主机", "端口", "数据库名");
        model.save();
        assertThat(file.load().choice().mode()).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(java.nio.file.Files.exists(file.file())).isFalse();
    }

    @Test
    void aClosedPortIsToldApartFromAnUnreachableHost() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        fill("127.0.0.1", String.valueOf(closed), "integrity_desk", "desk", "pw");
        model.testConnection();
        assertThat(model.statusKindProperty().get()).isEqualTo(DatabaseViewModel.StatusKind.PROBLEM);
        assertThat(model.statusProperty().get()).contains("端口 " + closed, "没有数据库服务在监听");
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void theMoveAsksFirstShowsProgressAndListsEveryTable() {
        List<Double> progress = new ArrayList<>();
        model.moveProgressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        mover = (target, p, cancelled) -> {
            movedTo.add(target);
            p.rows(81, 162);
            p.rows(162, 162);
            return new DataMoveService.MoveReport(target, TABLES);
        };
        fill("db.county.local", "5432", "integrity_desk", "desk", "Srv#2026pw");

        dialogs.answerConfirmations(false);
        model.moveToServer();
        assertThat(movedTo).as("declined: nothing moved").isEmpty();
        assertThat(dialogs.confirmations()).singleElement().satisfies(c -> assertThat(c.message())
                .contains("db.county.local:5432/integrity_desk", "空数据库"));

        dialogs.answerConfirmations(true);
        model.moveToServer();
        assertThat(movedTo).singleElement().isEqualTo(DatabaseChoice.server("db.county.local", 5432, "integrity_desk",
                "desk", "Srv#2026pw", false));
        assertThat(progress).contains(0.5, 1.0);
        assertThat(model.comparisons()).containsExactlyElementsOf(TABLES);
        assertThat(model.same(TABLES.get(1))).isEqualTo("是");
        assertThat(model.statusKindProperty().get()).isEqualTo(DatabaseViewModel.StatusKind.OK);
        assertThat(model.statusProperty().get()).contains("162 行", "2 张表", "重新启动");
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void aTableThatDiffersIsShownAndTheMoveIsAProblem() {
        List<TableComparison> differing = List.of(TABLES.get(0),
                new TableComparison("cadre", 150, 149, "cd".repeat(32), "ef".repeat(32)));
        mover = (target, p, cancelled) -> {
            throw new DataMoveService.MoveMismatchException(new DataMoveService.MoveReport(target, differing), "cadre");
        };
        dialogs.answerConfirmations(true);
        fill("db", "5432", "desk", "desk", "pw");
        model.moveToServer();
        assertThat(model.statusKindProperty().get()).isEqualTo(DatabaseViewModel.StatusKind.PROBLEM);
        assertThat(model.statusProperty().get()).contains("cadre", "不一致");
        assertThat(model.comparisons()).extracting(model::same).containsExactly("是", "否");
    }

    @Test
    void anInspectorSeesTheRefusal() {
        services.actAs(Role.INSPECTOR, null, null);
        model.load();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("无权"));
    }
}

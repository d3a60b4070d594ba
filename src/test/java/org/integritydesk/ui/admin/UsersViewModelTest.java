package org.integritydesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.app.AppServices;
import org.integritydesk.app.Sessions;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.security.UserService.UserDraft;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 用户管理 without the toolkit, on a data folder made as first start makes it (users live in the key vault). */
class UsersViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private UsersViewModel users;

    @BeforeEach
    void open() {
        services = new Sessions(java.time.Clock.fixed(TestServices.NOW, TestServices.ZONE))
                .create(dir, "admin", "Desk#2026".toCharArray()).services();
        services.setup().setUp("吉安县市场监督管理局", "360821");
        users = new UsersViewModel(services.users(), services.units(), new DirectTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static UserDraft inspector(String displayName) {
        return new UserDraft("inspector", displayName, Role.INSPECTOR, null, null, true);
    }

    @Test
    void aStaleSaveOffersToReloadAndYesPutsTheStoredUserIntoTheForm() {
        UserAccount stored = services.users().create(inspector("检查员王芳"), "Inspect#2026".toCharArray(), false);
        users.reload();
        users.selectedProperty().set(stored);
        services.users().update(stored.id(), stored.version(), inspector("纪检员王芳"));
        users.displayNameProperty().set("王芳");
        String told = new ErrorDescriber(messages).describe(
                catchThrowable(() -> services.users().update(stored.id(), stored.version(), inspector("王芳"))));

        StaleSaves.offerToReloadTelling(dialogs, messages, messages.get("users.title"), told, users::save,
                () -> assertThat(users.displayNameProperty().get()).isEqualTo("王芳"), () -> {
                    assertThat(users.displayNameProperty().get()).isEqualTo("纪检员王芳");
                    assertThat(users.selectedProperty().get().version()).isGreaterThan(stored.version());
                });
        assertThat(told).contains("inspector", "2025-03-15");
        assertThat(services.users().list()).filteredOn(u -> u.id().equals(stored.id()))
                .extracting(UserAccount::displayName).containsExactly("纪检员王芳");
    }
}

package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.model.Role;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.service.security.MachineSecret;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsServiceTest {
    @TempDir Path dir;
    private TestServices services;
    private DatabaseSettingsFile file;
    private DatabaseSettingsService settings;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        services.setUpBureau();
        file = new DatabaseSettingsFile(dir.resolve("data"), new MachineSecret(() -> "test-pc/admin", new SecureRandom()));
        settings = new DatabaseSettingsService(services.tx, services.access, services.auditTrail, file);
        services.actAs(Role.SYSTEM_ADMIN, null, null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withoutASettingsFileTheEmbeddedDatabaseIsChosen() {
        assertThat(Files.exists(file.file())).isFalse();
        assertThat(settings.saved().choice().mode()).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(settings.saved().passwordSaved()).isFalse();
    }

    @Test
    void aSavedServerChoiceKeepsThePasswordSealedAndIsAudited() throws Exception {
        settings.save(DatabaseChoice.server("db.county.local", 5433, "integrity_desk", "desk", "Srv#2026pw", true));

        String text = Files.readString(file.file());
        assertThat(text).contains("mode=server", "server.host=db.county.local", "server.port=5433")
                .doesNotContain("Srv#2026pw");
        assertThat(file.load().choice().password()).isEqualTo("Srv#2026pw");
        DatabaseSettingsService.Saved saved = settings.saved();
        assertThat(saved.choice().password()).as("the screen never gets the password back").isEmpty();
        assertThat(saved.passwordSaved()).isTrue();
        AuditEvent event = services.audit.find(AuditFilter.ANY.withKinds(AuditKind.SETTING_CHANGE), 0, 10).get(0);
        assertThat(event.recordLabel()).isEqualTo("database");
        assertThat(event.after()).contains("SERVER", "db.county.local:5433/integrity_desk").doesNotContain("Srv#2026pw");
    }

    @Test
    void aBlankPasswordKeepsTheSavedOneAndGoingBackToEmbeddedKeepsTheAddress() {
        settings.save(DatabaseChoice.server("db", 5432, "desk", "desk", "first#pw", false));
        settings.save(DatabaseChoice.server("db", 5432, "desk", "desk2", "", false));
        assertThat(file.load().choice().password()).isEqualTo("first#pw");
        assertThat(file.load().choice().user()).isEqualTo("desk2");

        settings.save(DatabaseChoice.embedded());
        DatabaseChoice back = file.load().choice();
        assertThat(back.mode()).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(back.host()).isEqualTo("db");
        assertThat(back.password()).isEqualTo("first#pw");
    }

    @Test
    void aPasswordSealedOnAnotherPcMustBeTypedAgain() {
        settings.save(DatabaseChoice.server("db", 5432, "desk", "desk", "first#pw", false));
        DatabaseSettingsFile elsewhere = new DatabaseSettingsFile(dir.resolve("data"),
                new MachineSecret(() -> "other-pc/admin", new SecureRandom()));
        assertThat(elsewhere.load().passwordUnreadable()).isTrue();
        assertThat(elsewhere.load().choice().password()).isEmpty();
        assertThat(elsewhere.load().choice().host()).isEqualTo("db");
    }

    @Test
    void badAddressesAndOtherRolesChangeNothing() {
        assertThatThrownBy(() -> settings.save(DatabaseChoice.server("", 0, "1x", "", "pw", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(4));
        assertThatThrownBy(() -> settings.test(DatabaseChoice.server("db server", 5432, "d", "u", "pw", false)))
                .isInstanceOf(ValidationException.class);
        services.actAs(Role.INSPECTOR, null, null);
        assertThatThrownBy(() -> settings.save(DatabaseChoice.server("db", 5432, "desk", "desk", "pw", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(settings::saved).isInstanceOf(AccessDeniedException.class);
        assertThat(Files.exists(file.file())).isFalse();
    }
}

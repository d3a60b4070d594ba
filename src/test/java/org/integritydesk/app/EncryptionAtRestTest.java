package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.security.LoginException;
import org.integritydesk.service.security.UserService.UserDraft;
import org.integritydesk.store.Database;
import org.integritydesk.store.StoreException;
import org.integritydesk.model.UnitKind;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever copies the data folder gets no names or ID numbers out of it without a password. */
class EncryptionAtRestTest {
    private static final String NAME = "欧阳明辉";
    private static final String ID_NUMBER = IdNumbers.of("360821", "19750613", "517");
    @TempDir Path dataDir;
    private final Sessions sessions = new Sessions(Clock.systemDefaultZone());

    private void storeOneCadre() {
        try (AppServices services = sessions.create(dataDir, "admin", "Desk#2026".toCharArray()).services()) {
            services.setup().setUp("吉安县市场监督管理局", "360821");
            OrgUnit bureau = services.units().tree().roots().get(0);
            OrgUnit unit = services.units().create(new UnitService.UnitDraft(bureau.id(), "36082104", "城关分局",
                    UnitKind.SUB_BUREAU, 1));
            services.users().create(new UserDraft("inspector", "检查员", Role.INSPECTOR, null, null, true),
                    "Inspect#2026".toCharArray(), false);
            services.currentUser().set(services.users().list().stream()
                    .filter(u -> u.username().equals("inspector")).findFirst().orElseThrow());
            services.cadres().create(DraftBuilder.draft(unit.id()).name(NAME).idNumber(ID_NUMBER).build());
        }
    }

    @Test
    void theDatabaseFileHoldsNoStoredNameOrIdNumber() throws Exception {
        storeOneCadre();
        byte[] file = Files.readAllBytes(dataDir.resolve("integrity-desk.mv.db"));
        String asLatin1 = new String(file, StandardCharsets.ISO_8859_1);
        for (String secret : new String[] {NAME, ID_NUMBER, "城关分局", "吉安县市场监督管理局"}) {
            assertThat(asLatin1).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            assertThat(asLatin1).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
            assertThat(asLatin1).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void theRightPasswordOpensItAndTheDataIsThere() {
        storeOneCadre();
        try (AppServices services = sessions.login(dataDir, "inspector", "Inspect#2026".toCharArray())) {
            assertThat(services.cadres().listCadres()).extracting(c -> c.name()).containsExactly(NAME);
        }
    }

    @Test
    void aWrongPasswordOpensNothing() {
        storeOneCadre();
        assertThatThrownBy(() -> sessions.login(dataDir, "inspector", "Wrong#2026".toCharArray()))
                .isInstanceOf(LoginException.class);
    }

    @Test
    void theFileCannotBeOpenedWithoutTheKey() {
        storeOneCadre();
        assertThatThrownBy(() -> Database.open(dataDir).close()).isInstanceOf(StoreException.class);
    }

    @Test
    void anAccountDeactivatedInTheDatabaseCannotLogInEvenWithItsPassword() {
        storeOneCadre();
        try (AppServices services = sessions.login(dataDir, "admin", "Desk#2026".toCharArray())) {
            var inspector = services.users().list().stream().filter(u -> u.username().equals("inspector")).findFirst()
                    .orElseThrow();
            services.users().update(inspector.id(), inspector.version(),
                    new UserDraft("inspector", "检查员", Role.INSPECTOR, null, null, false));
        }
        assertThatThrownBy(() -> sessions.login(dataDir, "inspector", "Inspect#2026".toCharArray()))
                .isInstanceOf(LoginException.class)
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.INACTIVE);
    }

    @Test
    void aDatabaseMadeBeforeEncryptionIsEncryptedAtSetUp() throws Exception {
        try (Database plain = Database.open(dataDir)) {
            assertThat(plain.fileSize()).isPositive();
        }
        try (AppServices services = sessions.create(dataDir, "admin", "Desk#2026".toCharArray()).services()) {
            services.setup().setUp("吉安县市场监督管理局", "360821");
        }
        String asLatin1 = new String(Files.readAllBytes(dataDir.resolve("integrity-desk.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).doesNotContain("360821").doesNotContain("org_unit").doesNotContain("ORG_UNIT");
        try (AppServices services = sessions.login(dataDir, "admin", "Desk#2026".toCharArray())) {
            assertThat(services.setup().profile()).isPresent();
        }
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.security.LoginException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When every administrator password is forgotten, the recovery code printed at set-up is the way back. */
class RecoveryCodeTest {
    @TempDir Path dataDir;
    private final Sessions sessions = new Sessions(Clock.systemDefaultZone());

    private String setUp() {
        Sessions.NewFolder created = sessions.create(dataDir, "admin", "Forgotten#1".toCharArray());
        try (AppServices services = created.services()) {
            services.setup().setUp("吉安县市场监督管理局", "360821");
        }
        return created.recoveryCode();
    }

    @Test
    void theRecoveryCodeGivesTheAdministratorANewPasswordWhichMustBeChangedAgain() {
        String code = setUp();
        try (AppServices services = sessions.recover(dataDir, code, "admin", "Recovered#2".toCharArray())) {
            assertThat(services.audit().find(AuditFilter.ANY.withKinds(AuditKind.PASSWORD_CHANGE), 0, 10)).singleElement()
                    .satisfies(e -> assertThat(e.after()).contains("recoveryCode"));
        }
        try (AppServices services = sessions.login(dataDir, "admin", "Recovered#2".toCharArray())) {
            assertThat(services.currentUser().require().mustChangePassword()).isTrue();
        }
        assertThatThrownBy(() -> sessions.login(dataDir, "admin", "Forgotten#1".toCharArray()))
                .isInstanceOf(LoginException.class);
    }

    @Test
    void aWrongRecoveryCodeOpensNothing() {
        setUp();
        assertThatThrownBy(() -> sessions.recover(dataDir, "2222-3333-4444-5555-6666-7777", "admin",
                "Recovered#2".toCharArray())).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("error.vault.wrongRecovery");
    }

    @Test
    void theRecoveryCodeCannotMakeAnOrdinaryUserAnAdministrator() {
        String code = setUp();
        assertThatThrownBy(() -> sessions.recover(dataDir, code, "nobody", "Recovered#2".toCharArray()))
                .isInstanceOf(ServiceException.class);
    }
}

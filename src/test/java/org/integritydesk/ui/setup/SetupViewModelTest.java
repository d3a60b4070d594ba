package org.integritydesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.service.Messages;
import org.integritydesk.service.SetupService;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first-start window: the administrator's password is checked before anything is created. */
class SetupViewModelTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final List<SetupViewModel.SetupRequest> requests = new ArrayList<>();
    private SetupViewModel setup;

    @BeforeEach
    void create() {
        setup = new SetupViewModel((request, ctx) -> {
            if (!request.loadDemo()) {
                SetupService.check(request.bureauName(), request.bureauCode());
            }
            ctx.progress(1, 2);
            requests.add(request);
            return "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ";
        }, new DirectTaskRunner(), messages);
        // not "Admin@2026": a password may not contain the user name ("admin")
        setup.adminPasswordProperty().set("Desk#2026");
        setup.adminConfirmationProperty().set("Desk#2026");
        setup.bureauNameProperty().set("吉安县市场监督管理局");
        setup.bureauCodeProperty().set("360821");
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingIsCreated() {
        setup.adminPasswordProperty().set("abc1");
        setup.adminConfirmationProperty().set("abc1");
        setup.finish();
        assertThat(setup.errorProperty().get()).isEqualTo(messages.get("validation.password.tooShort", 8));
        assertThat(requests).isEmpty();
    }

    @Test
    void twoDifferentPasswordsAreRefused() {
        setup.adminConfirmationProperty().set("Desk#2027");
        setup.finish();
        assertThat(setup.errorProperty().get()).isEqualTo(messages.get("validation.password.mismatch"));
        assertThat(requests).isEmpty();
    }

    @Test
    void aBadBureauCodeShowsTheServicesMessageAndNoRecoveryCode() {
        setup.bureauCodeProperty().set("36082");
        setup.finish();
        assertThat(setup.errorProperty().get()).isEqualTo(messages.get("error.setup.codeFormat"));
        assertThat(setup.recoveryCodeProperty().get()).isEmpty();
        assertThat(setup.workingProperty().get()).isFalse();
    }

    @Test
    void aGoodFormShowsTheRecoveryCodeAndForgetsThePassword() {
        setup.finish();
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.adminUsername()).isEqualTo("admin");
            assertThat(new String(r.adminPassword())).isEqualTo("Desk#2026");
            assertThat(r.bureauCode()).isEqualTo("360821");
        });
        assertThat(setup.recoveryCodeProperty().get()).isEqualTo("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ");
        assertThat(setup.adminPasswordProperty().get()).isEmpty();
        assertThat(setup.errorProperty().get()).isEmpty();
    }

    @Test
    void withDemoDataTheBureauFieldsAreNotNeeded() {
        setup.bureauNameProperty().set("");
        setup.bureauCodeProperty().set("");
        setup.loadDemoProperty().set(true);
        setup.finish();
        assertThat(requests).singleElement().extracting(SetupViewModel.SetupRequest::loadDemo).isEqualTo(true);
        assertThat(setup.recoveryCodeProperty().get()).isNotEmpty();
    }

    @Test
    void thePasswordStrengthIsShownWhileTyping() {
        setup.adminPasswordProperty().set("Abcdefgh1234!");
        assertThat(setup.strengthProperty().get()).contains(messages.get("enum.passwordStrength.STRONG"));
    }
}

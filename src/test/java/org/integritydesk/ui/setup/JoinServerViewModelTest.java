package org.integritydesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ServiceException;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first start's "join a server": the form is checked first; a refusal is told and nothing goes on. */
class JoinServerViewModelTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final List<DatabaseChoice> joined = new ArrayList<>();
    private RuntimeException refusal;
    private int loginsShown;
    private JoinServerViewModel join;

    @BeforeEach
    void create() {
        join = new JoinServerViewModel(server -> {
            if (refusal != null) {
                throw refusal;
            }
            joined.add(server);
        }, new DirectTaskRunner(), messages);
        join.setOnJoined(() -> loginsShown++);
        join.form().hostProperty().set("db.county.local");
        join.form().databaseProperty().set("integrity_desk");
        join.form().userProperty().set("desk");
        join.form().passwordProperty().set("Server#2026");
    }

    @Test
    void aGoodFormJoinsThenShowsTheLoginAndForgetsThePassword() {
        join.form().tlsProperty().set(true);
        join.join();
        assertThat(joined).singleElement().satisfies(server -> {
            assertThat(server.onServer()).isTrue();
            assertThat(server.address()).isEqualTo("db.county.local:5432/integrity_desk");
            assertThat(server.password()).isEqualTo("Server#2026");
            assertThat(server.tls()).isTrue();
        });
        assertThat(loginsShown).isEqualTo(1);
        assertThat(join.form().passwordProperty().get()).isEmpty();
        assertThat(join.errorProperty().get()).isEmpty();
        assertThat(join.workingProperty().get()).isFalse();
    }

    @Test
    void aWrongPortIsToldBeforeAnyConnection() {
        join.form().portProperty().set("70000");
        join.join();
        assertThat(join.errorProperty().get()).contains("70000", "1 到 65535");
        assertThat(joined).isEmpty();
        assertThat(loginsShown).isZero();
    }

    @Test
    void aServerWithoutUsersIsToldAndTheFormStays() {
        refusal = new ServiceException("error.login.serverNotSetUp", "db.county.local:5432/integrity_desk");
        join.join();
        assertThat(join.errorProperty().get()).isEqualTo(
                messages.get("error.login.serverNotSetUp", "db.county.local:5432/integrity_desk"));
        assertThat(loginsShown).isZero();
        assertThat(join.form().passwordProperty().get()).as("kept to try again").isEqualTo("Server#2026");
        assertThat(join.workingProperty().get()).isFalse();
    }
}

package org.integritydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    @Test
    void theUrlCarriesNoCredentialsAndThePasswordIsNeverPrinted() {
        ServerSettings settings = new ServerSettings(" db.county.local ", 5432, "desk", "desk_app", "s3cret!", true);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.county.local:5432/desk");
        assertThat(settings.toString()).doesNotContain("s3cret!").contains("desk_app@db.county.local:5432/desk", "tls");
        assertThat(settings.connectionProperties()).containsEntry("sslmode", "require").containsEntry("password", "s3cret!");
        assertThat(new ServerSettings("10.0.0.5", 5433, "d", "u", null, false).connectionProperties())
                .containsEntry("sslmode", "disable").containsEntry("password", "");
        assertThat(new ServerSettings("fe80::1", 5432, "d", "u", "", false).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[fe80::1]:5432/d");
    }

    @Test
    void refusesMissingPartsAndPortsOutOfRange() {
        assertThatThrownBy(() -> new ServerSettings(" ", 5432, "d", "u", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerSettings("h", 0, "d", "u", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerSettings("h", 65536, "d", "u", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerSettings("h", 5432, "", "u", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerSettings("h", 5432, "d", null, "", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

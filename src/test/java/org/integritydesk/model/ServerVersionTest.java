package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerVersionTest {
    @ParameterizedTest(name = "{0} is PostgreSQL {1}, supported: {2}")
    @CsvSource({
            "90624,  9.6.24, false",
            "90000,  9.0.0,  false",
            "100023, 10.23,  false",
            "110022, 11.22,  false",
            "120000, 12.0,   true",
            "120022, 12.22,  true",
            "150018, 15.18,  true",
            "170002, 17.2,   true",
            "180000, 18.0,   true"})
    void theAppNeedsPostgreSqlTwelveOrNewer(String versionNum, String shown, boolean supported) {
        ServerVersion version = ServerVersion.parse(versionNum);
        assertThat(version.display()).isEqualTo(shown);
        assertThat(version.supported()).isEqualTo(supported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "15.4", "abc", "0", "-120000"})
    void anythingButAPositiveVersionNumberIsRefused(String text) {
        assertThatThrownBy(() -> ServerVersion.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}

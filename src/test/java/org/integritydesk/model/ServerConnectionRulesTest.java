package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConnectionRulesTest {
    @ParameterizedTest(name = "{0} / {1} / {2} / {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "db.county.local | 5432  | integrity_desk | desk      | ",
            "192.168.1.20    | 55433 | desk-2026      | desk.user | ",
            "[::1]           | 1     | _d             | u@x       | ",
            "                | 5432  | d              | u         | host:error.database.hostRequired",
            "db server       | 5432  | d              | u         | host:error.database.hostInvalid",
            "h               | 0     | d              | u         | port:error.database.portInvalid",
            "h               | 65536 | d              | u         | port:error.database.portInvalid",
            "h               | 54x   | d              | u         | port:error.database.portInvalid",
            "h               |       | d              | u         | port:error.database.portInvalid",
            "h               | 5432  |                | u         | database:error.database.nameRequired",
            "h               | 5432  | 1desk          | u         | database:error.database.nameInvalid",
            "h               | 5432  | desk;drop      | u         | database:error.database.nameInvalid",
            "h               | 5432  | d              |           | user:error.database.userRequired",
            "h               | 5432  | d              | a b       | user:error.database.userInvalid"})
    void theAddressIsCheckedBeforeAnythingConnects(String host, String port, String database, String user,
            String expected) {
        List<FieldError> errors = ServerConnectionRules.check(host, port, database, user);
        if (expected == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(e -> e.field() + ":" + e.messageKey()).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"5432,5432", "' 80 ',80", "65535,65535", "0,-1", "100000,-1", "NULL,-1",
            "-5,-1"})
    void portsAreWholeNumbersFromOneTo65535(String text, int port) {
        assertThat(ServerConnectionRules.parsePort(text)).isEqualTo(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "db.county.local:5433/integrity_desk | db.county.local | 5433 | integrity_desk",
            "10.0.0.5/desk                        | 10.0.0.5        | 5432 | desk",
            "[::1]:55433/desk                     | ::1             | 55433| desk",
            "[fe80::1]/desk                       | fe80::1         | 5432 | desk",
            "db:x/desk                            | db              | x    | desk",
            "db:5432                              | NULL            | NULL | NULL",
            "/desk                                | NULL            | NULL | NULL",
            "db/                                  | NULL            | NULL | NULL",
            "[::1/desk                            | NULL            | NULL | NULL"})
    void theCommandLineAddressIsHostPortAndDatabase(String text, String host, String port, String database) {
        ServerConnectionRules.Address address = ServerConnectionRules.parseAddress(text, 5432);
        if (host == null) {
            assertThat(address).isNull();
        } else {
            assertThat(address).isEqualTo(new ServerConnectionRules.Address(host, port, database));
        }
    }
}

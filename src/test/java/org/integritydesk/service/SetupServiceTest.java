package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SetupServiceTest {
    @TempDir
    Path dir;

    private TestServices services;
    private SetupService setup;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        setup = services.setup;
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aNewDatabaseIsNotSetUp() {
        assertThat(setup.isSetUp()).isFalse();
        assertThat(setup.profile()).isEmpty();
    }

    @Test
    void setsUpTheBureauAndItsRootUnit() {
        BureauProfile profile = setup.setUp("  吉安县市场监督管理局 ", " 360821 ");

        assertThat(profile).isEqualTo(new BureauProfile("吉安县市场监督管理局", "360821"));
        assertThat(setup.isSetUp()).isTrue();
        assertThat(setup.profile()).contains(profile);
        assertThat(services.units.tree().roots())
                .extracting(OrgUnit::code, OrgUnit::name, OrgUnit::kind, OrgUnit::parentId)
                .containsExactly(tuple("360821", "吉安县市场监督管理局", UnitKind.COUNTY_BUREAU, null));
    }

    @Test
    void refusesASecondSetUp() {
        setup.setUp("吉安县市场监督管理局", "360821");

        assertRefused(() -> setup.setUp("泰和县市场监督管理局", "360826"), "error.setup.alreadyDone");
        assertThat(setup.profile()).contains(new BureauProfile("吉安县市场监督管理局", "360821"));
        assertThat(services.units.list()).hasSize(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"36082", "3608211", "36O821", "ABCDEF", "３６０８２１", "360 821"})
    void refusesACodeThatIsNotSixDigits(String code) {
        assertRefused(() -> setup.setUp("吉安县市场监督管理局", code), "error.setup.codeFormat");
        assertThat(setup.isSetUp()).isFalse();
        assertThat(services.units.list()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void refusesABlankName(String name) {
        assertRefused(() -> setup.setUp(name, "360821"), "error.setup.nameRequired");
        assertThat(setup.isSetUp()).isFalse();
    }
}

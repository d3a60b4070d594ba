package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.integritydesk.service.security.MachineSecret;
import org.junit.jupiter.api.Test;

class MachineSecretTest {
    private final MachineSecret here = new MachineSecret(() -> "machine-a/clerk", new SecureRandom());

    @Test
    void aSealedSecretOpensOnTheSameMachineAndAccount() {
        String sealed = here.seal("服务器密码#2026");
        assertThat(sealed).startsWith("m1:").doesNotContain("服务器密码").doesNotContain("2026");
        assertThat(here.open(sealed)).contains("服务器密码#2026");
        assertThat(here.seal("服务器密码#2026")).as("a new salt and IV every time").isNotEqualTo(sealed);
    }

    @Test
    void itDoesNotOpenOnAnotherMachineOrAccountOrWhenDamaged() {
        String sealed = here.seal("secret");
        assertThat(new MachineSecret(() -> "machine-b/clerk", new SecureRandom()).open(sealed)).isEmpty();
        assertThat(new MachineSecret(() -> "machine-a/admin", new SecureRandom()).open(sealed)).isEmpty();
        String damaged = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(here.open(damaged)).isEmpty();
        assertThat(here.open("secret")).isEmpty();
        assertThat(here.open(null)).isEmpty();
    }
}

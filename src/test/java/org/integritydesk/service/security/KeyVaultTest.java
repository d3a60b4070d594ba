package org.integritydesk.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.FileKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {
    /** Fewer iterations than the app's 600,000 keep the test fast; the rules are the same. */
    private static final int TEST_ITERATIONS = 1_000;
    @TempDir Path dataDir;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T08:00:00Z"));
    private KeyVault vault;
    private FileKey key;
    private String recoveryCode;

    @BeforeEach
    void create() {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        vault = new KeyVault(dataDir, clock, new SecureRandom(), TEST_ITERATIONS);
        KeyVault.Created created = vault.create("admin", "Desk#2026".toCharArray());
        key = created.fileKey();
        recoveryCode = created.recoveryCode();
    }

    @Test
    void theRightPasswordUnlocksTheFileKey() {
        assertThat(vault.unlock("admin", "Desk#2026".toCharArray())).isEqualTo(key);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
        LoginException wrongPassword = catchLogin(() -> vault.unlock("admin", "nope".toCharArray()));
        LoginException unknownUser = catchLogin(() -> vault.unlock("nobody", "nope".toCharArray()));
        assertThat(wrongPassword.messageKey()).isEqualTo(unknownUser.messageKey()).isEqualTo("error.login.wrong");
    }

    @Test
    void fiveFailuresLockTheAccountForTenMinutesEvenForTheRightPassword() {
        for (int i = 0; i < KeyVault.MAX_FAILURES; i++) {
            catchLogin(() -> vault.unlock("admin", "wrong".toCharArray()));
        }
        LoginException locked = catchLogin(() -> vault.unlock("admin", "Desk#2026".toCharArray()));
        assertThat(locked.reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThat(locked.lockedUntil()).isEqualTo(now.get().plus(KeyVault.LOCK_TIME));

        now.set(now.get().plus(KeyVault.LOCK_TIME).plus(Duration.ofSeconds(1)));
        assertThat(vault.unlock("admin", "Desk#2026".toCharArray())).isEqualTo(key);
        assertThat(vault.failures("admin")).isZero();
    }

    @Test
    void fourFailuresThenASuccessStartCountingAgain() {
        for (int i = 0; i < KeyVault.MAX_FAILURES - 1; i++) {
            catchLogin(() -> vault.unlock("admin", "wrong".toCharArray()));
        }
        vault.unlock("admin", "Desk#2026".toCharArray());
        catchLogin(() -> vault.unlock("admin", "wrong".toCharArray()));
        assertThat(vault.failures("admin")).isEqualTo(1);
    }

    @Test
    void changingAPasswordKeepsTheSameFileKeySoTheDatabaseIsNotRewritten() {
        vault.changePassword("admin", "Desk#2026".toCharArray(), "Better#Pass1".toCharArray());
        assertThat(vault.unlock("admin", "Better#Pass1".toCharArray())).isEqualTo(key);
        assertThat(catchLogin(() -> vault.unlock("admin", "Desk#2026".toCharArray())).reason())
                .isEqualTo(LoginException.Reason.UNKNOWN_OR_WRONG);
    }

    @Test
    void eachUserHasTheirOwnPasswordForTheSameKey() {
        vault.setPassword("clerk", "Clerk#2026".toCharArray(), key);
        assertThat(vault.unlock("clerk", "Clerk#2026".toCharArray())).isEqualTo(key);
        assertThat(vault.users()).containsExactly("admin", "clerk");
    }

    @Test
    void theRecoveryCodeUnlocksTheKeyTypedInAnyCaseWithOrWithoutDashes() {
        String typed = recoveryCode.toLowerCase().replace("-", " ");
        assertThat(vault.unlockWithRecoveryCode(typed)).isEqualTo(key);
        assertThatThrownBy(() -> vault.unlockWithRecoveryCode("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void theKeyFileHoldsNoKeyInTheClear() throws Exception {
        String text = Files.readString(dataDir.resolve(VaultFile.FILE_NAME));
        String hex = java.util.HexFormat.of().formatHex(key.bytes());
        String base64 = java.util.Base64.getEncoder().encodeToString(key.bytes());
        assertThat(text).doesNotContain(hex).doesNotContain(base64).doesNotContain("Desk#2026").doesNotContain(recoveryCode);
    }

    @Test
    void aVaultIsCreatedOnlyOnce() {
        assertThatThrownBy(() -> vault.create("other", "Other#2026".toCharArray())).isInstanceOf(ServiceException.class);
    }

    @Test
    void theAppUsesAtLeast600000Iterations() {
        assertThat(PasswordKeys.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordKeys.SALT_BYTES).isEqualTo(16);
    }

    private static LoginException catchLogin(Runnable attempt) {
        try {
            attempt.run();
        } catch (LoginException e) {
            return e;
        }
        throw new AssertionError("login was not refused");
    }
}

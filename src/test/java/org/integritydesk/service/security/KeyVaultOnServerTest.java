package org.integritydesk.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.Database;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.RawSql;
import org.integritydesk.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key vault kept in the database's {@code key_vault} row, as on a shared server: every PC logs in
 * against the same entries and the same failed-login counts, and two PCs changing it at the same
 * moment lose nothing. Runs on H2 and, with the {@code postgresql} profile, on the server.
 */
class KeyVaultOnServerTest {
    private static final int TEST_ITERATIONS = 1_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    @TempDir Path dir;
    private Database database;
    /** Two PCs: each its own vault object over the same row. */
    private KeyVault firstPc;
    private KeyVault secondPc;
    private FileKey key;

    @BeforeEach
    void open() {
        database = TestEngine.open(dir);
        firstPc = KeyVault.inTable(database, CLOCK, new SecureRandom(), TEST_ITERATIONS);
        secondPc = KeyVault.inTable(database, CLOCK, new SecureRandom(), TEST_ITERATIONS);
        assertThat(secondPc.exists()).isFalse();
        key = firstPc.create("admin", "Desk#2026".toCharArray()).fileKey();
    }

    @AfterEach
    void close() {
        TestEngine.close(database);
    }

    @Test
    void aUserMadeOnOnePcLogsInOnTheOtherWithTheSameKey() {
        assertThat(secondPc.exists()).isTrue();
        firstPc.setPassword("inspector", "Inspect#2026".toCharArray(), key);
        assertThat(secondPc.users()).containsExactly("admin", "inspector");
        assertThat(secondPc.unlock("inspector", "Inspect#2026".toCharArray())).isEqualTo(key);

        secondPc.changePassword("inspector", "Inspect#2026".toCharArray(), "Changed#2027".toCharArray());
        assertThatThrownBy(() -> firstPc.unlock("inspector", "Inspect#2026".toCharArray()))
                .isInstanceOf(LoginException.class);
        assertThat(firstPc.unlock("inspector", "Changed#2027".toCharArray())).isEqualTo(key);
    }

    @Test
    void failuresOnEitherPcCountTowardsOneLockOut() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> firstPc.unlock("admin", "wrong".toCharArray())).isInstanceOf(LoginException.class);
            assertThatThrownBy(() -> secondPc.unlock("admin", "wrong".toCharArray())).isInstanceOf(LoginException.class);
        }
        assertThat(firstPc.failures("admin")).isEqualTo(4);
        LoginException fifth = catchLogin(() -> secondPc.unlock("admin", "wrong".toCharArray()));
        assertThat(fifth.reason()).isEqualTo(LoginException.Reason.LOCKED);
        LoginException evenTheRightOne = catchLogin(() -> firstPc.unlock("admin", "Desk#2026".toCharArray()));
        assertThat(evenTheRightOne.reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThat(firstPc.takeFailedLogins()).hasSize(5);
        assertThat(secondPc.takeFailedLogins()).as("taken once, by whichever PC opens first").isEmpty();
    }

    @Test
    void failuresAtTheSameMomentOnManyPcsAreAllCounted() throws Exception {
        int pcs = 4;
        ExecutorService threads = Executors.newFixedThreadPool(pcs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LoginException.Reason>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < pcs; i++) {
                KeyVault pc = KeyVault.inTable(database, CLOCK, new SecureRandom(), TEST_ITERATIONS);
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return catchLogin(() -> pc.unlock("admin", "wrong".toCharArray())).reason();
                }));
            }
            start.countDown();
            for (Future<LoginException.Reason> outcome : outcomes) {
                assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(LoginException.Reason.UNKNOWN_OR_WRONG);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(firstPc.failures("admin")).as("no failure lost to another's write").isEqualTo(pcs);
        assertThat(firstPc.takeFailedLogins()).hasSize(pcs);
    }

    @Test
    void theKeyFileOfAMovedFolderIsCopiedUpOnceWithItsRecoveryCode(@TempDir Path folder) {
        TestEngine.close(database);
        database = TestEngine.open(dir.resolve("other"));
        KeyVault file = new KeyVault(folder, CLOCK, new SecureRandom(), TEST_ITERATIONS);
        KeyVault.Created created = file.create("admin", "Desk#2026".toCharArray());
        file.setPassword("inspector", "Inspect#2026".toCharArray(), created.fileKey());
        KeyVault server = KeyVault.inTable(database, CLOCK, new SecureRandom(), TEST_ITERATIONS);

        server.copyFrom(file);

        assertThat(server.users()).containsExactly("admin", "inspector");
        assertThat(server.unlock("inspector", "Inspect#2026".toCharArray())).isEqualTo(created.fileKey());
        assertThat(server.unlockWithRecoveryCode(created.recoveryCode())).isEqualTo(created.fileKey());
        assertThatThrownBy(() -> server.copyFrom(file)).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("error.vault.exists");
    }

    @Test
    void aVaultIsCreatedOnlyOnceAndHoldsNoKeyInTheClear() throws Exception {
        assertThatThrownBy(() -> secondPc.create("other", "Other#2026".toCharArray()))
                .isInstanceOf(ServiceException.class);
        assertThat(secondPc.users()).containsExactly("admin");
        try (Connection c = RawSql.connection(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content FROM key_vault")) {
            assertThat(rs.next()).isTrue();
            String text = rs.getString(1);
            assertThat(text).contains(".wrapped=").doesNotContain(java.util.HexFormat.of().formatHex(key.bytes()))
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(key.bytes()));
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aDamagedRowIsToldAndNotOverwritten() throws Exception {
        try (Connection c = RawSql.connection(database); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE key_vault SET content = 'u.YWRtaW4_.wrapped=%%%' WHERE id = 1");
        }
        assertThatThrownBy(() -> secondPc.unlock("admin", "Desk#2026".toCharArray()))
                .isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("error.vault.unreadable");
        assertThatThrownBy(() -> secondPc.setPassword("x", "Xx#2026xx".toCharArray(), key))
                .isInstanceOf(ServiceException.class);
        try (Connection c = RawSql.connection(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content FROM key_vault")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("u.YWRtaW4_.wrapped=%%%");
        }
    }

    private static LoginException catchLogin(Runnable login) {
        try {
            login.run();
        } catch (LoginException e) {
            return e;
        }
        throw new AssertionError("the login was expected to fail");
    }
}

package org.integritydesk.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.integritydesk.service.Messages;
import org.integritydesk.service.security.LoginException;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.junit.jupiter.api.Test;

class IdleLockViewModelTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final IdleLockViewModel lock = new IdleLockViewModel(clock, Duration.ofMinutes(10), password -> {
        if (!new String(password).equals("Right#Pass1")) {
            throw new LoginException(LoginException.Reason.UNKNOWN_OR_WRONG, null, 4);
        }
    }, new DirectTaskRunner(), messages);

    private void wait(Duration duration) {
        now.set(now.get().plus(duration));
        lock.tick();
    }

    @Test
    void staysOpenWhileTheUserWorks() {
        wait(Duration.ofMinutes(9));
        lock.activity();
        wait(Duration.ofMinutes(9));
        assertThat(lock.lockedProperty().get()).isFalse();
    }

    @Test
    void locksAfterTenMinutesWithoutInput() {
        wait(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(lock.lockedProperty().get()).isFalse();
        wait(Duration.ofSeconds(1));
        assertThat(lock.lockedProperty().get()).isTrue();
    }

    @Test
    void inputWhileLockedDoesNotUnlock() {
        wait(Duration.ofMinutes(10));
        lock.activity();
        lock.tick();
        assertThat(lock.lockedProperty().get()).isTrue();
    }

    @Test
    void aWrongPasswordKeepsItLockedAndSaysWhy() {
        lock.lockNow();
        lock.passwordProperty().set("wrong");
        lock.unlock();
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.errorProperty().get()).contains("不正确");
        assertThat(lock.passwordProperty().get()).isEmpty();
    }

    @Test
    void theRightPasswordUnlocksAndRestartsTheIdleTime() {
        wait(Duration.ofMinutes(10));
        lock.passwordProperty().set("Right#Pass1");
        lock.unlock();
        assertThat(lock.lockedProperty().get()).isFalse();
        wait(Duration.ofMinutes(9));
        assertThat(lock.lockedProperty().get()).isFalse();
    }

    @Test
    void zeroMinutesMeansNeverLock() {
        IdleLockViewModel never = new IdleLockViewModel(clock, Duration.ZERO, p -> { }, new DirectTaskRunner(), messages);
        now.set(now.get().plus(Duration.ofDays(1)));
        never.tick();
        assertThat(never.lockedProperty().get()).isFalse();
    }
}

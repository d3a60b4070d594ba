package org.integritydesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets and moves; starts at {@link TestServices#NOW} in Ji'an. */
public final class MutableClock extends Clock {
    private volatile Instant now = TestServices.NOW;
    private final ZoneId zone = TestServices.ZONE;

    public void set(LocalDateTime localTime) {
        now = localTime.atZone(zone).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use Ji'an time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}

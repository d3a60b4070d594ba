package org.integritydesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.integritydesk.store.Stamping;

/**
 * The clock and the acting user, shared by every service so that one use case stamps all its rows
 * with the same time and name.
 */
public final class Stamps {
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final Supplier<String> siteUnitCode;

    public Stamps(Clock clock, Supplier<String> currentUser, Supplier<String> siteUnitCode) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.siteUnitCode = siteUnitCode;
    }

    public Stamping next() {
        return new Stamping(clock.instant(), currentUser.get(), siteUnitCode.get());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}

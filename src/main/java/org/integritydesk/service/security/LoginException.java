package org.integritydesk.service.security;

import java.time.Instant;
import org.integritydesk.service.ServiceException;

/** A login was refused: unknown user, wrong password, or an account locked after too many failures. */
public class LoginException extends ServiceException {
    /** Why the login was refused. */
    public enum Reason {
        UNKNOWN_OR_WRONG, LOCKED, INACTIVE
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public LoginException(Reason reason, Instant lockedUntil, int attemptsLeft) {
        super(messageKeyFor(reason), reason == Reason.LOCKED ? java.util.Date.from(lockedUntil) : attemptsLeft);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    private static String messageKeyFor(Reason reason) {
        return switch (reason) {
            case UNKNOWN_OR_WRONG -> "error.login.wrong";
            case LOCKED -> "error.login.locked";
            case INACTIVE -> "error.login.inactive";
        };
    }

    public Reason reason() {
        return reason;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}

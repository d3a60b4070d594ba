package org.integritydesk.service.security;

import java.util.Optional;
import org.integritydesk.model.UserAccount;

/**
 * Who is logged in to this window or command. One per composition root; set after a successful
 * login and replaced when the user's account changes.
 */
public final class CurrentUser {
    private volatile UserAccount user;

    public Optional<UserAccount> get() {
        return Optional.ofNullable(user);
    }

    public UserAccount require() {
        UserAccount current = user;
        if (current == null) {
            throw new AccessDeniedException("error.access.notLoggedIn");
        }
        return current;
    }

    public void set(UserAccount user) {
        this.user = user;
    }

    /** The name stamped on rows and audit events: the user name, or "system" before anyone logged in. */
    public String name() {
        UserAccount current = user;
        return current == null ? "system" : current.username();
    }
}

package org.integritydesk.model;

import java.util.UUID;

/**
 * A person who logs in. {@code unitId} is the sub-bureau a clerk works for (null for the other
 * roles); {@code cadreId} links the user to their own cadre file, for recusal.
 */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        Role role,
        UUID unitId,
        UUID cadreId,
        boolean mustChangePassword,
        boolean active,
        int version) {
}

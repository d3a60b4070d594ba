package org.integritydesk.model;

import java.util.UUID;

/**
 * A representative invited to a session. {@code creditCode} is the enterprise's unified social credit
 * code (企业代表 only); {@code mobile} is kept normalised (11 digits).
 */
public record Representative(UUID id, UUID sessionId, RepresentativeKind kind, String name, String organisation,
        String creditCode, String mobile) {
}

package org.integritydesk.service.exchange;

import java.util.UUID;

/**
 * An attachment's file carried in a package (format 2), in plain form inside the package's
 * encryption: the attachment's id, the SHA-256 of the content (hex, as the attachment row has it)
 * and the content. The receiver stores it encrypted with its own file key.
 */
public record PackageFile(UUID id, String sha256, byte[] content) {
}

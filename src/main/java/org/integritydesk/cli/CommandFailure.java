package org.integritydesk.cli;

/** A command cannot go on; the message is the one line printed on standard error. */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}

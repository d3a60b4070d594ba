package org.integritydesk.service.exchange;

import java.time.Instant;

/**
 * What a package says about itself, readable before it is decrypted (it is signed with the rest).
 *
 * @param from the sending site's code
 * @param to the receiving site's code
 * @param seq this package's number in the sender's series to the receiver (1, 2, ...)
 * @param ack the last of the receiver's packages the sender had imported
 * @param base the last of the sender's packages the receiver had acknowledged: this one carries every
 *        change since that one, so it stands in for any lost package between base and seq
 * @param madeAt when the sender made it
 * @param records how many records it carries
 */
public record PackageHeader(int format, String from, String to, long seq, long ack, long base, Instant madeAt,
        int records) {
    /** 2: the records are followed by attachment files (1: records only, still read). */
    public static final int FORMAT = 2;
    /** The oldest format this version still reads. */
    public static final int OLDEST_FORMAT = 1;
}

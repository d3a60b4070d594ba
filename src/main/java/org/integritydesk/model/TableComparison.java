package org.integritydesk.model;

/**
 * One table after the data was moved to a server: its rows and content hash in the embedded
 * database and on the server. The move is good when every table matches.
 */
public record TableComparison(String table, long sourceRows, long targetRows, String sourceHash, String targetHash) {
    public boolean matches() {
        return sourceRows == targetRows && sourceHash.equals(targetHash);
    }

    /** The first 16 hex digits, as tables show a hash. */
    public static String shortHash(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) : hash;
    }
}

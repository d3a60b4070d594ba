package org.integritydesk.model;

/**
 * A PostgreSQL server's version as it reports it in {@code server_version_num} (e.g. 150018 for
 * 15.18, 90624 for 9.6.24), and the rule that the app needs PostgreSQL {@value #MINIMUM_MAJOR} or
 * newer (the oldest release its SQL and the JDBC driver are tested against; 11 and older are out of
 * support upstream).
 */
public record ServerVersion(int number) {
    public static final int MINIMUM_MAJOR = 12;

    public ServerVersion {
        if (number <= 0) {
            throw new IllegalArgumentException("server_version_num must be positive: " + number);
        }
    }

    /** Reads the {@code server_version_num} setting; blank or not a number is refused. */
    public static ServerVersion parse(String serverVersionNum) {
        try {
            return new ServerVersion(Integer.parseInt(serverVersionNum.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("not a server_version_num: " + serverVersionNum, e);
        }
    }

    /** The major release: 15 for 150018; 9 for 9.x (before 10 the major was two numbers). */
    public int major() {
        return number / 10000;
    }

    /** Whether the app may run on this server. */
    public boolean supported() {
        return major() >= MINIMUM_MAJOR;
    }

    /** As people write it: "15.18", "12.0", "9.6.24". */
    public String display() {
        if (major() >= 10) {
            return major() + "." + number % 10000;
        }
        return major() + "." + number / 100 % 100 + "." + number % 100;
    }
}

package org.integritydesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The form rules of a database server's address and login, checked before anything connects. */
public final class ServerConnectionRules {
    /** Host names, IPv4 and IPv6 addresses: letters, digits, dots, hyphens, colons, brackets. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-:\\[\\]]{1,253}");
    /** PostgreSQL identifiers as people type them; the name goes into the JDBC URL unquoted. */
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,62}");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-@]{0,62}");

    private ServerConnectionRules() {
    }

    /** The field errors of the address; {@code port} as typed. Empty when it may be tried. */
    public static List<FieldError> check(String host, String port, String database, String user) {
        List<FieldError> errors = new ArrayList<>();
        if (host == null || host.isBlank()) {
            errors.add(new FieldError("host", "error.database.hostRequired"));
        } else if (!HOST.matcher(host.strip()).matches()) {
            errors.add(new FieldError("host", "error.database.hostInvalid", host.strip()));
        }
        if (parsePort(port) < 0) {
            errors.add(new FieldError("port", "error.database.portInvalid", port == null ? "" : port.strip()));
        }
        if (database == null || database.isBlank()) {
            errors.add(new FieldError("database", "error.database.nameRequired"));
        } else if (!DATABASE.matcher(database.strip()).matches()) {
            errors.add(new FieldError("database", "error.database.nameInvalid", database.strip()));
        }
        if (user == null || user.isBlank()) {
            errors.add(new FieldError("user", "error.database.userRequired"));
        } else if (!USER.matcher(user.strip()).matches()) {
            errors.add(new FieldError("user", "error.database.userInvalid", user.strip()));
        }
        return errors;
    }

    /** A server address as the command line takes it. */
    public record Address(String host, String port, String database) {
    }

    /**
     * Splits {@code HOST[:PORT]/DATABASE} ({@code [::1]:5432/desk} for an IPv6 address; the port
     * 5432 when left out). Null when it has no host or no database; the parts are checked by
     * {@link #check}.
     */
    public static Address parseAddress(String text, int defaultPort) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        int slash = value.lastIndexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            return null;
        }
        String hostPort = value.substring(0, slash);
        String database = value.substring(slash + 1);
        String host = hostPort;
        String port = String.valueOf(defaultPort);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(1, close);
            String rest = hostPort.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                return null;
            }
        } else if (hostPort.indexOf(':') >= 0 && hostPort.indexOf(':') == hostPort.lastIndexOf(':')) {
            host = hostPort.substring(0, hostPort.indexOf(':'));
            port = hostPort.substring(hostPort.indexOf(':') + 1);
        }
        return host.isEmpty() ? null : new Address(host, port, database);
    }

    /** The port, or -1 when it is not a whole number from 1 to 65535. */
    public static int parsePort(String port) {
        if (port == null || !port.strip().matches("[0-9]{1,5}")) {
            return -1;
        }
        int value = Integer.parseInt(port.strip());
        return value >= 1 && value <= 65535 ? value : -1;
    }
}

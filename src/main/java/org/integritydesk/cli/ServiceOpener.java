package org.integritydesk.cli;

import java.nio.file.Path;
import org.integritydesk.service.DatabaseChoice;

/** Opens the services on a data folder as a user; the composition root provides it. */
public interface ServiceOpener {
    /** Whether the folder has been set up (has its key file, or uses a server). */
    boolean isSetUp(Path dataDir);

    /** Logs in; a wrong password is an error that changes nothing but the failed-login count. */
    CliServices login(Path dataDir, String username, char[] password);

    /** Sets up a new folder with its administrator and returns the services logged in as them. */
    CliServices createFolder(Path dataDir, String adminUsername, char[] adminPassword);

    /**
     * Begins, on a spare core, the one-time work of a process's first printout (report engine, fonts),
     * so that it overlaps the login's key derivation. Returns at once; nothing depends on it finishing.
     */
    default void prepareToPrint() {
    }

    /**
     * Makes {@code dataDir} (new or empty) use the server another PC's data were moved to; the next
     * login there is checked against the users on the server.
     */
    void joinServer(Path dataDir, DatabaseChoice server);

    /** Opens the folder with the recovery code, giving the administrator a new password. */
    CliServices recover(Path dataDir, String recoveryCode, String adminUsername, char[] newPassword);
}

package org.integritydesk.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by {@link DatabaseTest}: tries to open the database in the folder given as
 * the only argument, as a second instance of the app would, and reports by exit status.
 */
public final class OpenDatabaseProbe {
    static final int OPENED = 0;
    static final int IN_USE = 3;
    static final int OTHER_FAILURE = 4;

    private OpenDatabaseProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.exit(OPENED);
        } catch (DatabaseInUseException e) {
            System.exit(IN_USE);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(OTHER_FAILURE);
        }
    }
}

package org.integritydesk.app;

import java.nio.file.Path;
import java.util.Map;

/** Where the app keeps its data when the command line names no folder. */
final class DataDirectories {
    private static final String WINDOWS_NAME = "IntegrityDesk";
    private static final String UNIX_NAME = "integrity-desk";

    private DataDirectories() {
    }

    /** {@code %APPDATA%\IntegrityDesk} on Windows, {@code $XDG_DATA_HOME/integrity-desk} elsewhere. */
    static Path defaultDataDir(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase().startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, WINDOWS_NAME)
                    : Path.of(userHome, "AppData", "Roaming", WINDOWS_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, UNIX_NAME) : Path.of(userHome, ".local", "share", UNIX_NAME);
    }

    static Path defaultDataDir() {
        return defaultDataDir(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

package org.integritydesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.UnitKind;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.security.UserService.UserDraft;

/**
 * Data folders for the UI tests, prepared the way the app prepares them: {@link Sessions#create}
 * writes the key file and opens the encrypted database as the administrator, the bureau is set up
 * and users are added through {@link org.integritydesk.service.security.UserService}. Every
 * password costs a deliberate PBKDF2 derivation, so a test class prepares its folder once and
 * {@linkplain #copy copies} it for each test.
 */
final class Folders {
    static final String BUREAU = "吉安县市场监督管理局";
    static final String BUREAU_CODE = "360821";
    static final String ADMIN = "admin";
    /** Not "Desk#2026": the first-start window refuses a password that contains the user name. */
    static final String ADMIN_PASSWORD = "Desk#2026";
    static final String INSPECTOR = "inspector";
    static final String INSPECTOR_NAME = "检查员王芳";
    static final String INSPECTOR_PASSWORD = "Inspect#2026";

    private Folders() {
    }

    /**
     * Sets {@code dataDir} up with the bureau, as first start does, and returns its services open
     * as the administrator; the caller closes them.
     */
    static AppServices setUp(Path dataDir) {
        AppServices services = sessions().create(dataDir, ADMIN, ADMIN_PASSWORD.toCharArray()).services();
        try {
            services.setup().setUp(BUREAU, BUREAU_CODE);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** The bureau's root unit. */
    static OrgUnit bureau(AppServices services) {
        return services.units().tree().roots().get(0);
    }

    static OrgUnit subBureau(AppServices services, String code, String name) {
        return services.units().create(new UnitService.UnitDraft(bureau(services).id(), code, name, UnitKind.SUB_BUREAU, 1));
    }

    /**
     * Adds a user as the logged-in administrator; {@code mustChangePassword} as for a user added in
     * the window (true) or one who may go straight on (false).
     */
    static UserAccount addUser(AppServices services, String username, String displayName, Role role, String password,
            boolean mustChangePassword) {
        return services.users().create(new UserDraft(username, displayName, role, null, null, true),
                password.toCharArray(), mustChangePassword);
    }

    /** The inspector of most tests, who need not change the password. */
    static UserAccount addInspector(AppServices services) {
        return addUser(services, INSPECTOR, INSPECTOR_NAME, Role.INSPECTOR, INSPECTOR_PASSWORD, false);
    }

    /** Opens a prepared folder as {@code username}, as the login window does. */
    static AppServices login(Path dataDir, String username, String password) {
        return sessions().login(dataDir, username, password.toCharArray());
    }

    /** Copies a prepared (closed) folder's files into {@code target}. */
    static void copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sessions sessions() {
        return new Sessions(RunningApp.CLOCK);
    }
}

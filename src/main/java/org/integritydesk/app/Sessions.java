package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.integritydesk.model.Action;
import org.integritydesk.model.PasswordRules;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.RestoreResult;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.Database;
import org.integritydesk.service.DatabaseSettingsFile;
import org.integritydesk.service.security.MachineSecret;
import org.integritydesk.store.FileKey;

/**
 * The ways into a data folder: log in to one that exists, or set up a new one (which also
 * encrypts a database made before encryption existed). Every way ends with the services open as
 * a logged-in user.
 */
public final class Sessions {
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** What a new folder hands back once: the open services and the recovery code to keep safe. */
    public record NewFolder(AppServices services, String recoveryCode) {
    }

    public boolean isSetUp(Path dataDir) {
        return vault(dataDir).exists();
    }

    /** Opens the folder as {@code username}; a wrong password counts towards the lock-out. */
    public AppServices login(Path dataDir, String username, char[] password) {
        KeyVault vault = vault(dataDir);
        if (!vault.exists()) {
            throw new ServiceException("error.login.notSetUp", dataDir);
        }
        FileKey key = vault.unlock(username, password);
        AppServices services = new AppServices(openDatabase(dataDir, key), key, vault, clock);
        try {
            services.users().beginSession(username);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Replaces the closed folder's database with {@code backup}, as a user allowed to back up: the
     * password unlocks the key (backups are the encrypted file itself), the role is checked in the
     * database, which is then closed again before the restore swaps the file.
     */
    public RestoreResult restore(Path dataDir, String username, char[] password, Path backup) {
        KeyVault vault = vault(dataDir);
        if (!vault.exists()) {
            throw new ServiceException("error.login.notSetUp", dataDir);
        }
        FileKey key = vault.unlock(username, password);
        try (AppServices services = new AppServices(Database.open(dataDir, key), key, vault, clock)) {
            if (!services.users().mayDo(username, Action.BACKUP)) {
                throw new AccessDeniedException("error.access.denied");
            }
        }
        return AppServices.restore(dataDir, backup, key, clock);
    }

    /**
     * Gives a system administrator a new password with the recovery code printed at set-up: the
     * way back when every administrator password is forgotten. Returns the services logged in as them.
     */
    public AppServices recover(Path dataDir, String recoveryCode, String adminUsername, char[] newPassword) {
        KeyVault vault = vault(dataDir);
        if (!vault.exists()) {
            throw new ServiceException("error.login.notSetUp", dataDir);
        }
        FileKey key = vault.unlockWithRecoveryCode(recoveryCode);
        AppServices services = new AppServices(openDatabase(dataDir, key), key, vault, clock);
        try {
            services.users().recoverAdministrator(adminUsername, newPassword);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Sets up a new folder: a random file key, the administrator's wrapped copy and a recovery
     * code; an existing unencrypted database in the folder is encrypted with the new key.
     */
    public NewFolder create(Path dataDir, String adminUsername, char[] adminPassword) {
        String problem = PasswordRules.problem(new String(adminPassword), adminUsername);
        if (problem != null) {
            throw new ServiceException(problem, PasswordRules.MIN_LENGTH);
        }
        KeyVault vault = vault(dataDir);
        KeyVault.Created created = vault.create(adminUsername, adminPassword);
        if (Database.existsIn(dataDir)) {
            Database.encryptExisting(dataDir, created.fileKey());
        }
        AppServices services = new AppServices(Database.open(dataDir, created.fileKey()), created.fileKey(), vault, clock);
        try {
            UserAccount admin = services.users().createFirstAdministrator(adminUsername, null);
            services.currentUser().set(admin);
            return new NewFolder(services, created.recoveryCode());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        } finally {
            Arrays.fill(adminPassword, '\0');
        }
    }

    /**
     * The database the folder's settings choose (系统管理 → 数据库, {@code database.properties}): the
     * embedded file by default, or the PostgreSQL server, with this folder as the PC's own folder.
     */
    static Database openDatabase(Path dataDir, FileKey key) {
        DatabaseSettingsFile.Loaded chosen = new DatabaseSettingsFile(dataDir, MachineSecret.ofThisMachine()).load();
        if (!chosen.choice().onServer()) {
            return Database.open(dataDir, key);
        }
        if (chosen.passwordUnreadable()) {
            throw new ServiceException("error.database.passwordUnreadableAtStart", chosen.choice().address(),
                    DatabaseSettingsFile.FILE_NAME);
        }
        return Database.openServer(chosen.choice().toServerSettings(), dataDir);
    }

    KeyVault vault(Path dataDir) {
        return KeyVault.forApp(dataDir, clock);
    }
}

package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.integritydesk.model.Action;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ServerConnectionRules;
import org.integritydesk.model.PasswordRules;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.RestoreResult;
import org.integritydesk.service.ServerUnusableException;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.ValidationException;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.service.security.KeyVault;
import org.integritydesk.store.Database;
import org.integritydesk.service.DatabaseSettingsFile;
import org.integritydesk.service.security.MachineSecret;
import org.integritydesk.store.AttachmentCopies;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.ServerProbe;
import org.integritydesk.store.Transactions;

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

    /** Whether the folder has users to log in: its key file, or settings naming a server (which holds them). */
    public boolean isSetUp(Path dataDir) {
        // an unreadable settings file counts as set up: the login says what is wrong with it
        return readableChoice(dataDir).map(DatabaseChoice::onServer).orElse(true) || vault(dataDir).exists();
    }

    /** The server the folder's settings name, as "host:port/database"; empty for the embedded database. */
    public Optional<String> serverAddress(Path dataDir) {
        return readableChoice(dataDir).filter(DatabaseChoice::onServer).map(DatabaseChoice::address);
    }

    /** The folder's choice of database; empty when its settings file cannot be read (the login tells why). */
    private static Optional<DatabaseChoice> readableChoice(Path dataDir) {
        try {
            return Optional.of(chosenDatabase(dataDir).choice());
        } catch (ServiceException unreadableSettings) {
            return Optional.empty();
        }
    }

    /** Opens the folder's database as {@code username}; a wrong password counts towards the lock-out. */
    public AppServices login(Path dataDir, String username, char[] password) {
        AppServices services = unlockAndOpen(dataDir, vault -> vault.unlock(username, password));
        try {
            services.users().beginSession(username);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Unlocks the key with {@code unlock} and opens the services. The embedded database needs the key
     * before it opens; a server is opened first, since it holds the vault every PC logs in against.
     */
    private AppServices unlockAndOpen(Path dataDir, Function<KeyVault, FileKey> unlock) {
        DatabaseSettingsFile.Loaded chosen = chosenDatabase(dataDir);
        if (!chosen.choice().onServer()) {
            KeyVault vault = vault(dataDir);
            if (!vault.exists()) {
                throw new ServiceException("error.login.notSetUp", dataDir);
            }
            FileKey key = unlock.apply(vault);
            return new AppServices(Database.open(dataDir, key), key, vault, clock);
        }
        Database server = openServer(chosen, dataDir);
        try {
            KeyVault vault = serverVault(server, dataDir, chosen.choice());
            FileKey key = unlock.apply(vault);
            return new AppServices(server, key, vault, clock);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * The server's vault. A folder whose data were moved before the vault lived on the server still
     * has it in its key file: the first login there puts it on the server for every other PC, with
     * the attachments' encrypted copies, which were not shared then either.
     */
    private KeyVault serverVault(Database server, Path dataDir, DatabaseChoice choice) {
        KeyVault onServer = KeyVault.onServer(server, clock);
        if (!onServer.exists()) {
            KeyVault local = vault(dataDir);
            if (!local.exists()) {
                throw new ServiceException("error.login.serverNotSetUp", choice.address());
            }
            onServer.copyFrom(local);
            AttachmentFiles.shareAll(AttachmentFiles.folderIn(dataDir), AttachmentCopies.inTable(new Transactions(server)));
        }
        return onServer;
    }

    /**
     * Makes an empty folder on this PC use a server that another PC's data were moved to (the first
     * start's "join a server", and {@code database join}): checks the connection, that the server holds
     * this program's data with its users, and only then saves the settings, the password sealed to this PC.
     *
     * @throws ServiceException the connection test's outcome; {@code error.join.folderInUse} when the
     *         folder holds a database or users of its own; {@code error.login.serverNotSetUp} when the
     *         server holds no users yet
     */
    public void join(Path dataDir, DatabaseChoice server) {
        List<FieldError> errors = ServerConnectionRules.check(server.host(), String.valueOf(server.port()),
                server.database(), server.user());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (Database.existsIn(dataDir) || vault(dataDir).exists()) {
            throw new ServiceException("error.join.folderInUse", dataDir);
        }
        ConnectionCheck check = ServerProbe.probe(server.toServerSettings());
        if (!check.ok()) {
            throw new ServerUnusableException(server, check);
        }
        try (Database database = Database.openServer(server.toServerSettings(), dataDir)) {
            if (!KeyVault.onServer(database, clock).exists()) {
                throw new ServiceException("error.login.serverNotSetUp", server.address());
            }
        }
        new DatabaseSettingsFile(dataDir, MachineSecret.ofThisMachine()).save(server);
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
        AppServices services = unlockAndOpen(dataDir, vault -> vault.unlockWithRecoveryCode(recoveryCode));
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

    /** The folder's choice of database (系统管理 → 数据库, {@code database.properties}): embedded by default. */
    private static DatabaseSettingsFile.Loaded chosenDatabase(Path dataDir) {
        return new DatabaseSettingsFile(dataDir, MachineSecret.ofThisMachine()).load();
    }

    /** The chosen server, with this folder as the PC's own folder (attachments, year archives). */
    private static Database openServer(DatabaseSettingsFile.Loaded chosen, Path dataDir) {
        if (chosen.passwordUnreadable()) {
            throw new ServiceException("error.database.passwordUnreadableAtStart", chosen.choice().address(),
                    DatabaseSettingsFile.FILE_NAME);
        }
        return Database.openServer(chosen.choice().toServerSettings(), dataDir);
    }

    /** The key file of the folder's embedded database. */
    KeyVault vault(Path dataDir) {
        return KeyVault.forApp(dataDir, clock);
    }
}

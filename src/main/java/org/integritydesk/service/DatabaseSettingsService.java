package org.integritydesk.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integritydesk.model.Action;
import org.integritydesk.model.ConnectionCheck;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ServerConnectionRules;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.ServerProbe;
import org.integritydesk.store.Transactions;

/**
 * 系统管理 → 数据库: which database the app opens at its next start, and the test of a server's
 * connection. Administrators only. The choice is a file in the data folder (read before any
 * database opens); saving it writes an audit event in the database open now, without the password.
 */
public final class DatabaseSettingsService {
    static final String RECORD_LABEL = "database";
    private final Transactions tx;
    private final AccessControl access;
    private final AuditTrail audit;
    private final DatabaseSettingsFile file;

    public DatabaseSettingsService(Transactions tx, AccessControl access, AuditTrail audit, DatabaseSettingsFile file) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.file = file;
    }

    /**
     * The saved choice without its password, whether a password is saved, and whether a saved one
     * could not be read on this PC (then it must be typed again).
     */
    public record Saved(DatabaseChoice choice, boolean passwordSaved, boolean passwordUnreadable) {
    }

    public Saved saved() {
        access.require(Action.MANAGE_SETTINGS);
        DatabaseSettingsFile.Loaded loaded = file.load();
        return new Saved(loaded.choice().withPassword(""), !loaded.choice().password().isEmpty(),
                loaded.passwordUnreadable());
    }

    /**
     * Connects to the server of {@code choice} and says what happened; a blank password means the
     * saved one. Checks the form first ({@link ValidationException}); writes nothing anywhere.
     */
    public ConnectionCheck test(DatabaseChoice choice) {
        access.require(Action.MANAGE_SETTINGS);
        DatabaseChoice full = withSavedPassword(checked(choice));
        return ServerProbe.probe(full.toServerSettings());
    }

    /** Saves {@code choice} for the next start; a blank password keeps the saved one. */
    public void save(DatabaseChoice choice) {
        access.require(Action.MANAGE_SETTINGS);
        DatabaseChoice full = choice.onServer() ? withSavedPassword(checked(choice)) : keepServerFields(choice);
        DatabaseSettingsFile.Loaded before = file.load();
        tx.run(() -> {
            audit.record(AuditKind.SETTING_CHANGE, AuditTrail.SETTING, null, RECORD_LABEL, described(before.choice()),
                    described(full), null);
            file.save(full);
        });
    }

    /**
     * Sets the server mode after a move of the data; the caller checked the access and recorded the
     * move in the audit log before copying, so the embedded database is not written again here.
     */
    void switchTo(DatabaseChoice choice) {
        file.save(choice);
    }

    /** {@code choice} checked and with the saved password when its own is blank (for the data move). */
    DatabaseChoice completed(DatabaseChoice choice) {
        return withSavedPassword(checked(choice));
    }

    /** The choice with the saved password read on this PC, for the command line and the start-up. */
    public DatabaseSettingsFile.Loaded load() {
        return file.load();
    }

    private static DatabaseChoice checked(DatabaseChoice choice) {
        List<FieldError> errors = ServerConnectionRules.check(choice.host(), String.valueOf(choice.port()),
                choice.database(), choice.user());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return choice;
    }

    private DatabaseChoice withSavedPassword(DatabaseChoice choice) {
        if (!choice.password().isEmpty()) {
            return choice;
        }
        DatabaseChoice saved = file.load().choice();
        return choice.withPassword(saved.password());
    }

    /** Going back to the embedded database keeps the server's address filled in, for next time. */
    private DatabaseChoice keepServerFields(DatabaseChoice choice) {
        DatabaseChoice saved = file.load().choice();
        if (choice.host().isEmpty()) {
            return new DatabaseChoice(choice.mode(), saved.host(), saved.port(), saved.database(), saved.user(),
                    saved.password(), saved.tls());
        }
        return withSavedPassword(choice);
    }

    private static Map<String, Object> described(DatabaseChoice choice) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mode", choice.mode().name());
        if (choice.onServer()) {
            fields.put("server", choice.address());
            fields.put("user", choice.user());
            fields.put("tls", choice.tls());
        }
        return fields;
    }
}

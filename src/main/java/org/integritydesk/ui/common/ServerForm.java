package org.integritydesk.ui.common;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.integritydesk.model.DatabaseMode;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.ServerConnectionRules;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.ValidationException;

/**
 * The fields that name a PostgreSQL server and its login (host, port, database, user, password, TLS),
 * as 系统管理 → 数据库 and the first start's "join a server" both show them.
 */
public final class ServerForm {
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DatabaseChoice.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty();

    /**
     * The form as a choice of {@code mode}.
     *
     * @throws ValidationException naming every field that is wrong
     */
    public DatabaseChoice choice(DatabaseMode mode) {
        List<FieldError> errors = ServerConnectionRules.check(host.get(), port.get(), database.get(), user.get());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DatabaseChoice(mode, host.get(), ServerConnectionRules.parsePort(port.get()), database.get(),
                user.get(), password.get(), tls.get());
    }

    /** The form as it is, unchecked (a port that is no number becomes the default one). */
    public DatabaseChoice asTyped(DatabaseMode mode) {
        int p = ServerConnectionRules.parsePort(port.get());
        return new DatabaseChoice(mode, host.get(), p < 0 ? DatabaseChoice.DEFAULT_PORT : p, database.get(),
                user.get(), password.get(), tls.get());
    }

    /** Shows {@code choice}; the password field stays empty (a saved password is kept, never shown). */
    public void show(DatabaseChoice choice) {
        host.set(choice.host());
        port.set(String.valueOf(choice.port()));
        database.set(choice.database());
        user.set(choice.user());
        tls.set(choice.tls());
        password.set("");
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }
}

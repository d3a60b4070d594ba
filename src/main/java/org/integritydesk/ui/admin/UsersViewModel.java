package org.integritydesk.ui.admin;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.security.UserService;
import org.integritydesk.service.security.UserService.UserDraft;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 用户管理: the list of users and a form beside it. A new user gets an initial password which they
 * must change at first login; an administrator can reset a forgotten one.
 */
public final class UsersViewModel {
    private final UserService users;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts conflicts;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.SUB_BUREAU_CLERK);
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty linkedIdNumber = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty editingExisting = new SimpleBooleanProperty();
    private UnitTree tree = new UnitTree(java.util.List.of());

    public UsersViewModel(UserService users, UnitService units, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.users = users;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.conflicts = new SaveConflicts(dialogs, messages);
        conflicts.reloadWith(this::reloadEditing);
        selected.addListener((o, a, user) -> {
            if (user != null) {
                edit(user);
            }
        });
    }

    public void reload() {
        tasks.submit(ctx -> new Loaded(users.list(), units.tree()), this::show, this::showError);
    }

    private void show(Loaded loaded) {
        tree = loaded.tree();
        unitChoices.setAll(tree.inDisplayOrder());
        accounts.setAll(loaded.users());
    }

    /** After a save conflict: reads the users again and puts the one being edited into the form as stored now. */
    private void reloadEditing() {
        UUID id = selected.get().id();
        tasks.submit(ctx -> new Loaded(users.list(), units.tree()), loaded -> {
            show(loaded);
            loaded.users().stream().filter(u -> u.id().equals(id)).findFirst().ifPresent(user -> {
                selected.set(user);
                edit(user);
            });
        }, this::showError);
    }

    private record Loaded(java.util.List<UserAccount> users, UnitTree tree) {
    }

    private void edit(UserAccount user) {
        editingExisting.set(true);
        username.set(user.username());
        displayName.set(user.displayName());
        role.set(user.role());
        unit.set(user.unitId() == null ? null : tree.find(user.unitId()).orElse(null));
        linkedIdNumber.set("");
        active.set(user.active());
        password.set("");
        message.set(user.cadreId() == null ? "" : messages.get("users.linked"));
    }

    public void startNew() {
        selected.set(null);
        editingExisting.set(false);
        username.set("");
        displayName.set("");
        role.set(Role.SUB_BUREAU_CLERK);
        unit.set(null);
        linkedIdNumber.set("");
        active.set(true);
        password.set("");
        message.set("");
    }

    /** Saves the form: creates a user with the initial password, or updates the selected one. */
    public void save() {
        UserAccount existing = selected.get();
        String idNumber = linkedIdNumber.get() == null ? "" : linkedIdNumber.get().strip();
        Role chosenRole = role.get();
        UUID unitId = unit.get() == null ? null : unit.get().id();
        String name = username.get();
        String shown = displayName.get();
        boolean isActive = active.get();
        char[] initial = password.get() == null ? new char[0] : password.get().toCharArray();
        tasks.submit(ctx -> {
            UUID cadreId = idNumber.isEmpty() ? (existing == null ? null : existing.cadreId()) : users.cadreIdForLink(idNumber);
            UserDraft draft = new UserDraft(name, shown, chosenRole, unitId, cadreId, isActive);
            return existing == null ? users.create(draft, initial) : users.update(existing.id(), existing.version(), draft);
        }, saved -> {
            password.set("");
            message.set(messages.get("users.saved", saved.username()));
            reload();
        }, failure -> {
            if (!conflicts.handled(failure, messages.get("users.title"))) {
                showError(failure);
            }
        });
    }

    /** Gives the selected user the password typed in the form; they must change it when they log in. */
    public void resetPassword() {
        UserAccount user = selected.get();
        if (user == null) {
            return;
        }
        char[] fresh = password.get() == null ? new char[0] : password.get().toCharArray();
        tasks.submit(ctx -> {
            users.resetPassword(user.id(), fresh);
            return user;
        }, done -> {
            password.set("");
            message.set(messages.get("users.passwordReset", user.username()));
            reload();
        }, this::showError);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("users.title"), new ErrorDescriber(messages).describe(failure));
    }

    public String unitName(UUID unitId) {
        return unitId == null ? "—" : tree.find(unitId).map(OrgUnit::name).orElse("?");
    }

    public String unitLabel(OrgUnit value) {
        return value == null ? "—" : tree.indentedName(value);
    }

    public String roleLabel(Role value) {
        return messages.label(value);
    }

    public String activeLabel(boolean value) {
        return messages.get(value ? "users.active" : "users.inactive");
    }

    public ObservableList<UserAccount> accounts() {
        return accounts;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public StringProperty linkedIdNumberProperty() {
        return linkedIdNumber;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty editingExistingProperty() {
        return editingExisting;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

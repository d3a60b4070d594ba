package org.integritydesk.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.TableSelection;

/** Binds the user administration tab to {@link UsersViewModel}. */
public final class UsersView implements TabRefresh {
    private final UsersViewModel users;

    @FXML private TableView<UserAccount> table;
    @FXML private TableColumn<UserAccount, String> usernameColumn;
    @FXML private TableColumn<UserAccount, String> displayNameColumn;
    @FXML private TableColumn<UserAccount, String> roleColumn;
    @FXML private TableColumn<UserAccount, String> unitColumn;
    @FXML private TableColumn<UserAccount, String> activeColumn;
    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private ComboBox<Role> roleField;
    @FXML private ComboBox<OrgUnit> unitField;
    @FXML private TextField linkField;
    @FXML private CheckBox activeField;
    @FXML private PasswordField passwordField;
    @FXML private Button resetButton;
    @FXML private Label messageLabel;

    public UsersView(UsersViewModel users) {
        this.users = users;
    }

    @FXML
    private void initialize() {
        Columns.text(usernameColumn, UserAccount::username);
        Columns.text(displayNameColumn, UserAccount::displayName);
        Columns.text(roleColumn, u -> users.roleLabel(u.role()));
        Columns.text(unitColumn, u -> users.unitName(u.unitId()));
        Columns.text(activeColumn, u -> users.activeLabel(u.active()));
        table.setItems(users.accounts());
        TableSelection.follow(table, users.selectedProperty());
        usernameField.textProperty().bindBidirectional(users.usernameProperty());
        usernameField.disableProperty().bind(users.editingExistingProperty());
        displayNameField.textProperty().bindBidirectional(users.displayNameProperty());
        roleField.getItems().setAll(Role.values());
        roleField.setConverter(Converters.showing(users::roleLabel));
        roleField.valueProperty().bindBidirectional(users.roleProperty());
        unitField.setItems(users.unitChoices());
        unitField.setConverter(Converters.showing(users::unitLabel));
        unitField.valueProperty().bindBidirectional(users.unitProperty());
        linkField.textProperty().bindBidirectional(users.linkedIdNumberProperty());
        activeField.selectedProperty().bindBidirectional(users.activeProperty());
        passwordField.textProperty().bindBidirectional(users.passwordProperty());
        resetButton.disableProperty().bind(users.editingExistingProperty().not());
        messageLabel.textProperty().bind(users.messageProperty());
        users.reload();
    }


    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        users.startNew();
        usernameField.requestFocus();
    }

    @FXML
    private void onSave() {
        users.save();
    }

    @FXML
    private void onReset() {
        users.resetPassword();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        users.reload();
        return true;
    }
}

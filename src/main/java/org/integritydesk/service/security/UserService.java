package org.integritydesk.service.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.integritydesk.model.AccessPolicy;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.PasswordRules;
import org.integritydesk.model.Role;
import org.integritydesk.model.UserAccount;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.ConcurrentEditException;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.Stamps;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.FileKey;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.UserRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * Users and their passwords. The profile (role, unit, recusal link) is a database row; the
 * password is a wrapped copy of the database key in the {@link KeyVault}. Both change in one use
 * case: the key file is written inside the transaction, so a failed write rolls the row back.
 */
public final class UserService {
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,32}");

    private final Transactions tx;
    private final UserRepository users;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final KeyVault vault;
    private final Supplier<FileKey> fileKey;
    private final CurrentUser current;
    private final AccessControl access;
    private final Stamps stamps;
    private final AuditTrail audit;

    public UserService(Transactions tx, UserRepository users, UnitRepository units, CadreRepository cadres,
            KeyVault vault, Supplier<FileKey> fileKey, CurrentUser current, AccessControl access, Stamps stamps,
            AuditTrail audit) {
        this.tx = tx;
        this.users = users;
        this.units = units;
        this.cadres = cadres;
        this.vault = vault;
        this.fileKey = fileKey;
        this.current = current;
        this.access = access;
        this.stamps = stamps;
        this.audit = audit;
    }

    /** What the user form holds. {@code unitId} is required for a clerk; {@code cadreId} links the user's own file. */
    public record UserDraft(String username, String displayName, Role role, UUID unitId, UUID cadreId, boolean active) {
    }

    /**
     * The cadre with this ID number, for linking a user to their own file (recusal). Answers only
     * with the key, so an administrator who may not read cadre files learns nothing from it.
     */
    public UUID cadreIdForLink(String idNumber) {
        return tx.read(() -> {
            access.require(Action.MANAGE_USERS);
            return cadres.findByIdNumber(IdNumber.normalise(idNumber))
                    .map(Cadre::id)
                    .orElseThrow(() -> new ServiceException("error.user.noSuchCadre"));
        });
    }

    public List<UserAccount> list() {
        return tx.read(() -> {
            access.require(Action.MANAGE_USERS);
            return users.findAll();
        });
    }

    /** Every user, without a permission check: for the headless {@code users list} of an administrator. */
    public boolean hasUsers() {
        return tx.read(() -> users.count() > 0);
    }

    /**
     * The administrator created at first start, whose password already unlocks the vault. Allowed
     * only while there is no user at all.
     */
    public UserAccount createFirstAdministrator(String username, String displayName) {
        return tx.inTransaction(() -> {
            if (users.count() > 0) {
                throw new ServiceException("error.user.firstExists");
            }
            checkUsername(username);
            UserAccount admin = new UserAccount(UUID.randomUUID(), username, nameOrUsername(displayName, username),
                    Role.SYSTEM_ADMIN, null, null, false, true, 0);
            users.insert(admin, stamps.next());
            audit.record(AuditKind.CREATE, AuditTrail.USER, admin.id(), admin.username(), null, profile(admin), null);
            return users.findById(admin.id()).orElseThrow();
        });
    }

    /** Adds a user with an initial password, which they must change at first login. */
    public UserAccount create(UserDraft draft, char[] initialPassword) {
        return create(draft, initialPassword, true);
    }

    /** As {@link #create(UserDraft, char[])}; demo users need not change their published password. */
    public UserAccount create(UserDraft draft, char[] initialPassword, boolean mustChangePassword) {
        return tx.inTransaction(() -> {
            access.require(Action.MANAGE_USERS);
            checkUsername(draft.username());
            checkDraft(draft);
            checkPassword(initialPassword, draft.username());
            if (users.findByUsername(draft.username()).isPresent() || vault.users().contains(draft.username())) {
                throw new ServiceException("error.user.usernameTaken", draft.username());
            }
            UserAccount user = new UserAccount(UUID.randomUUID(), draft.username(),
                    nameOrUsername(draft.displayName(), draft.username()), draft.role(), draft.unitId(), draft.cadreId(),
                    mustChangePassword, true, 0);
            users.insert(user, stamps.next());
            vault.setPassword(user.username(), initialPassword, fileKey.get());
            audit.record(AuditKind.CREATE, AuditTrail.USER, user.id(), user.username(), null, profile(user), null);
            return users.findById(user.id()).orElseThrow();
        });
    }

    /** Changes role, unit, link, name or whether the account is active. The user name never changes. */
    public UserAccount update(UUID id, int version, UserDraft draft) {
        return tx.inTransaction(() -> {
            UserAccount admin = access.require(Action.MANAGE_USERS);
            UserAccount existing = users.findById(id).orElseThrow(() -> new ServiceException("error.user.notFound"));
            checkDraft(draft);
            if (existing.id().equals(admin.id()) && (draft.role() != existing.role() || !draft.active())) {
                throw new ServiceException("error.user.ownRole");
            }
            boolean losesAdmin = existing.role() == Role.SYSTEM_ADMIN && (draft.role() != Role.SYSTEM_ADMIN || !draft.active());
            if (losesAdmin && activeAdministrators() <= 1) {
                throw new ServiceException("error.user.lastAdmin");
            }
            UserAccount changed = new UserAccount(id, existing.username(),
                    nameOrUsername(draft.displayName(), existing.username()), draft.role(), draft.unitId(),
                    draft.cadreId(), existing.mustChangePassword(), draft.active(), version);
            try {
                users.update(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(existing.username(), e);
            }
            audit.record(AuditKind.USER_CHANGE, AuditTrail.USER, id, existing.username(), profile(existing),
                    profile(changed), null);
            return users.findById(id).orElseThrow();
        });
    }

    /** An administrator sets a new password for a user, who must change it at their next login. */
    public void resetPassword(UUID id, char[] newPassword) {
        tx.run(() -> {
            access.require(Action.MANAGE_USERS);
            UserAccount user = users.findById(id).orElseThrow(() -> new ServiceException("error.user.notFound"));
            checkPassword(newPassword, user.username());
            users.update(withMustChange(user, true), stamps.next());
            vault.setPassword(user.username(), newPassword, fileKey.get());
            audit.record(AuditKind.PASSWORD_CHANGE, AuditTrail.USER, user.id(), user.username(), null,
                    Map.of("reset", true), null);
        });
    }

    /** The logged-in user changes their own password (required at first login). */
    public UserAccount changeOwnPassword(char[] oldPassword, char[] newPassword) {
        return tx.inTransaction(() -> {
            UserAccount me = current.require();
            checkPassword(newPassword, me.username());
            if (Arrays.equals(oldPassword, newPassword)) {
                throw new ServiceException("validation.password.same");
            }
            UserAccount stored = users.findById(me.id()).orElseThrow(() -> new ServiceException("error.user.notFound"));
            users.update(withMustChange(stored, false), stamps.next());
            vault.changePassword(me.username(), oldPassword, newPassword);
            audit.record(AuditKind.PASSWORD_CHANGE, AuditTrail.USER, me.id(), me.username(), null, null, null);
            UserAccount updated = users.findById(me.id()).orElseThrow();
            current.set(updated);
            return updated;
        });
    }

    /**
     * After the recovery code opened the database: a new password for an active system
     * administrator, who must change it again at login; audited as a recovery.
     */
    public UserAccount recoverAdministrator(String username, char[] newPassword) {
        return tx.inTransaction(() -> {
            UserAccount admin = users.findByUsername(username)
                    .filter(u -> u.active() && u.role() == Role.SYSTEM_ADMIN)
                    .orElseThrow(() -> new ServiceException("error.user.notAdministrator", username));
            checkPassword(newPassword, username);
            current.set(admin);
            users.update(withMustChange(admin, true), stamps.next());
            vault.setPassword(username, newPassword, fileKey.get());
            audit.record(AuditKind.PASSWORD_CHANGE, AuditTrail.USER, admin.id(), username, null,
                    Map.of("recoveryCode", true), null);
            return users.findById(admin.id()).orElseThrow();
        });
    }

    /**
     * Whether {@code username} has an active account whose role allows {@code action}; read without
     * starting a session or writing anything (a restore checks this, then replaces the database).
     */
    public boolean mayDo(String username, Action action) {
        return tx.read(() -> users.findByUsername(username)
                .filter(UserAccount::active)
                .map(u -> AccessPolicy.allows(u.role(), action))
                .orElse(false));
    }

    /** Checks the logged-in user's password again (the idle lock); wrong ones count towards the lock-out. */
    public void checkPassword(char[] password) {
        vault.unlock(current.require().username(), password);
    }

    /**
     * Starts the session of a user whose password has just opened the database: they must have
     * an active account in it.
     */
    public UserAccount beginSession(String username) {
        return tx.inTransaction(() -> {
            UserAccount user = users.findByUsername(username).filter(UserAccount::active)
                    .orElseThrow(() -> new LoginException(LoginException.Reason.INACTIVE, null, 0));
            current.set(user);
            // failed logins could not be written while nobody could open the database: they are now
            for (KeyVault.FailedLogin failed : vault.takeFailedLogins()) {
                audit.recordFor(failed.username(), failed.at(), AuditKind.LOGIN_FAILED, AuditTrail.USER, failed.username());
            }
            audit.record(AuditKind.LOGIN, AuditTrail.USER, user.id(), user.username(), null, null, null);
            return user;
        });
    }

    /** What the audit trail keeps of a user: never a password. */
    private static Map<String, Object> profile(UserAccount u) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("displayName", u.displayName());
        fields.put("role", u.role().name());
        fields.put("unitId", u.unitId() == null ? "" : u.unitId().toString());
        fields.put("linkedCadre", u.cadreId() != null);
        fields.put("active", u.active());
        return fields;
    }

    private long activeAdministrators() {
        return users.findAll().stream().filter(u -> u.active() && u.role() == Role.SYSTEM_ADMIN).count();
    }

    private void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new ServiceException("error.user.usernameFormat");
        }
    }

    private void checkDraft(UserDraft draft) {
        if (draft.role() == null) {
            throw new ServiceException("error.user.roleRequired");
        }
        if (draft.role() == Role.SUB_BUREAU_CLERK && draft.unitId() == null) {
            throw new ServiceException("error.user.unitRequired");
        }
        if (draft.unitId() != null && units.findById(draft.unitId()).isEmpty()) {
            throw new ServiceException("error.unit.notFound");
        }
    }

    private static void checkPassword(char[] password, String username) {
        String problem = PasswordRules.problem(new String(password), username);
        if (problem != null) {
            throw new ServiceException(problem, PasswordRules.MIN_LENGTH);
        }
    }

    private static UserAccount withMustChange(UserAccount u, boolean mustChange) {
        return new UserAccount(u.id(), u.username(), u.displayName(), u.role(), u.unitId(), u.cadreId(), mustChange,
                u.active(), u.version());
    }

    private static String nameOrUsername(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}

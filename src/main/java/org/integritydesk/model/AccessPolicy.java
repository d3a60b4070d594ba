package org.integritydesk.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what, and where. A pure table so it can be tested as one: role × action, and for a
 * sub-bureau clerk, whether the record's unit lies at or below the clerk's unit.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Action>> ALLOWED = Map.of(
            Role.SYSTEM_ADMIN, EnumSet.of(Action.MANAGE_USERS, Action.MANAGE_UNITS, Action.MANAGE_SETTINGS,
                    Action.BACKUP, Action.VIEW_AUDIT, Action.VIEW_YEARS, Action.EXCHANGE),
            Role.INSPECTOR, EnumSet.of(Action.VIEW, Action.CREATE, Action.UPDATE, Action.DELETE, Action.PRINT,
                    Action.EXPORT, Action.VIEW_FULL_ID, Action.MANAGE_UNITS, Action.BACKUP, Action.VIEW_AUDIT,
                    Action.CLOSE_YEAR, Action.VIEW_YEARS, Action.MANAGE_REGULATIONS,
                    Action.MANAGE_RESPONSIBILITY, Action.RESOLVE_BALLOTS, Action.EXCHANGE, Action.MANAGE_ASSESSMENT),
            Role.SUB_BUREAU_CLERK, EnumSet.of(Action.VIEW, Action.CREATE, Action.UPDATE, Action.DELETE, Action.PRINT,
                    Action.EXPORT, Action.VIEW_FULL_ID),
            Role.LEADER, EnumSet.of(Action.VIEW, Action.PRINT, Action.EXPORT));

    private AccessPolicy() {
    }

    /** Whether the role may do the action at all (anywhere). */
    public static boolean allows(Role role, Action action) {
        return ALLOWED.getOrDefault(role, Set.of()).contains(action);
    }

    /**
     * Whether {@code user} may do a record action on a record of {@code recordUnitId}. Clerks are
     * limited to their own unit and the units below it; everyone else who may act at all may act
     * on every unit.
     */
    public static boolean allows(UserAccount user, Action action, UUID recordUnitId, UnitTree units) {
        if (user == null || !user.active() || !allows(user.role(), action)) {
            return false;
        }
        if (user.role() != Role.SUB_BUREAU_CLERK || !action.isRecordAction()) {
            return true;
        }
        return user.unitId() != null && recordUnitId != null && units.isSelfOrDescendant(recordUnitId, user.unitId());
    }

    /** The units whose records the user may see; null means every unit. */
    public static Set<UUID> visibleUnits(UserAccount user, UnitTree units) {
        if (user.role() != Role.SUB_BUREAU_CLERK) {
            return allows(user.role(), Action.VIEW) ? null : Set.of();
        }
        if (user.unitId() == null) {
            return Set.of();
        }
        Set<UUID> ids = new java.util.HashSet<>();
        units.selfAndDescendants(user.unitId()).forEach(u -> ids.add(u.id()));
        return ids;
    }
}

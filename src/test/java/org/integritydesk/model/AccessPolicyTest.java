package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access table: role × where the record is × action. */
class AccessPolicyTest {
    private static final UUID BUREAU = UUID.randomUUID();
    private static final UUID CHENGGUAN = UUID.randomUUID();
    private static final UUID CHENGGUAN_DEPT = UUID.randomUUID();
    private static final UUID DUNHOU = UUID.randomUUID();
    private static final UnitTree UNITS = new UnitTree(List.of(
            unit(BUREAU, null, "360821", UnitKind.COUNTY_BUREAU),
            unit(CHENGGUAN, BUREAU, "36082104", UnitKind.SUB_BUREAU),
            unit(CHENGGUAN_DEPT, CHENGGUAN, "3608210401", UnitKind.DEPARTMENT),
            unit(DUNHOU, BUREAU, "36082105", UnitKind.SUB_BUREAU)));

    private static OrgUnit unit(UUID id, UUID parent, String code, UnitKind kind) {
        return new OrgUnit(id, parent, code, code, kind, 0, RecordStamp.NEW);
    }

    private static UUID where(String place) {
        return switch (place) {
            case "bureau" -> BUREAU;
            case "own" -> CHENGGUAN;
            case "ownDept" -> CHENGGUAN_DEPT;
            case "other" -> DUNHOU;
            default -> throw new IllegalArgumentException(place);
        };
    }

    @ParameterizedTest(name = "{0} {2} a record of {1}: {3}")
    @CsvSource({
        // role,             record in, action,       allowed
        "INSPECTOR,          bureau,   VIEW,          true",
        "INSPECTOR,          other,    CREATE,        true",
        "INSPECTOR,          other,    UPDATE,        true",
        "INSPECTOR,          other,    DELETE,        true",
        "INSPECTOR,          other,    PRINT,         true",
        "INSPECTOR,          other,    EXPORT,        true",
        "INSPECTOR,          other,    VIEW_FULL_ID,  true",
        "SUB_BUREAU_CLERK,   own,      VIEW,          true",
        "SUB_BUREAU_CLERK,   ownDept,  VIEW,          true",
        "SUB_BUREAU_CLERK,   own,      CREATE,        true",
        "SUB_BUREAU_CLERK,   ownDept,  UPDATE,        true",
        "SUB_BUREAU_CLERK,   own,      DELETE,        true",
        "SUB_BUREAU_CLERK,   own,      PRINT,         true",
        "SUB_BUREAU_CLERK,   own,      EXPORT,        true",
        "SUB_BUREAU_CLERK,   own,      VIEW_FULL_ID,  true",
        "SUB_BUREAU_CLERK,   other,    VIEW,          false",
        "SUB_BUREAU_CLERK,   other,    CREATE,        false",
        "SUB_BUREAU_CLERK,   other,    UPDATE,        false",
        "SUB_BUREAU_CLERK,   other,    DELETE,        false",
        "SUB_BUREAU_CLERK,   other,    PRINT,         false",
        "SUB_BUREAU_CLERK,   other,    EXPORT,        false",
        "SUB_BUREAU_CLERK,   bureau,   VIEW,          false",
        "SUB_BUREAU_CLERK,   bureau,   PRINT,         false",
        "LEADER,             other,    VIEW,          true",
        "LEADER,             bureau,   PRINT,         true",
        "LEADER,             other,    EXPORT,        true",
        "LEADER,             own,      CREATE,        false",
        "LEADER,             own,      UPDATE,        false",
        "LEADER,             own,      DELETE,        false",
        "LEADER,             own,      VIEW_FULL_ID,  false",
        "SYSTEM_ADMIN,       own,      VIEW,          false",
        "SYSTEM_ADMIN,       own,      CREATE,        false",
        "SYSTEM_ADMIN,       own,      PRINT,         false",
        "SYSTEM_ADMIN,       own,      EXPORT,        false",
    })
    void recordActions(Role role, String place, Action action, boolean allowed) {
        UserAccount user = new UserAccount(UUID.randomUUID(), "u", "u", role,
                role == Role.SUB_BUREAU_CLERK ? CHENGGUAN : null, null, false, true, 0);
        assertThat(AccessPolicy.allows(user, action, where(place), UNITS)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
        "SYSTEM_ADMIN,     MANAGE_USERS,    true",
        "SYSTEM_ADMIN,     MANAGE_UNITS,    true",
        "SYSTEM_ADMIN,     MANAGE_SETTINGS, true",
        "SYSTEM_ADMIN,     BACKUP,          true",
        "SYSTEM_ADMIN,     VIEW_AUDIT,      true",
        "INSPECTOR,        MANAGE_USERS,    false",
        "INSPECTOR,        MANAGE_UNITS,    true",
        "INSPECTOR,        VIEW_AUDIT,      true",
        "SUB_BUREAU_CLERK, MANAGE_USERS,    false",
        "SUB_BUREAU_CLERK, MANAGE_UNITS,    false",
        "SUB_BUREAU_CLERK, BACKUP,          false",
        "SUB_BUREAU_CLERK, VIEW_AUDIT,      false",
        "LEADER,           MANAGE_UNITS,    false",
        "LEADER,           MANAGE_SETTINGS, false",
        "LEADER,           VIEW_AUDIT,      false",
        "INSPECTOR,        CLOSE_YEAR,      true",
        "INSPECTOR,        VIEW_YEARS,      true",
        "SYSTEM_ADMIN,     CLOSE_YEAR,      false",
        "SYSTEM_ADMIN,     VIEW_YEARS,      true",
        "SUB_BUREAU_CLERK, CLOSE_YEAR,      false",
        "SUB_BUREAU_CLERK, VIEW_YEARS,      false",
        "LEADER,           CLOSE_YEAR,      false",
        "LEADER,           VIEW_YEARS,      false",
    })
    void roleActions(Role role, Action action, boolean allowed) {
        assertThat(AccessPolicy.allows(role, action)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"INSPECTOR", "SUB_BUREAU_CLERK", "LEADER"})
    void anInactiveAccountMayDoNothing(Role role) {
        UserAccount user = new UserAccount(UUID.randomUUID(), "u", "u", role, CHENGGUAN, null, false, false, 0);
        assertThat(AccessPolicy.allows(user, Action.VIEW, CHENGGUAN, UNITS)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aClerkWithoutAUnitSeesNothing() {
        UserAccount user = new UserAccount(UUID.randomUUID(), "u", "u", Role.SUB_BUREAU_CLERK, null, null, false, true, 0);
        assertThat(AccessPolicy.allows(user, Action.VIEW, CHENGGUAN, UNITS)).isFalse();
        assertThat(AccessPolicy.visibleUnits(user, UNITS)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aClerkSeesTheirSubBureauAndItsDepartments() {
        UserAccount user = new UserAccount(UUID.randomUUID(), "u", "u", Role.SUB_BUREAU_CLERK, CHENGGUAN, null, false, true, 0);
        assertThat(AccessPolicy.visibleUnits(user, UNITS)).containsExactlyInAnyOrder(CHENGGUAN, CHENGGUAN_DEPT);
    }
}

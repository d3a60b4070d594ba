package org.integritydesk.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The rows a user may see, as SQL: those of the visible units and none about a recused cadre (a row
 * about no cadre stays). The database form of the service's {@code AccessControl.Scope.canSee}, for
 * queries that count or pick a few rows instead of reading every row to filter it.
 */
final class ScopeCondition {
    private ScopeCondition() {
    }

    /**
     * {@code " AND ..."} over {@code unitColumn} and {@code cadreColumn}; its parameters are added
     * to {@code params}. Empty when everything may be seen.
     *
     * @param visibleUnits null for every unit (an empty set lets nothing through)
     * @param recused      cadres whose rows are left out; null or empty for none
     */
    static String and(String unitColumn, String cadreColumn, Collection<UUID> visibleUnits, Collection<UUID> recused,
            List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (visibleUnits != null) {
            sql.append(" AND ").append(unitColumn).append(" = ANY (?)");
            params.add(visibleUnits.toArray(new UUID[0]));
        }
        if (recused != null && !recused.isEmpty()) {
            sql.append(" AND (").append(cadreColumn).append(" IS NULL OR NOT ").append(cadreColumn).append(" = ANY (?))");
            params.add(recused.toArray(new UUID[0]));
        }
        return sql.toString();
    }
}

package org.integritydesk.model;

import java.util.List;

/**
 * One kind of record that offline exchange packages carry: its table, the columns of its key (in
 * order), and who owns a row of it.
 *
 * @param table the table, also the kind's name in packages and in the bookkeeping tables
 * @param keyColumns the primary key's columns; a composite key is written joined by {@code |}
 * @param owner who owns a row: the county bureau always, or the site that created it
 * @param parentColumn for a table whose rows refer to rows of the same table (units: parent_id), the
 *        column that does, so that a package inserts parents first; null otherwise
 */
public record ExchangeKind(String table, List<String> keyColumns, Owner owner, String parentColumn) {

    /** Who may change a row without a conflict at the other sites. */
    public enum Owner {
        /** The county bureau (units, schemes, assessments): a sub-bureau's change is a conflict there. */
        COUNTY,
        /** The site where the row was first made. */
        CREATOR
    }

    public ExchangeKind {
        if (table == null || !table.matches("[a-z_]+") || keyColumns.isEmpty()) {
            throw new IllegalArgumentException("bad exchange kind " + table);
        }
        for (String column : keyColumns) {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("bad key column " + column);
            }
        }
        keyColumns = List.copyOf(keyColumns);
    }

    public static ExchangeKind byCreator(String table, String... keyColumns) {
        return new ExchangeKind(table, List.of(keyColumns), Owner.CREATOR, null);
    }

    public static ExchangeKind byCounty(String table, String... keyColumns) {
        return new ExchangeKind(table, List.of(keyColumns), Owner.COUNTY, null);
    }

    /** The site that owns a row first made at {@code creatorSite}, in an exchange led by {@code hubSite}. */
    public String ownerOfNewRow(String creatorSite, String hubSite) {
        return owner == Owner.COUNTY ? hubSite : creatorSite;
    }
}

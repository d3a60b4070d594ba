package org.integritydesk.service.exchange;

import java.util.List;

/**
 * One changed record in a package: its kind and key, its owner site, the site whose edit made this
 * version, and either its columns' values or that it was deleted.
 */
public record PackageRecord(String kind, String key, String owner, String source, boolean deleted,
        List<String> columns, List<Object> values) {

    public PackageRecord {
        columns = deleted ? List.of() : List.copyOf(columns);
        values = deleted ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}

package org.integritydesk.model;

import java.util.UUID;

/** A unit of the bureau: the county bureau, a sub-bureau or a department. */
public record OrgUnit(UUID id, UUID parentId, String code, String name, UnitKind kind, int sortOrder, RecordStamp stamp) {
    public boolean isRoot() {
        return parentId == null;
    }

    public int version() {
        return stamp.version();
    }
}

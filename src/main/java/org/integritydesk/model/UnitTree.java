package org.integritydesk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The units as a tree: children in display order, a unit with all units below it, a unit's path. */
public final class UnitTree {
    private static final Comparator<OrgUnit> DISPLAY_ORDER =
            Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::code);

    private final Map<UUID, OrgUnit> byId = new LinkedHashMap<>();
    private final Map<UUID, List<OrgUnit>> children = new LinkedHashMap<>();
    private final List<OrgUnit> roots = new ArrayList<>();

    public UnitTree(List<OrgUnit> units) {
        units.stream().sorted(DISPLAY_ORDER).forEach(unit -> {
            byId.put(unit.id(), unit);
            children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
        });
        for (OrgUnit unit : byId.values()) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            }
        }
    }

    public List<OrgUnit> roots() {
        return List.copyOf(roots);
    }

    public List<OrgUnit> childrenOf(UUID id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    public Optional<OrgUnit> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<OrgUnit> findByCode(String code) {
        return byId.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The unit itself and every unit below it, depth first in display order. */
    public List<OrgUnit> selfAndDescendants(UUID id) {
        List<OrgUnit> out = new ArrayList<>();
        OrgUnit start = byId.get(id);
        if (start != null) {
            collect(start, out);
        }
        return out;
    }

    /** Every unit, depth first in display order: the order lists and batch printouts follow. */
    public List<OrgUnit> inDisplayOrder() {
        List<OrgUnit> out = new ArrayList<>();
        roots.forEach(root -> collect(root, out));
        return out;
    }

    /** Names from the root down to the unit, joined by " / ". */
    public String pathOf(UUID id) {
        List<String> names = new ArrayList<>();
        OrgUnit unit = byId.get(id);
        int guard = 0;
        while (unit != null && guard++ < 64) {
            names.add(0, unit.name());
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return String.join(" / ", names);
    }

    /** How many units lie above this one (0 for the county bureau). */
    public int depthOf(UUID id) {
        int depth = 0;
        OrgUnit unit = byId.get(id);
        while (unit != null && unit.parentId() != null && depth < 64) {
            depth++;
            unit = byId.get(unit.parentId());
        }
        return depth;
    }

    /** The unit's name indented by its depth with ideographic spaces, for drop-down lists. */
    public String indentedName(OrgUnit unit) {
        return unit == null ? "" : "\u3000".repeat(depthOf(unit.id())) + unit.name();
    }

    /** Whether {@code candidate} lies at or below {@code ancestor}: moving a unit there would make a cycle. */
    public boolean isSelfOrDescendant(UUID candidate, UUID ancestor) {
        return selfAndDescendants(ancestor).stream().anyMatch(u -> u.id().equals(candidate));
    }

    private void collect(OrgUnit unit, List<OrgUnit> out) {
        out.add(unit);
        for (OrgUnit child : children.getOrDefault(unit.id(), List.of())) {
            collect(child, out);
        }
    }
}

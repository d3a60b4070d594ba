package org.integritydesk.service.demo;

import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.OrgUnit;

/**
 * Who works where: first the leading group, then the head and deputy of every unit, then staff
 * spread over the units by their size. A small N keeps the posts at the top of that list.
 */
final class StaffPlan {
    /** For a database whose units all had to be skipped: the staff then work in the bureau itself. */
    private static final DemoRole BUREAU_STAFF = DemoRole.staff("科员", CadreCategory.GENERAL, false);

    /** One post to fill with a generated cadre. */
    record Slot(OrgUnit unit, DemoRole role) {
    }

    private StaffPlan() {
    }

    static List<Slot> slots(OrgUnit bureau, List<PlacedUnit> units, int count, DemoRandom random) {
        List<Slot> slots = new ArrayList<>(count);
        for (DemoRole leader : DemoUnits.BUREAU_LEADERS) {
            slots.add(new Slot(bureau, leader));
        }
        for (PlacedUnit placed : units) {
            for (DemoRole head : placed.plan().headRoles()) {
                slots.add(new Slot(placed.unit(), head));
            }
        }
        if (slots.size() >= count) {
            return List.copyOf(slots.subList(0, count));
        }
        if (units.isEmpty()) {
            while (slots.size() < count) {
                slots.add(new Slot(bureau, BUREAU_STAFF));
            }
            return List.copyOf(slots);
        }
        WeightedChoice<PlacedUnit> bySize = WeightedChoice.of(units,
                units.stream().mapToInt(u -> u.plan().staffWeight()).toArray());
        while (slots.size() < count) {
            PlacedUnit placed = bySize.pick(random);
            slots.add(new Slot(placed.unit(), placed.plan().staffRoles().pick(random)));
        }
        return List.copyOf(slots);
    }
}

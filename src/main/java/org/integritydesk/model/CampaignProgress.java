package org.integritydesk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How far a campaign has come in one unit: cadres it was sent to, declared, not yet declared, and
 * declarations with at least one 有.
 */
public record CampaignProgress(UUID unitId, String unitName, int cadres, int declared, int withIssues) {
    public int pending() {
        return cadres - declared;
    }

    /** Per unit, in the order the units first occur among the declarations, then a total row (unitId null). */
    public static List<CampaignProgress> of(List<SelfInspectionDeclaration> declarations, String totalLabel) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (SelfInspectionDeclaration d : declarations) {
            int[] c = counts.computeIfAbsent(d.unitId(), k -> new int[3]);
            names.put(d.unitId(), d.unitName());
            c[0]++;
            if (d.declared()) {
                c[1]++;
                if (d.issueCount() > 0) {
                    c[2]++;
                }
            }
        }
        List<CampaignProgress> rows = new ArrayList<>();
        int[] total = new int[3];
        counts.forEach((unit, c) -> {
            rows.add(new CampaignProgress(unit, names.get(unit), c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        rows.add(new CampaignProgress(null, totalLabel, total[0], total[1], total[2]));
        return rows;
    }
}

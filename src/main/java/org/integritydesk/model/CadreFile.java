package org.integritydesk.model;

import java.util.List;
import java.util.Map;

/**
 * Everything on one cadre (廉政档案): a view assembled from several tables, never a table itself.
 *
 * @param unitPath the unit's names from the county bureau down, e.g. "吉安县市场监督管理局 / 城关分局"
 * @param laterSections entries of the sections after family business, keyed by section; a section
 *                      with no entries is shown and printed as "无相关记录"
 */
public record CadreFile(
        Cadre cadre,
        OrgUnit unit,
        String unitPath,
        List<FamilyBusiness> familyBusinesses,
        Map<FileSection, List<SectionEntry>> laterSections) {

    public List<SectionEntry> entries(FileSection section) {
        return laterSections.getOrDefault(section, List.of());
    }
}

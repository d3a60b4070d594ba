package org.integritydesk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.SectionEntry;

/**
 * Turns one {@link CadreFile} into what {@code cadre-file.jrxml} reads: parameters for the basic
 * information and one row per line of the later tables (see the comment at the top of the template).
 * Values are translated and formatted here, so the template only lays them out.
 */
final class CadreFileRows {
    private final ReportMessages messages;

    CadreFileRows(ReportMessages messages) {
        this.messages = messages;
    }

    /** The basic information; the ID number only ever masked (DOMAIN.md: printouts mask it). */
    Map<String, Object> parameters(CadreFile file) {
        Cadre cadre = file.cadre();
        Map<String, Object> p = new HashMap<>();
        p.put("NAME", cadre.name());
        p.put("GENDER", messages.text(cadre.gender().messageKey()));
        p.put("BIRTH_MONTH", messages.month(cadre.birthDate()));
        p.put("ETHNICITY", cadre.ethnicity());
        p.put("POLITICAL_STATUS", cadre.politicalStatus());
        p.put("EDUCATION", cadre.education());
        p.put("ID_NUMBER", cadre.idNumber().masked());
        p.put("UNIT", file.unitPath() != null ? file.unitPath() : file.unit() != null ? file.unit().name() : null);
        p.put("POSITION", cadre.position());
        p.put("CATEGORY", messages.text(cadre.category().messageKey()));
        p.put("IMPORTANT_POSITION", messages.yesNo(cadre.importantPosition()));
        p.put("STATUS", messages.text(cadre.status().messageKey()));
        p.put("MOBILE", cadre.mobile());
        p.put("WORK_START", messages.date(cadre.workStartDate()));
        p.put("APPOINTMENT", messages.date(cadre.appointmentDate()));
        p.put("NOTES", cadre.notes());
        return p;
    }

    /**
     * Every section in FileSection order; a section without entries gets one "无相关记录" row.
     * "last" marks the last row of a section: the template closes the section's label column there.
     */
    List<Map<String, ?>> rows(CadreFile file) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FileSection section : FileSection.values()) {
            String heading = messages.text(section.messageKey());
            switch (section) {
                case BASIC -> rows.add(row(section, heading, "BASIC", false));
                case FAMILY_BUSINESS -> addFamily(rows, heading, file.familyBusinesses());
                default -> addEntries(rows, section, heading, file.entries(section));
            }
        }
        return rows;
    }

    private void addFamily(List<Map<String, ?>> rows, String heading, List<FamilyBusiness> family) {
        if (family == null || family.isEmpty()) {
            rows.add(row(FileSection.FAMILY_BUSINESS, heading, "FAMILY", true));
            return;
        }
        for (FamilyBusiness f : family) {
            Map<String, Object> row = row(FileSection.FAMILY_BUSINESS, heading, "FAMILY", false);
            row.put("last", f == family.get(family.size() - 1));
            row.put("c1", messages.text(f.relation().messageKey()));
            row.put("c2", f.name());
            row.put("c3", messages.text(f.businessKind().messageKey()));
            row.put("c4", joinLines(f.employerOrBusiness(), f.notes()));
            row.put("c5", messages.yesNo(f.inJurisdiction()));
            rows.add(row);
        }
    }

    private void addEntries(List<Map<String, ?>> rows, FileSection section, String heading, List<SectionEntry> entries) {
        if (entries.isEmpty()) {
            rows.add(row(section, heading, "ENTRIES", true));
            return;
        }
        for (SectionEntry e : entries) {
            Map<String, Object> row = row(section, heading, "ENTRIES", false);
            row.put("last", e == entries.get(entries.size() - 1));
            row.put("c1", messages.date(e.date()));
            row.put("c2", e.title());
            row.put("c3", e.detail());
            rows.add(row);
        }
    }

    private static Map<String, Object> row(FileSection section, String heading, String layout, boolean empty) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", section.name());
        row.put("heading", heading);
        row.put("layout", layout);
        row.put("empty", empty);
        row.put("last", true);
        return row;
    }

    private static String joinLines(String first, String second) {
        if (second == null || second.isBlank()) {
            return first;
        }
        return first == null || first.isBlank() ? second : first + "\n" + second;
    }
}

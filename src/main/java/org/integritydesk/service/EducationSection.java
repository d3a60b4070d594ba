package org.integritydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.integritydesk.model.AttendanceEntry;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.SectionEntry;

/**
 * The 教育培训 section of a cadre's file: each year's hours and attendance rate, then the
 * activities the cadre was expected at with what was recorded. Written in Chinese, the language
 * of the file (the file is assembled without a reader's locale).
 */
public final class EducationSection implements FileSections.Source {
    private final EducationService education;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    public EducationSection(EducationService education) {
        this.education = education;
    }

    @Override
    public FileSection section() {
        return FileSection.EDUCATION;
    }

    @Override
    public List<SectionEntry> entries(UUID cadreId) {
        List<AttendanceEntry> attended = education.entriesForCadre(cadreId);
        Map<Integer, List<AttendanceEntry>> byYear = new TreeMap<>();
        attended.forEach(e -> byYear.computeIfAbsent(e.startsAt().getYear(), y -> new ArrayList<>()).add(e));
        List<SectionEntry> entries = new ArrayList<>();
        byYear.forEach((year, list) -> {
            AttendanceTally tally = education.unscopedTally(cadreId, year);
            String rate = tally.ratePercent().map(r -> r.toPlainString() + "%").orElse("—");
            entries.add(new SectionEntry(list.get(0).startsAt().toLocalDate().withDayOfYear(1),
                    messages.get("education.section.yearTitle", String.valueOf(year)),
                    messages.get("education.section.yearDetail", tally.hours().toPlainString(), rate,
                            tally.expected(), tally.present(), tally.onLeave(), tally.absent())));
            for (AttendanceEntry e : list) {
                entries.add(new SectionEntry(e.startsAt().toLocalDate(),
                        messages.label(e.kind()) + "：" + e.title(), detail(e)));
            }
        });
        return entries;
    }

    private String detail(AttendanceEntry e) {
        if (e.status() == null) {
            return messages.get("education.section.notTaken");
        }
        String text = messages.label(e.status());
        if (e.status() == AttendanceStatus.PRESENT) {
            text += messages.get("education.section.hours", e.hours().stripTrailingZeros().toPlainString());
        }
        return e.reason() == null ? text : text + "（" + e.reason() + "）";
    }
}

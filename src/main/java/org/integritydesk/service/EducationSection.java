package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integritydesk.model.AttendanceEntry;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.AttendanceTally;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.SectionEntry;

/**
 * The 教育培训 section of a cadre's file: for each year the hours and attendance rate, the
 * activities attended, and each leave or absence with its reason. Written in Chinese, the language
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
        List<AttendanceEntry> all = education.entriesForCadre(cadreId);
        Map<Integer, List<AttendanceEntry>> byYear = new TreeMap<>();
        all.forEach(e -> byYear.computeIfAbsent(e.startsAt().getYear(), y -> new ArrayList<>()).add(e));
        List<SectionEntry> entries = new ArrayList<>();
        byYear.forEach((year, list) -> addYear(entries, year, list));
        return entries;
    }

    /**
     * A year in three parts, so that a year of some forty activities stays a few lines on paper:
     * the hours and rate, the activities attended in one paragraph, and each leave or absence.
     */
    private void addYear(List<SectionEntry> entries, int year, List<AttendanceEntry> list) {
        AttendanceTally tally = tallyOf(list);
        String rate = tally.ratePercent().map(r -> r.toPlainString() + "%").orElse("—");
        entries.add(new SectionEntry(LocalDate.of(year, 1, 1), messages.get("education.section.yearTitle", String.valueOf(year)),
                messages.get("education.section.yearDetail", tally.hours().toPlainString(), rate,
                        tally.expected(), tally.present(), tally.onLeave(), tally.absent())));
        List<AttendanceEntry> attended = list.stream().filter(e -> e.status() == AttendanceStatus.PRESENT).toList();
        if (!attended.isEmpty()) {
            String titles = attended.stream()
                    .map(e -> messages.get("education.section.attendedItem", e.startsAt().getMonthValue(),
                            e.startsAt().getDayOfMonth(), e.title()))
                    .collect(Collectors.joining("；"));
            entries.add(new SectionEntry(attended.get(0).startsAt().toLocalDate(),
                    messages.get("education.section.attended", attended.size()), titles));
        }
        for (AttendanceEntry e : list) {
            if (e.status() == AttendanceStatus.ON_LEAVE || e.status() == AttendanceStatus.ABSENT) {
                String detail = messages.label(e.status()) + (e.reason() == null ? "" : "（" + e.reason() + "）");
                entries.add(new SectionEntry(e.startsAt().toLocalDate(), messages.label(e.kind()) + "：" + e.title(), detail));
            }
        }
    }

    /** The year's figures from its entries (the same rows the cadre's tally query counts). */
    static AttendanceTally tallyOf(List<AttendanceEntry> year) {
        int present = 0;
        int onLeave = 0;
        int absent = 0;
        int pending = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (AttendanceEntry e : year) {
            if (e.status() == null) {
                pending++;
            } else if (e.status() == AttendanceStatus.PRESENT) {
                present++;
                hours = hours.add(e.hours());
            } else if (e.status() == AttendanceStatus.ON_LEAVE) {
                onLeave++;
            } else {
                absent++;
            }
        }
        return AttendanceTally.of(present, onLeave, absent, pending, hours);
    }
}

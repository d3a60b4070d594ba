package org.integritydesk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.SanctionKind;
import org.integritydesk.store.AssessmentInputRepository;
import org.integritydesk.store.AssessmentInputRepository.Line;

/**
 * The assessment inputs that education, commitments, talks, supervision / rectification and
 * sanctions supply ({@link AssessmentInputSource}), each read by grouped queries over the whole
 * year. The records' lines are worded in the bureau's language ({@code messages}).
 */
public final class AssessmentSources {
    private final AssessmentInputRepository repository;
    private final Messages messages;

    public AssessmentSources(AssessmentInputRepository repository, Messages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** Every source of this class, in the order the composition root adds them. */
    public List<AssessmentInputSource> all() {
        return List.of(education(), commitments(), talks(), supervision(), sanctions());
    }

    /** ATTENDANCE_RATE and EDUCATION_HOURS: the year's attendance lists (leave counts as not attended). */
    public AssessmentInputSource education() {
        return new Source(Set.of(AssessmentInput.ATTENDANCE_RATE, AssessmentInput.EDUCATION_HOURS)) {
            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                Map<UUID, BigDecimal> rates = new java.util.HashMap<>();
                Map<UUID, BigDecimal> hours = new java.util.HashMap<>();
                repository.attendance(year).forEach((cadre, a) -> {
                    if (a.rate() != null) {
                        rates.put(cadre, a.rate());
                        hours.put(cadre, a.hours());
                    }
                });
                return Map.of(AssessmentInput.ATTENDANCE_RATE, rates, AssessmentInput.EDUCATION_HOURS, hours);
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> lines = new ArrayList<>();
                for (Line l : repository.attendanceOf(year, cadreId)) {
                    String status = l.status() == null ? messages.get("assessment.record.pending")
                            : messages.label(AttendanceStatus.valueOf(l.status()));
                    lines.add(messages.get("assessment.record.attendance", l.date().toString(), l.title(),
                            messages.label(ActivityKind.valueOf(l.kind())), status, l.number().toPlainString()));
                }
                return Map.of(AssessmentInput.ATTENDANCE_RATE, lines, AssessmentInput.EDUCATION_HOURS, lines);
            }
        };
    }

    /** COMMITMENT_SIGNED: 1 for a signed commitment of the year, 0 for every other active cadre. */
    public AssessmentInputSource commitments() {
        return new Source(Set.of(AssessmentInput.COMMITMENT_SIGNED)) {
            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                return Map.of(AssessmentInput.COMMITMENT_SIGNED, repository.commitmentSigned(year));
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> lines = new ArrayList<>();
                for (Line l : repository.commitmentOf(year, cadreId)) {
                    lines.add(l.date() == null ? messages.get("assessment.record.commitmentUnsigned", year)
                            : messages.get("assessment.record.commitmentSigned", year, l.date().toString()));
                }
                if (lines.isEmpty()) {
                    lines.add(messages.get("assessment.record.commitmentNone", year));
                }
                return Map.of(AssessmentInput.COMMITMENT_SIGNED, lines);
            }
        };
    }

    /** PRE_APPOINTMENT_TALK (important positions only) and ADMONISHMENT_TALKS (how many in the year). */
    public AssessmentInputSource talks() {
        return new Source(Set.of(AssessmentInput.PRE_APPOINTMENT_TALK, AssessmentInput.ADMONISHMENT_TALKS)) {
            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                return Map.of(AssessmentInput.PRE_APPOINTMENT_TALK, repository.preAppointmentTalk(year),
                        AssessmentInput.ADMONISHMENT_TALKS, repository.admonishmentTalks(year));
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> pre = new ArrayList<>();
                for (Line l : repository.talksOf(cadreId, "PRE_APPOINTMENT", LocalDate.of(1900, 1, 1),
                        LocalDate.of(year + 1, 1, 1))) {
                    pre.add(messages.get("assessment.record.talk", l.date().toString(),
                            messages.get("enum.talkKind.PRE_APPOINTMENT"), l.title()));
                }
                List<String> admonishments = new ArrayList<>();
                for (Line l : repository.talksOf(cadreId, "ADMONISHMENT", LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 1, 1, 1))) {
                    admonishments.add(messages.get("assessment.record.talk", l.date().toString(),
                            messages.get("enum.talkKind.ADMONISHMENT"), l.title()));
                }
                return Map.of(AssessmentInput.PRE_APPOINTMENT_TALK, pre, AssessmentInput.ADMONISHMENT_TALKS,
                        admonishments);
            }
        };
    }

    /** FINDINGS_ATTRIBUTED (problems found on the year's visits) and RECTIFIED_ON_TIME_RATE (items due in the year). */
    public AssessmentInputSource supervision() {
        return new Source(Set.of(AssessmentInput.FINDINGS_ATTRIBUTED, AssessmentInput.RECTIFIED_ON_TIME_RATE)) {
            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                return Map.of(AssessmentInput.FINDINGS_ATTRIBUTED, repository.findingsAttributed(year),
                        AssessmentInput.RECTIFIED_ON_TIME_RATE, repository.rectifiedOnTimeRate(year));
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> findings = new ArrayList<>();
                for (Line l : repository.findingsOf(year, cadreId)) {
                    findings.add(messages.get("assessment.record.finding", l.date().toString(), l.status(),
                            messages.label(InspectionArea.valueOf(l.kind())), l.title() == null ? "" : l.title()));
                }
                List<String> items = new ArrayList<>();
                for (Line l : repository.rectificationsOf(year, cadreId)) {
                    items.add(messages.get("assessment.record.rectification", l.date().toString(), l.title(),
                            messages.label(RectificationStatus.valueOf(l.status())),
                            messages.get(l.number().signum() > 0 ? "assessment.record.onTime" : "assessment.record.late")));
                }
                return Map.of(AssessmentInput.FINDINGS_ATTRIBUTED, findings, AssessmentInput.RECTIFIED_ON_TIME_RATE,
                        items);
            }
        };
    }

    /** SANCTIONS: how many sanctions are dated in the year. */
    public AssessmentInputSource sanctions() {
        return new Source(Set.of(AssessmentInput.SANCTIONS)) {
            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                return Map.of(AssessmentInput.SANCTIONS, repository.sanctions(year));
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> lines = new ArrayList<>();
                for (Line l : repository.sanctionsOf(year, cadreId)) {
                    lines.add(messages.get("assessment.record.sanction", l.date().toString(),
                            messages.label(SanctionKind.valueOf(l.kind())), l.title()));
                }
                return Map.of(AssessmentInput.SANCTIONS, lines);
            }
        };
    }

    private abstract static class Source implements AssessmentInputSource {
        private final Set<AssessmentInput> supplies;

        Source(Set<AssessmentInput> supplies) {
            this.supplies = supplies;
        }

        @Override
        public Set<AssessmentInput> supplies() {
            return supplies;
        }
    }
}

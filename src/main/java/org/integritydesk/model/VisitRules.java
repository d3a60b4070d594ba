package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The checks a supervision visit must pass before it is saved. */
public final class VisitRules {
    public static final int MAX_MEMBERS = 200;
    public static final int MAX_NOTES = 1000;

    private VisitRules() {
    }

    public static List<FieldError> check(VisitDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.visitDate() == null) {
            errors.add(new FieldError("visitDate", "validation.required"));
        } else if (d.visitDate().isAfter(today)) {
            errors.add(new FieldError("visitDate", "validation.dateInFuture"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (d.unitId() == null) {
            errors.add(new FieldError("unit", "validation.required"));
        }
        if (d.group() == null) {
            errors.add(new FieldError("group", "validation.required"));
        }
        if (d.members() == null || d.members().isBlank()) {
            errors.add(new FieldError("members", "validation.required"));
        } else if (PersonName.codePointLength(d.members().strip()) > MAX_MEMBERS) {
            errors.add(new FieldError("members", "validation.tooLong", MAX_MEMBERS));
        }
        if (d.notes() != null && PersonName.codePointLength(d.notes().strip()) > MAX_NOTES) {
            errors.add(new FieldError("notes", "validation.tooLong", MAX_NOTES));
        }
        List<VisitFinding> findings = d.findings() == null ? List.of() : d.findings();
        if (findings.isEmpty()) {
            errors.add(new FieldError("findings", "validation.visit.noArea"));
        }
        Set<InspectionArea> seen = EnumSet.noneOf(InspectionArea.class);
        boolean anyProblem = false;
        for (VisitFinding f : findings) {
            String field = "findings." + f.area().name();
            if (!seen.add(f.area())) {
                errors.add(new FieldError(field, "validation.visit.areaTwice"));
                continue;
            }
            if (!f.problem()) {
                continue;
            }
            anyProblem = true;
            if (f.description() == null || f.description().isBlank()) {
                errors.add(new FieldError(field, "validation.visit.problemDescription"));
            } else if (PersonName.codePointLength(f.description().strip()) > RectificationRules.MAX_DESCRIPTION) {
                errors.add(new FieldError(field, "validation.tooLong", RectificationRules.MAX_DESCRIPTION));
            } else if (f.severity() == null) {
                errors.add(new FieldError(field, "validation.visit.problemSeverity"));
            } else if (f.measures() == null || f.measures().isBlank()) {
                errors.add(new FieldError(field, "validation.visit.problemMeasures"));
            } else if (f.deadline() == null) {
                errors.add(new FieldError(field, "validation.visit.problemDeadline"));
            } else if (d.visitDate() != null && f.deadline().isBefore(d.visitDate())) {
                errors.add(new FieldError(field, "validation.rectification.deadlineBeforeFound"));
            }
        }
        if (anyProblem && (d.responsiblePerson() == null || d.responsiblePerson().isBlank())) {
            errors.add(new FieldError("responsiblePerson", "validation.visit.responsiblePerson"));
        } else if (d.responsiblePerson() != null
                && PersonName.codePointLength(d.responsiblePerson().strip()) > RectificationRules.MAX_PERSON) {
            errors.add(new FieldError("responsiblePerson", "validation.tooLong", RectificationRules.MAX_PERSON));
        }
        return errors;
    }
}

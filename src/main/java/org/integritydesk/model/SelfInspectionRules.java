package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of a campaign and of a cadre's declaration before they are saved. */
public final class SelfInspectionRules {
    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_ITEM = 200;
    public static final int MAX_ITEMS = 30;
    public static final int MAX_EXPLANATION = 500;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** The demo campaign's checklist, from the bureau's account of its practice (seed-practices.txt). */
    public static final List<String> SEED_ITEMS = List.of("违规插手招投标", "经商办企业", "公款旅游", "以招商引资名义收受红包",
            "考察学习和政府采购中的问题");

    /** The measures a ledger item from a declaration starts with (the ledger's form changes them). */
    public static final String DEFAULT_MEASURES = "本人对照自查问题认真整改，写出书面整改报告，报纪检监察室备案";

    private SelfInspectionRules() {
    }

    /** Every broken rule of the campaign form, one per field at most; empty when it may be saved. */
    public static List<FieldError> check(CampaignDraft d) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", d.title(), MAX_TITLE, true);
        text(errors, "description", d.description(), MAX_DESCRIPTION, false);
        if (d.year() == null) {
            errors.add(new FieldError("year", "validation.required"));
        } else if (d.year() < MIN_YEAR || d.year() > MAX_YEAR) {
            errors.add(new FieldError("year", "validation.selfInspection.yearRange", MIN_YEAR, MAX_YEAR));
        }
        if (d.startsOn() == null) {
            errors.add(new FieldError("startsOn", "validation.required"));
        } else if (d.year() != null && d.startsOn().getYear() != d.year()) {
            errors.add(new FieldError("startsOn", "validation.selfInspection.startsInYear", d.year()));
        }
        if (d.endsOn() == null) {
            errors.add(new FieldError("endsOn", "validation.required"));
        } else if (d.startsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            errors.add(new FieldError("endsOn", "validation.selfInspection.endsBeforeStart"));
        }
        List<String> items = d.filledItems();
        if (items.isEmpty()) {
            errors.add(new FieldError("items", "validation.selfInspection.noItems"));
        } else if (items.size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "validation.selfInspection.tooManyItems", MAX_ITEMS));
        } else {
            Set<String> seen = new HashSet<>();
            for (String item : items) {
                if (PersonName.codePointLength(item) > MAX_ITEM) {
                    errors.add(new FieldError("items", "validation.selfInspection.itemTooLong", item, MAX_ITEM));
                    break;
                }
                if (!seen.add(item)) {
                    errors.add(new FieldError("items", "validation.selfInspection.duplicateItem", item));
                    break;
                }
            }
        }
        return errors;
    }

    /**
     * Every broken rule of a declaration: one answer per checklist item, an explanation for each 有,
     * a date within the campaign's year and not in the future.
     */
    public static List<FieldError> checkDeclaration(int itemCount, List<DeclarationAnswer> answers, LocalDate declaredOn,
            int campaignYear, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (declaredOn == null) {
            errors.add(new FieldError("declaredOn", "validation.required"));
        } else if (declaredOn.isAfter(today)) {
            errors.add(new FieldError("declaredOn", "validation.dateInFuture"));
        } else if (declaredOn.getYear() < campaignYear) {
            errors.add(new FieldError("declaredOn", "validation.selfInspection.declaredBeforeYear", campaignYear));
        }
        Set<Integer> positions = new HashSet<>();
        for (DeclarationAnswer a : answers == null ? List.<DeclarationAnswer>of() : answers) {
            if (a.position() < 1 || a.position() > itemCount || !positions.add(a.position())) {
                continue;
            }
            if (a.issue()) {
                String why = a.explanation();
                if (why == null || why.isBlank()) {
                    errors.add(new FieldError("item" + a.position(), "validation.selfInspection.explainIssue", a.position()));
                } else if (PersonName.codePointLength(why.strip()) > MAX_EXPLANATION) {
                    errors.add(new FieldError("item" + a.position(), "validation.tooLong", MAX_EXPLANATION));
                }
            } else if (a.explanation() != null && PersonName.codePointLength(a.explanation().strip()) > MAX_EXPLANATION) {
                errors.add(new FieldError("item" + a.position(), "validation.tooLong", MAX_EXPLANATION));
            }
        }
        if (positions.size() != itemCount) {
            errors.add(new FieldError("answers", "validation.selfInspection.unanswered", itemCount - positions.size()));
        }
        return errors;
    }

    /** The ledger item's description for a declared issue: campaign, item and the cadre's explanation. */
    public static String ledgerDescription(String campaignTitle, int position, String item, String explanation) {
        return "专项自查（" + campaignTitle + "）第" + position + "项「" + item + "」：" + explanation;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "validation.required"));
            }
        } else if (PersonName.codePointLength(value.strip()) > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }
}

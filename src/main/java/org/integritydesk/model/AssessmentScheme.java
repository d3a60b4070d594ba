package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A year's assessment scheme: a tree of {@link Indicator}s (held flat, each naming its parent) and
 * the grade bands. A category's maximum is the sum of its leaves; the scheme's total maximum is the
 * sum of every leaf's.
 */
public record AssessmentScheme(int year, List<Indicator> indicators, GradeBands bands, int version) {
    /** Names are printed in a table cell: a short line. */
    public static final int MAX_NAME_LENGTH = 40;
    static final BigDecimal LIMIT = new BigDecimal("1000");

    public AssessmentScheme {
        indicators = List.copyOf(indicators);
    }

    /**
     * A scheme not based on a stored one (version 0): saving it where the year already has a scheme is
     * refused. An edited scheme keeps the {@code version} of the stored one it was read from, so that a
     * save over another user's newer save is refused too (several users on a server).
     */
    public AssessmentScheme(int year, List<Indicator> indicators, GradeBands bands) {
        this(year, indicators, bands, 0);
    }

    /** This scheme as a replacement of the stored one of {@code storedVersion} (copying a year over another). */
    public AssessmentScheme replacing(int storedVersion) {
        return new AssessmentScheme(year, indicators, bands, storedVersion);
    }

    /** The indicators in tree order: each parent followed by its children, siblings by position. */
    public List<Indicator> inTreeOrder() {
        Map<UUID, List<Indicator>> children = new HashMap<>();
        for (Indicator i : indicators) {
            children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(Indicator::position)));
        List<Indicator> ordered = new ArrayList<>();
        addChildren(null, children, ordered, new HashSet<>());
        return ordered;
    }

    private static void addChildren(UUID parent, Map<UUID, List<Indicator>> children, List<Indicator> out,
            Set<UUID> seen) {
        for (Indicator i : children.getOrDefault(parent, List.of())) {
            if (seen.add(i.id())) {
                out.add(i);
                addChildren(i.id(), children, out, seen);
            }
        }
    }

    /** The leaves in tree order: the order of a result's scores. */
    public List<Indicator> leaves() {
        return inTreeOrder().stream().filter(Indicator::isLeaf).toList();
    }

    /** 0 for a top-level indicator, 1 for its children... */
    public int depth(Indicator indicator) {
        int depth = 0;
        UUID parent = indicator.parentId();
        Map<UUID, Indicator> byId = byId();
        while (parent != null && depth < indicators.size()) {
            depth++;
            Indicator p = byId.get(parent);
            parent = p == null ? null : p.parentId();
        }
        return depth;
    }

    /** A leaf's own maximum; a category's: the sum of the leaves below it. */
    public BigDecimal maxOf(Indicator indicator) {
        if (indicator.isLeaf()) {
            return indicator.maxScore();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator child : indicators) {
            if (indicator.id().equals(child.parentId())) {
                sum = sum.add(maxOf(child));
            }
        }
        return sum;
    }

    public BigDecimal maxTotal() {
        return leaves().stream().map(Indicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<UUID, Indicator> byId() {
        Map<UUID, Indicator> map = new HashMap<>();
        indicators.forEach(i -> map.put(i.id(), i));
        return map;
    }

    /**
     * The scheme's rules: at least one leaf; names present and short; parents exist and are
     * categories; a leaf's maximum above 0, its rule set and a positive parameter where the rule takes
     * one; bands ordered within the total.
     */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Indicator> byId = byId();
        if (leaves().isEmpty()) {
            errors.add(new FieldError("indicators", "validation.assessment.noIndicators"));
        }
        if (inTreeOrder().size() != indicators.size()) {
            errors.add(new FieldError("indicators", "validation.assessment.badTree"));
        }
        for (Indicator i : indicators) {
            String name = i.name() == null ? "" : i.name().strip();
            if (name.isEmpty()) {
                errors.add(new FieldError("name", "validation.assessment.nameMissing"));
            } else if (PersonName.codePointLength(name) > MAX_NAME_LENGTH) {
                errors.add(new FieldError("name", "validation.assessment.nameTooLong", name, MAX_NAME_LENGTH));
            }
            if (i.parentId() != null) {
                Indicator parent = byId.get(i.parentId());
                if (parent == null || parent.isLeaf()) {
                    errors.add(new FieldError("parent", "validation.assessment.parentNotCategory", name));
                }
            }
            if (i.isLeaf()) {
                if (i.maxScore() == null || i.maxScore().signum() <= 0 || i.maxScore().compareTo(LIMIT) > 0) {
                    errors.add(new FieldError("maxScore", "validation.assessment.maxScore", name));
                }
                if (i.rule() == null) {
                    errors.add(new FieldError("rule", "validation.assessment.ruleMissing", name));
                } else if (i.rule().hasParameter()
                        && (i.parameter() == null || i.parameter().signum() <= 0 || i.parameter().compareTo(LIMIT) > 0)) {
                    errors.add(new FieldError("parameter", "validation.assessment.parameter", name));
                }
            }
        }
        if (bands == null) {
            errors.add(new FieldError("bands", "validation.assessment.bandsMissing"));
        } else {
            errors.addAll(bands.check(maxTotal()));
        }
        return errors;
    }

    /** The same scheme for {@code newYear} with new ids (copying last year's scheme into a new year). */
    public AssessmentScheme copyTo(int newYear) {
        Map<UUID, UUID> ids = new HashMap<>();
        indicators.forEach(i -> ids.put(i.id(), UUID.randomUUID()));
        List<Indicator> copied = indicators.stream()
                .map(i -> i.withIds(ids.get(i.id()), i.parentId() == null ? null : ids.get(i.parentId()))).toList();
        return new AssessmentScheme(newYear, copied, bands);
    }
}

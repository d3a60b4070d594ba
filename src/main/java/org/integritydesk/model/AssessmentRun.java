package org.integritydesk.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's computation as stored: when, by whom, the bands used and the scheme as it was (every
 * indicator in tree order, categories with their summed maximum). The results' values and scores
 * follow the order of its leaves.
 */
public record AssessmentRun(int year, Instant computedAt, String computedBy, GradeBands bands, int cadreCount,
        List<Item> indicators) {
    public AssessmentRun {
        indicators = List.copyOf(indicators);
    }

    /** One indicator of the run: depth 0 at the top; a category has no rule and no input. */
    public record Item(int depth, String name, BigDecimal maxScore, ScoringRule rule, BigDecimal parameter,
            AssessmentInput input) {
        public boolean isLeaf() {
            return input != null;
        }
    }

    public List<Item> leaves() {
        return indicators.stream().filter(Item::isLeaf).toList();
    }
}

package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One indicator of an assessment scheme. A category (一级指标) has no input and no rule: its maximum
 * is the sum of its children's. A leaf names the {@link AssessmentInput} it scores, its maximum and
 * its {@link ScoringRule} with the rule's parameter (null for {@link ScoringRule#FULL_IF_PRESENT}).
 *
 * @param parentId null for a top-level indicator
 * @param position order among its siblings, from 0
 */
public record Indicator(UUID id, UUID parentId, int position, String name, BigDecimal maxScore, ScoringRule rule,
        BigDecimal parameter, AssessmentInput input) {

    public boolean isLeaf() {
        return input != null;
    }

    public static Indicator category(UUID id, int position, String name) {
        return new Indicator(id, null, position, name, null, null, null, null);
    }

    public static Indicator leaf(UUID id, UUID parentId, int position, String name, String max, ScoringRule rule,
            String parameter, AssessmentInput input) {
        return new Indicator(id, parentId, position, name, new BigDecimal(max), rule,
                parameter == null ? null : new BigDecimal(parameter), input);
    }

    public Indicator withIds(UUID newId, UUID newParentId) {
        return new Indicator(newId, newParentId, position, name, maxScore, rule, parameter, input);
    }
}

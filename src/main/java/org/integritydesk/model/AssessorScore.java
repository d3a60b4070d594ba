package org.integritydesk.model;

import java.math.BigDecimal;

/** One member of the assessment group and the total they gave (考核组评分). */
public record AssessorScore(String assessor, BigDecimal score) {
}

package org.integritydesk.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lower bounds of the grades, editable per year: a total at or above {@code excellent} is 优秀,
 * at or above {@code competent} 称职, at or above {@code basic} 基本称职, else 不称职. Any sanction
 * in the year caps the grade at 基本称职 (DOMAIN.md "Assessment").
 */
public record GradeBands(BigDecimal excellent, BigDecimal competent, BigDecimal basic) {
    public static final GradeBands DEFAULT = new GradeBands(new BigDecimal("90"), new BigDecimal("75"),
            new BigDecimal("60"));

    /** Bounds have one decimal, as stored. */
    public GradeBands {
        excellent = oneDecimal(excellent);
        competent = oneDecimal(competent);
        basic = oneDecimal(basic);
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public Grade grade(BigDecimal total, boolean sanctioned) {
        Grade byScore;
        if (total.compareTo(excellent) >= 0) {
            byScore = Grade.EXCELLENT;
        } else if (total.compareTo(competent) >= 0) {
            byScore = Grade.COMPETENT;
        } else if (total.compareTo(basic) >= 0) {
            byScore = Grade.BASICALLY_COMPETENT;
        } else {
            byScore = Grade.INCOMPETENT;
        }
        if (sanctioned && byScore.ordinal() < Grade.BASICALLY_COMPETENT.ordinal()) {
            return Grade.BASICALLY_COMPETENT;
        }
        return byScore;
    }

    /** Each bound between 0 and {@code maxTotal}, strictly descending. */
    public List<FieldError> check(BigDecimal maxTotal) {
        List<FieldError> errors = new ArrayList<>();
        if (excellent == null || competent == null || basic == null) {
            errors.add(new FieldError("bands", "validation.assessment.bandsMissing"));
            return errors;
        }
        if (basic.signum() < 0 || excellent.compareTo(maxTotal) > 0) {
            errors.add(new FieldError("bands", "validation.assessment.bandsRange"));
        }
        if (excellent.compareTo(competent) <= 0 || competent.compareTo(basic) <= 0) {
            errors.add(new FieldError("bands", "validation.assessment.bandsOrder"));
        }
        return errors;
    }
}

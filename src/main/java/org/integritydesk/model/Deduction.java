package org.integritydesk.model;

import java.math.BigDecimal;

/** Points taken off the total, with why (扣分说明). */
public record Deduction(BigDecimal points, String note) {
}

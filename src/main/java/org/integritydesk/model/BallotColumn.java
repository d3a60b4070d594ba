package org.integritydesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a file of ballot totals (述职述廉测评票数): who the row is about (姓名 and/or 身份证号)
 * and the counts of {@link BallotTally}, with the header names such files use for them.
 */
public enum BallotColumn implements Labelled {
    NAME(null, "姓名", "述职人", "述职人姓名", "被测评人", "干部姓名", "name"),
    ID_NUMBER(null, "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "id number"),
    ISSUED(BallotField.ISSUED, "发出票数", "发出票", "发放票数", "发放票", "发出", "发放", "发票数", "issued"),
    RETURNED(BallotField.RETURNED, "收回票数", "收回票", "回收票数", "回收票", "收回", "回收", "returned"),
    VOIDED(BallotField.VOIDED, "无效票", "无效票数", "废票", "废票数", "无效", "void"),
    SATISFIED(BallotField.SATISFIED, "满意", "满意票", "满意票数", "satisfied"),
    FAIRLY_SATISFIED(BallotField.FAIRLY_SATISFIED, "比较满意", "比较满意票", "比较满意票数", "fairly satisfied"),
    BASICALLY_SATISFIED(BallotField.BASICALLY_SATISFIED, "基本满意", "基本满意票", "基本满意票数", "basically satisfied"),
    LESS_SATISFIED(BallotField.LESS_SATISFIED, "不太满意", "不太满意票", "不太满意票数", "less satisfied"),
    UNSATISFIED(BallotField.UNSATISFIED, "不满意", "不满意票", "不满意票数", "unsatisfied"),
    ABSTAINED(BallotField.ABSTAINED, "弃权", "弃权票", "弃权票数", "abstained");

    private final BallotField field;
    private final List<String> headers;

    BallotColumn(BallotField field, String... headers) {
        this.field = field;
        this.headers = List.of(headers);
    }

    /** The count this column holds; null for 姓名 and 身份证号. */
    public BallotField field() {
        return field;
    }

    public List<String> headers() {
        return headers;
    }

    /**
     * Whether every row needs this column: 发出票, 收回票 and each box the session's ballot has; 姓名 or
     * 身份证号 is needed too, either will do ({@link BallotMapping#missingRequired}). 无效票 and 弃权 may be
     * left out (0).
     */
    public boolean required() {
        return field != null && field != BallotField.VOIDED && field != BallotField.ABSTAINED;
    }

    /** Every header name of every column, to find a file's header row by. */
    public static java.util.Set<String> allHeaders() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (BallotColumn c : values()) {
            names.addAll(c.headers);
        }
        return names;
    }

    /** The columns a file for a session of this formula may have, in the order the window lists them. */
    public static List<BallotColumn> of(SatisfactionFormula formula) {
        List<BallotColumn> columns = new ArrayList<>();
        for (BallotColumn c : values()) {
            if (c.field == null || c.field.usedBy(formula)) {
                columns.add(c);
            }
        }
        return columns;
    }

    @Override
    public String messageKey() {
        return "enum.ballotColumn." + name();
    }
}

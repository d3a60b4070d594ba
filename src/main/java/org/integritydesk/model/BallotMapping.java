package org.integritydesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file of ballot totals feeds which {@link BallotColumn}: suggested from the header
 * row for the session's ballot, changeable by the user. A column feeds one field at most.
 */
public record BallotMapping(Map<BallotColumn, Integer> columns) {
    public BallotMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(BallotColumn.class) : new EnumMap<>(columns));
    }

    /** The columns the header names suggest, among those the session's ballot has. */
    public static BallotMapping suggest(List<String> headers, SatisfactionFormula formula) {
        return new BallotMapping(HeaderMatch.suggest(headers, BallotColumn.of(formula), BallotColumn::headers));
    }

    public Optional<Integer> columnOf(BallotColumn field) {
        return Optional.ofNullable(columns.get(field));
    }

    public Optional<BallotColumn> fieldAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    /** This mapping with {@code column} feeding {@code field} (null: feeding nothing). */
    public BallotMapping with(int column, BallotColumn field) {
        Map<BallotColumn, Integer> changed = new EnumMap<>(BallotColumn.class);
        changed.putAll(columns);
        changed.values().removeIf(c -> c == column);
        if (field != null) {
            changed.put(field, column);
        }
        return new BallotMapping(changed);
    }

    /**
     * The columns still needed before a row can be read: 姓名 when neither it nor 身份证号 is mapped,
     * then 发出票, 收回票 and every box of the session's ballot.
     */
    public List<BallotColumn> missingRequired(SatisfactionFormula formula) {
        List<BallotColumn> missing = new ArrayList<>();
        if (!columns.containsKey(BallotColumn.NAME) && !columns.containsKey(BallotColumn.ID_NUMBER)) {
            missing.add(BallotColumn.NAME);
        }
        for (BallotColumn c : BallotColumn.of(formula)) {
            if (c.required() && !columns.containsKey(c)) {
                missing.add(c);
            }
        }
        return missing;
    }
}

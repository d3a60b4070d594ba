package org.integritydesk.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The paper ballots of one session about one reporting cadre, as counted: issued (发出), returned (收回),
 * void (废票: the whole ballot unreadable or not the session's form) and the valid ballots by choice.
 *
 * @param reportingCadreId the session's reporting cadre the counts are about
 */
public record BallotTally(UUID reportingCadreId, int issued, int returned, int voided, int satisfied,
        int fairlySatisfied, int basicallySatisfied, int lessSatisfied, int unsatisfied, int abstained) {

    /** A tally of the default formula's three boxes. */
    public static BallotTally of(UUID reportingCadreId, int issued, int returned, int voided, int satisfied,
            int basicallySatisfied, int unsatisfied, int abstained) {
        return new BallotTally(reportingCadreId, issued, returned, voided, satisfied, 0, basicallySatisfied, 0,
                unsatisfied, abstained);
    }

    public int count(BallotChoice choice) {
        return switch (choice) {
            case SATISFIED -> satisfied;
            case FAIRLY_SATISFIED -> fairlySatisfied;
            case BASICALLY_SATISFIED -> basicallySatisfied;
            case LESS_SATISFIED -> lessSatisfied;
            case UNSATISFIED -> unsatisfied;
            case ABSTAIN -> abstained;
        };
    }

    /** 有效票: every valid ballot for the cadre, abstentions included. */
    public int valid() {
        return satisfied + fairlySatisfied + basicallySatisfied + lessSatisfied + unsatisfied + abstained;
    }

    /** The numbers by field name, for comparing two entries and for the audit trail. */
    public Map<BallotField, Integer> fields() {
        Map<BallotField, Integer> map = new EnumMap<>(BallotField.class);
        for (BallotField f : BallotField.values()) {
            map.put(f, f.of(this));
        }
        return map;
    }

    /** The same counts with one field changed (the entry grid edits one cell at a time). */
    public BallotTally with(BallotField field, int value) {
        Map<BallotField, Integer> m = fields();
        m.put(field, value);
        return new BallotTally(reportingCadreId, m.get(BallotField.ISSUED), m.get(BallotField.RETURNED),
                m.get(BallotField.VOIDED), m.get(BallotField.SATISFIED), m.get(BallotField.FAIRLY_SATISFIED),
                m.get(BallotField.BASICALLY_SATISFIED), m.get(BallotField.LESS_SATISFIED),
                m.get(BallotField.UNSATISFIED), m.get(BallotField.ABSTAINED));
    }

    /** An empty tally for a cadre (every count 0). */
    public static BallotTally empty(UUID reportingCadreId) {
        return new BallotTally(reportingCadreId, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}

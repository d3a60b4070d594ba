package org.integritydesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Entry ballot by ballot: one typed line per returned paper ballot, one character per reporting cadre in
 * the ballot's column order: the box's number (1 = the first box of the formula's ballot, 满意), 0 for a
 * cadre left unmarked or marked twice (弃权), or a line of just {@code X} (or 废) for a void ballot.
 * Spaces are ignored. {@link #totals} turns the lines into one tally per cadre.
 */
public final class BallotSheet {
    private BallotSheet() {
    }

    /** One paper ballot: void, or one choice per cadre. */
    public record Ballot(boolean isVoid, List<BallotChoice> choices) {
        public Ballot {
            choices = List.copyOf(choices);
        }
    }

    /** Reads one line; a line that is not a ballot is refused with a field error naming its number. */
    public static Ballot parse(int lineNumber, String line, SatisfactionFormula formula, int cadres,
            List<FieldError> errors) {
        String text = line == null ? "" : line.replace(" ", "").replace("\u3000", "").strip();
        if (text.equalsIgnoreCase("X") || text.equals("废")) {
            return new Ballot(true, List.of());
        }
        if (text.codePointCount(0, text.length()) != cadres) {
            errors.add(new FieldError("ballots", "validation.ballot.lineLength", lineNumber, cadres,
                    text.codePointCount(0, text.length())));
            return null;
        }
        List<BallotChoice> choices = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int n = c - '0';
            if (n == 0) {
                choices.add(BallotChoice.ABSTAIN);
            } else if (n >= 1 && n <= formula.choices().size()) {
                choices.add(formula.choices().get(n - 1));
            } else {
                errors.add(new FieldError("ballots", "validation.ballot.lineCode", lineNumber, i + 1,
                        String.valueOf(c), formula.choices().size()));
                return null;
            }
        }
        return new Ballot(false, choices);
    }

    /**
     * The tallies of the typed lines: every cadre's returned count is the number of lines, void the
     * number of void lines. Empty lines are skipped.
     *
     * @param reportingCadreIds the cadres in ballot column order
     * @param errors            receives one error per bad line; no tallies are returned when any
     */
    public static List<BallotTally> totals(int issued, List<String> lines, List<UUID> reportingCadreIds,
            SatisfactionFormula formula, List<FieldError> errors) {
        List<Ballot> ballots = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            number++;
            Ballot b = parse(number, line, formula, reportingCadreIds.size(), errors);
            if (b != null) {
                ballots.add(b);
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<BallotTally> tallies = new ArrayList<>();
        for (int i = 0; i < reportingCadreIds.size(); i++) {
            int[] counts = new int[BallotChoice.values().length];
            int voided = 0;
            for (Ballot b : ballots) {
                if (b.isVoid()) {
                    voided++;
                } else {
                    counts[b.choices().get(i).ordinal()]++;
                }
            }
            tallies.add(new BallotTally(reportingCadreIds.get(i), issued, ballots.size(), voided,
                    counts[BallotChoice.SATISFIED.ordinal()], counts[BallotChoice.FAIRLY_SATISFIED.ordinal()],
                    counts[BallotChoice.BASICALLY_SATISFIED.ordinal()], counts[BallotChoice.LESS_SATISFIED.ordinal()],
                    counts[BallotChoice.UNSATISFIED.ordinal()], counts[BallotChoice.ABSTAIN.ordinal()]));
        }
        return tallies;
    }
}

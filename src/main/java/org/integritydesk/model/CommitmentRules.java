package org.integritydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the yearly commitments: one per cadre per year (the database holds it too), made
 * for the active cadres of a unit, and signed on a real day of that year or the December before.
 */
public final class CommitmentRules {
    public static final int EARLIEST_YEAR = 2000;
    public static final int MAX_NOTES = 1000;

    private CommitmentRules() {
    }

    /** The problem with a year to make commitments for, or null: from 2000 to next year. */
    public static FieldError checkYear(Integer year, LocalDate today) {
        if (year == null) {
            return new FieldError("year", "validation.required");
        }
        if (year < EARLIEST_YEAR || year > today.getYear() + 1) {
            return new FieldError("year", "validation.commitment.year", EARLIEST_YEAR, today.getYear() + 1);
        }
        return null;
    }

    /** Broken rules of the signing date and notes of a commitment of {@code year}. */
    public static List<FieldError> checkSigning(int year, LocalDate signedOn, String notes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (signedOn != null) {
            if (signedOn.isAfter(today)) {
                errors.add(new FieldError("signedOn", "validation.dateInFuture"));
            } else if (signedOn.isBefore(LocalDate.of(year - 1, 12, 1)) || signedOn.getYear() > year) {
                errors.add(new FieldError("signedOn", "validation.commitment.signedOutsideYear", year));
            }
        }
        if (notes != null && PersonName.codePointLength(notes.strip()) > MAX_NOTES) {
            errors.add(new FieldError("notes", "validation.tooLong", MAX_NOTES));
        }
        return errors;
    }

    /**
     * Who still needs a commitment of the year: the active cadres among {@code cadres} that have
     * none yet ({@code alreadyHave}), in the order given. Generating again only adds these.
     */
    public static List<CadreSummary> toGenerate(Collection<CadreSummary> cadres, Set<UUID> alreadyHave) {
        return cadres.stream()
                .filter(c -> c.deletedAt() == null && c.status() == CadreStatus.ACTIVE)
                .filter(c -> !alreadyHave.contains(c.id()))
                .toList();
    }
}

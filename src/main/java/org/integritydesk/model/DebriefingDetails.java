package org.integritydesk.model;

import java.util.List;

/** Everything about one session that its tab shows: the lists, the entries and each cadre's result. */
public record DebriefingDetails(DebriefingSession session, List<ReportingCadre> cadres,
        List<Representative> representatives, List<TallyEntry> entries, List<CadreBallotResult> results,
        List<DebriefingComment> comments) {
    public DebriefingDetails {
        cadres = List.copyOf(cadres);
        representatives = List.copyOf(representatives);
        entries = List.copyOf(entries);
        results = List.copyOf(results);
        comments = List.copyOf(comments);
    }

    /** Whether every reporting cadre's result is final (single entry, two agreeing entries, or a ruling). */
    public boolean isFinal() {
        return DebriefingResults.isFinal(results);
    }

    /** Who entered the round, or null when nobody has. */
    public String enteredBy(EntryRound round) {
        return entries.stream().filter(e -> e.round() == round).map(TallyEntry::enteredBy).findFirst().orElse(null);
    }
}

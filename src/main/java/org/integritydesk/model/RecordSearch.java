package org.integritydesk.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Search-as-you-type over the talk and commitment lists, as the cadre list does it: the query is
 * split at spaces, and a row matches when every term is found (ignoring case) in one of its texts
 * (the cadre's name and pinyin initials, the unit, the talker, the content...).
 */
public final class RecordSearch {
    private final List<String> terms;

    public RecordSearch(String query) {
        this.terms = query == null ? List.of()
                : Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public boolean matches(String... texts) {
        List<String> lowered = Arrays.stream(texts).filter(Objects::nonNull).map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return terms.stream().allMatch(term -> lowered.stream().anyMatch(text -> text.contains(term)));
    }

    public boolean matches(TalkSummary t) {
        return matches(t.cadreName(), t.cadreInitials(), t.unitName(), t.talkerName(), t.recorderName(), t.content());
    }

    public boolean matches(CommitmentSummary m) {
        return matches(m.cadreName(), m.cadreInitials(), m.unitName(), m.position(), m.notes());
    }
}

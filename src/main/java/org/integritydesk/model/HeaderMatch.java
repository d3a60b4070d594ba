package org.integritydesk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which column a header row offers for each field, by the names a field is known by: the roster's
 * {@link ImportMapping} and the ballot totals' {@link BallotMapping} suggest their columns this way.
 */
public final class HeaderMatch {
    private HeaderMatch() {
    }

    /**
     * A header equal to one of a field's names (spaces, full-width forms and a trailing "(…)" note
     * ignored) first, then a header containing one (the longest name wins). The first column wins a
     * field two columns suggest; each column feeds one field at most.
     */
    public static <F> Map<F, Integer> suggest(List<String> headers, List<F> fields, Function<F, List<String>> namesOf) {
        Map<F, Integer> chosen = new LinkedHashMap<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = ImportMapping.normalise(headers.get(c));
            F exact = null;
            for (F field : fields) {
                if (!chosen.containsKey(field)
                        && namesOf.apply(field).stream().anyMatch(h -> ImportMapping.normalise(h).equals(header))) {
                    exact = field;
                    break;
                }
            }
            if (exact != null && !header.isEmpty()) {
                chosen.put(exact, c);
            } else {
                unmatched.add(c);
            }
        }
        for (int c : unmatched) {
            String header = ImportMapping.normalise(headers.get(c));
            if (header.isEmpty()) {
                continue;
            }
            F best = null;
            int bestLength = 0;
            for (F field : fields) {
                if (chosen.containsKey(field)) {
                    continue;
                }
                for (String name : namesOf.apply(field)) {
                    String n = ImportMapping.normalise(name);
                    if (n.length() >= 2 && header.contains(n) && n.length() > bestLength) {
                        best = field;
                        bestLength = n.length();
                    }
                }
            }
            if (best != null) {
                chosen.put(best, c);
            }
        }
        return chosen;
    }
}

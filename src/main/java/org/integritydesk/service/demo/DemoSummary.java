package org.integritydesk.service.demo;

import java.util.List;

/**
 * What a demo run stored.
 *
 * @param units units it created, the county bureau included when it set the database up
 * @param cadres cadres it created
 * @param familyEntries family-business rows it created
 * @param features one line per {@link DemoExtension} on what it added
 */
public record DemoSummary(int units, int cadres, int familyEntries, List<Feature> features) {
    /** What one extension added, as a message key of the app's bundle and its arguments. */
    public record Feature(String messageKey, List<Object> args) {
        public Feature(String messageKey, Object... args) {
            this(messageKey, List.of(args));
        }
    }

    public DemoSummary {
        features = List.copyOf(features);
    }

    public DemoSummary(int units, int cadres, int familyEntries) {
        this(units, cadres, familyEntries, List.of());
    }
}

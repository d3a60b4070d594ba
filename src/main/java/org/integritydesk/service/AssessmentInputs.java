package org.integritydesk.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sources of the assessment's inputs, one per feature area, added by the composition root. */
public final class AssessmentInputs {
    private final List<AssessmentInputSource> sources = new CopyOnWriteArrayList<>();

    public void add(AssessmentInputSource source) {
        sources.add(source);
    }

    public List<AssessmentInputSource> sources() {
        return List.copyOf(sources);
    }
}

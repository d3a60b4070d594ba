package org.integritydesk.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.SectionEntry;

/**
 * The feature areas that fill the later sections of a cadre's clean-government file (talks,
 * commitments, education...). The composition root makes one, hands it to {@link CadreService}
 * and adds each feature's source as it builds that feature, so the cadre service need not know
 * the features that come after it.
 */
public final class FileSections {
    /** One feature's part of the file; called inside the transaction that reads the file. */
    public interface Source {
        FileSection section();

        /** The cadre's entries of this section, oldest first; empty when there are none. */
        List<SectionEntry> entries(UUID cadreId);
    }

    private final List<Source> sources = new CopyOnWriteArrayList<>();

    public void add(Source source) {
        sources.add(source);
    }

    Map<FileSection, List<SectionEntry>> entriesFor(UUID cadreId) {
        Map<FileSection, List<SectionEntry>> entries = new EnumMap<>(FileSection.class);
        for (Source source : sources) {
            List<SectionEntry> found = source.entries(cadreId);
            if (!found.isEmpty()) {
                entries.merge(source.section(), List.copyOf(found),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        return entries;
    }
}

package org.integritydesk.ui.talk;

import java.util.List;
import java.util.UUID;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.TalkKind;

/** The windows the talk tab opens; the composition root decides how they are built. */
public interface TalkDialogs {
    /**
     * Opens the form: for a new talk when {@code talkId} is null (with {@code cadre} and {@code kind}
     * filled in when given), else for editing the stored talk.
     */
    void openForm(UUID talkId, CadreSummary cadre, TalkKind kind, Runnable onSaved);

    void previewTalks(List<UUID> talkIds);
}

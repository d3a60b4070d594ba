package org.integritydesk.ui.commitment;

import java.util.List;
import java.util.UUID;
import org.integritydesk.model.CommitmentSummary;

/** The windows the commitment tab opens; the composition root decides how they are built. */
public interface CommitmentDialogs {
    void openSigningForm(CommitmentSummary commitment, Runnable onSaved);

    void previewCommitments(List<UUID> commitmentIds);
}

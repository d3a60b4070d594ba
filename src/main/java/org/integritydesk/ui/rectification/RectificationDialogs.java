package org.integritydesk.ui.rectification;

import java.util.function.Consumer;
import org.integritydesk.model.Rectification;

/** Opens the ledger item form as a window of its own. */
public interface RectificationDialogs {
    /** Opens the form for a new item ({@code editing} null) or to edit one; {@code onSaved} hears of the save. */
    void openForm(Rectification editing, Consumer<Rectification> onSaved);
}

package org.integritydesk.ui.cadre;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.integritydesk.model.Cadre;

/** The windows the cadre tab opens; the composition root decides how they are built. */
public interface CadreDialogs {
    /** Opens the add form ({@code cadreId} null) or the edit form of a stored cadre. */
    void openForm(UUID cadreId, Consumer<Cadre> onSaved);

    void openRecycleBin(Runnable onRestored);

    void previewCadreFile(UUID cadreId);

    void previewCadreFiles(List<UUID> unitIds);

    /** Opens 导入干部名册; {@code onImported} runs after an import changed the database. */
    default void openRosterImport(Runnable onImported) {
    }
}

package org.integritydesk.service;

import java.nio.file.Path;
import java.util.Set;

/**
 * A filled printout, ready to preview, save or print. Every method may take a while: call them
 * off the JavaFX thread.
 */
public interface PrintableDocument {
    int pageCount();

    /** One page as a PNG image, {@code zoom} 1.0 being 72 dots per inch. */
    byte[] pagePng(int pageIndex, float zoom);

    /** Writes the PDF to a temporary file beside {@code target} and renames it into place. */
    void savePdf(Path target);

    /** Sends the document to a printer, asking which one when {@code showDialog}. */
    void print(boolean showDialog);

    /** Characters of names that no bundled font can draw; they print as a visible placeholder. */
    Set<String> charactersWithoutGlyph();
}

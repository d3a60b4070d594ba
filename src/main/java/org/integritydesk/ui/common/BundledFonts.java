package org.integritydesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the Chinese UI font shipped in the jar, so every PC (and every headless test) renders
 * the same glyphs whatever fonts Windows or Linux has. Must be called after the toolkit started
 * and before the first scene is shown; it reads a file, so not on the JavaFX thread.
 */
public final class BundledFonts {
    public static final String UI_FONT = "/fonts/NotoSansSC-Regular.ttf";

    private BundledFonts() {
    }

    /** The loaded family name, or null when the font is missing (system fonts are then used). */
    public static String loadUiFont() {
        try (InputStream in = BundledFonts.class.getResourceAsStream(UI_FONT)) {
            if (in == null) {
                return null;
            }
            Font font = Font.loadFont(in, 13);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            return null;
        }
    }
}

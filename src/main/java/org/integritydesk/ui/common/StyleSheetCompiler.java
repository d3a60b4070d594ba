package org.integritydesk.ui.common;

import java.io.File;
import java.io.IOException;
import javafx.css.CssParser;
import javafx.css.Stylesheet;

/**
 * Build step (Maven, process-classes): writes the binary form ({@code .bss}) of the app's style
 * sheet beside the copied {@code .css}. JavaFX 21 looks for {@code app.bss} first when a scene asks
 * for {@code app.css} and reads it instead of parsing the text on the JavaFX thread while the first
 * window is shown (docs/performance.md: start-up). The {@code .css} stays for reading and as
 * JavaFX's fallback. Fails the build on any parse error, so a style sheet with a typo cannot ship.
 *
 * <p>Usage: {@code StyleSheetCompiler CSS_FILE...} (each compiled to the same name with {@code .bss}).
 */
public final class StyleSheetCompiler {
    private StyleSheetCompiler() {
    }

    public static void main(String[] args) throws IOException {
        for (String name : args) {
            File css = new File(name);
            File bss = new File(name.replaceFirst("\\.css$", ".bss"));
            CssParser.errorsProperty().clear();
            Stylesheet.convertToBinary(css, bss);
            if (!CssParser.errorsProperty().isEmpty()) {
                bss.delete();
                throw new IllegalStateException("style sheet " + css + ": " + CssParser.errorsProperty());
            }
            System.out.println("StyleSheetCompiler: " + bss);
        }
    }
}

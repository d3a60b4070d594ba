package org.integritydesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.integritydesk.model.SheetData;

/**
 * What one kind of spreadsheet import (roster, attendance, ballot totals) tells the shared import window
 * ({@link SheetImportViewModel}): how its file is read, which columns it maps, and its preview and
 * import in the user's words. Every method but the texts runs off the JavaFX thread.
 *
 * @param <F> the fields a column can feed; none when the import finds its columns by itself
 */
public interface SheetImport<F> {

    /** One row as the preview and the result show it. */
    record Line(int rowNumber, String name, String idNumber, String detail, String outcome, String problems,
            boolean rejected) {
    }

    /**
     * A preview: every row, a one-line summary, the question asked before importing the valid rows, and
     * how many rows would change something.
     */
    record Checked(List<Line> lines, String summary, String confirm, long changing) {
        public Checked {
            lines = List.copyOf(lines);
        }

        public long rejected() {
            return lines.stream().filter(Line::rejected).count();
        }
    }

    /** What importing did: its text, the rejected rows, whether anything was saved. */
    record Done(String text, List<Line> rejected, boolean changed) {
        public Done {
            rejected = List.copyOf(rejected);
        }
    }

    /** The window's title (导入测评票数 …). */
    String title();

    /** A line under the file field saying what the file should hold. */
    String hint();

    /** The header of the table's column that shows what a row records. */
    String detailHeader();

    SheetData read(Path file);

    /** The fields a column can feed, in the order the choice lists show them; empty: no mapping step. */
    List<F> fields();

    /** The columns suggested for the file (its header names). */
    Map<F, Integer> suggest(SheetData sheet);

    /** The needed fields no column feeds yet. */
    List<F> missing(Map<F, Integer> mapping);

    /** A field's name in the choice list (needed ones marked). */
    String label(F field);

    /** Checks every row, changing nothing; a long check tells its progress and stops when cancelled. */
    Checked check(SheetData sheet, Map<F, Integer> mapping, TaskRunner.WorkContext context);

    /** Imports the valid rows (or nothing when {@code allOrNothing} and a row is rejected); a cancel changes nothing. */
    Done apply(SheetData sheet, Map<F, Integer> mapping, boolean allOrNothing, TaskRunner.WorkContext context);
}

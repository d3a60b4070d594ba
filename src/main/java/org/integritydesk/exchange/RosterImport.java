package org.integritydesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.RowProblem;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService;
import org.integritydesk.service.CadreRosterService.Preview;
import org.integritydesk.service.CadreRosterService.Result;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProgressListener;

/**
 * A cadre roster from a spreadsheet file into the database: read it, map its columns (the
 * remembered mapping, else one suggested by the header names), preview, import, and save the
 * rejected rows with their reasons. The window and the command line both go through here.
 */
public final class RosterImport {
    private final CadreRosterService roster;

    public RosterImport(CadreRosterService roster) {
        this.roster = roster;
    }

    /** Reads the file; slow for a big file, call it off the JavaFX thread. */
    public static SheetData readFile(Path file) {
        return new SheetReader().read(file, java.util.Set.of());
    }

    /**
     * Reads a file whose header row may be known only by other names than a roster's (a file of ballot
     * totals: 姓名, 发出票数, 收回票数 …). Slow for a big file: call it off the JavaFX thread.
     */
    public static SheetData readFile(Path file, java.util.Set<String> knownHeaders) {
        return new SheetReader().read(file, knownHeaders);
    }

    /**
     * Reads the file; the header row may be one whose names only the remembered mapping knows.
     * Slow for a big file: call it off the JavaFX thread.
     */
    public SheetData read(Path file) {
        return new SheetReader().read(file, java.util.Set.copyOf(roster.rememberedHeaders().values()));
    }

    /** The remembered mapping where the file has the remembered headers, else the suggestion. */
    public ImportMapping mappingFor(SheetData sheet) {
        return ImportMapping.remembered(sheet.headers(), roster.rememberedHeaders());
    }

    public Preview preview(SheetData sheet, ImportMapping mapping, ProgressListener progress, BooleanSupplier cancelled) {
        return roster.preview(sheet, mapping, progress, cancelled);
    }

    public Result importRows(SheetData sheet, ImportMapping mapping, boolean allOrNothing, ProgressListener progress,
            BooleanSupplier cancelled) {
        return roster.importRows(sheet, mapping, allOrNothing, progress, cancelled);
    }

    /** A row's problems in words, one after the other: "身份证号：校验码不正确；单位：…". */
    public static String reasons(RowPlan row, Messages messages) {
        return reasons(row.problems(), messages);
    }

    /** Problems in words, one after the other. */
    public static String reasons(List<RowProblem> problems, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (RowProblem problem : problems) {
            String text = messages.of(problem.error());
            parts.add(problem.field() == null ? text : messages.label(problem.field()) + "：" + text);
        }
        return String.join("；", parts);
    }

    /** A rejected row of any import: its number in the file and the reasons in words. */
    public record Rejected(int rowNumber, String reason) {
    }

    /**
     * The rejected rows as a workbook: the row number in the file, the reason, then the file's own
     * columns as read, so the clerk can correct them there and import the file again.
     */
    public static void writeRejected(SheetData sheet, List<RowPlan> rejected, Messages messages, Path target) {
        writeRejectedRows(sheet, rejected.stream().map(r -> new Rejected(r.rowNumber(), reasons(r, messages))).toList(),
                messages, target);
    }

    /** The rejected rows of any import (attendance, ballot totals) as {@link #writeRejected} writes a roster's. */
    public static void writeRejectedRows(SheetData sheet, List<Rejected> rejected, Messages messages, Path target) {
        AtomicFiles.write(target, out -> writeRejected(sheet, rejected, messages, out));
    }

    static void writeRejected(SheetData sheet, List<Rejected> rejected, Messages messages, OutputStream out)
            throws IOException {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("import.rejected.row"));
        headers.add(messages.get("import.rejected.reason"));
        headers.addAll(sheet.headers());
        java.util.Map<Integer, SheetData.Row> byNumber = new java.util.HashMap<>();
        sheet.rows().forEach(r -> byNumber.put(r.number(), r));
        List<List<Object>> rows = new ArrayList<>();
        for (Rejected plan : rejected) {
            List<Object> values = new ArrayList<>();
            values.add(plan.rowNumber());
            values.add(plan.reason());
            SheetData.Row row = byNumber.get(plan.rowNumber());
            for (int c = 0; c < sheet.headers().size(); c++) {
                values.add(row == null ? null : row.cell(c));
            }
            rows.add(values);
        }
        TableWriter.writeXlsx(new TableWriter.Table(messages.get("import.rejected.sheet"), headers, rows), out);
    }
}

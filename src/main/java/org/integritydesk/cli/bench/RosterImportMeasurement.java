package org.integritydesk.cli.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.exchange.TableWriter;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService.Outcome;
import org.integritydesk.service.CadreRosterService.Preview;
import org.integritydesk.service.CadreRosterService.Result;

/**
 * {@code roster-import-ms} (only with {@code bench --writes}): a roster workbook of {@code rows}
 * new cadres spread over the folder's units is written, read ({@code read}), previewed
 * ({@code preview}: every row checked against the database) and imported ({@code import}: every
 * row through the cadre service with its audit event, in one transaction). The import is rolled
 * back after its last row, before the commit, so the folder is left as it was.
 */
public final class RosterImportMeasurement implements Measurement {
    private final int rows;

    public RosterImportMeasurement(int rows) {
        this.rows = rows;
    }

    /** Thrown from the progress listener after the last row: rolls the import back. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super("bench: roll the import back", null, false, false);
        }
    }

    /** 测 and the number in Chinese digits: a name the name rule takes (no digits in a name). */
    static String chineseName(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder name = new StringBuilder("测");
        for (char c : Integer.toString(n).toCharArray()) {
            name.append(digits.charAt(c - '0'));
        }
        return name.toString();
    }

    @Override
    public void run(BenchContext context) {
        if (!context.writes()) {
            return;
        }
        List<OrgUnit> units = context.services().units().tree().inDisplayOrder();
        Path file = context.workDir().resolve("roster.xlsx");
        List<List<Object>> body = new ArrayList<>();
        String[] categories = {"一般干部", "中层干部", "执法人员", "领导干部"};
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1965 + context.random().nextInt(35), 1 + context.random().nextInt(12),
                    1 + context.random().nextInt(28));
            String first17 = "990101" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
            String id = first17 + IdNumber.checkCharacterFor(first17);
            OrgUnit unit = units.get(i % units.size());
            body.add(List.of(chineseName(i), id, unit.code(), "科员", categories[i % categories.length],
                    "1390796" + String.format("%04d", i % 10000), birth.plusYears(22)));
        }
        TableWriter.writeXlsx(new TableWriter.Table("名册", List.of("姓名", "身份证号", "单位", "职务", "干部类别", "手机",
                "参加工作时间"), body), file);
        RosterImport importer = new RosterImport(context.services().cadreRoster());
        long started = System.nanoTime();
        SheetData sheet = importer.read(file);
        long read = System.nanoTime() - started;
        ImportMapping mapping = importer.mappingFor(sheet);
        started = System.nanoTime();
        Preview preview = importer.preview(sheet, mapping, (d, t) -> { }, () -> false);
        long checked = System.nanoTime() - started;
        started = System.nanoTime();
        long imported;
        try {
            Result result = importer.importRows(sheet, mapping, false, (done, total) -> {
                if (done == total) {
                    throw new RollBack();
                }
            }, () -> false);
            throw new IllegalStateException("the import was not rolled back: " + result);
        } catch (RollBack expected) {
            imported = System.nanoTime() - started;
        }
        context.print(new Figure("roster-import-ms").with("rows", sheet.rows().size()).millis("read", read)
                .millis("preview", checked).millis("import", imported)
                .with("valid", preview.count(Outcome.CREATE)).with("rejected", preview.count(Outcome.REJECTED)));
    }
}

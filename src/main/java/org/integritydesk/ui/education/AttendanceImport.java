package org.integritydesk.ui.education;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.AttendanceImportService;
import org.integritydesk.service.AttendanceImportService.AttendanceResult;
import org.integritydesk.service.AttendanceImportService.AttendanceRow;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.SheetImport;
import org.integritydesk.ui.common.TaskRunner.WorkContext;

/**
 * 导入签到表 for one activity, in the shared import window: the service finds the name, ID number,
 * attendance and reason columns by their header names, so there is no mapping step.
 */
public final class AttendanceImport implements SheetImport<Void> {
    private final AttendanceImportService imports;
    private final UUID activityId;
    private final String activityTitle;
    private final Messages messages;

    public AttendanceImport(AttendanceImportService imports, UUID activityId, String activityTitle, Messages messages) {
        this.imports = imports;
        this.activityId = activityId;
        this.activityTitle = activityTitle;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.get("import.attendance.title", activityTitle);
    }

    @Override
    public String hint() {
        return messages.get("import.attendance.hint");
    }

    @Override
    public String detailHeader() {
        return messages.get("import.attendance.status");
    }

    @Override
    public SheetData read(Path file) {
        return RosterImport.readFile(file, AttendanceImportService.headerNames());
    }

    @Override
    public List<Void> fields() {
        return List.of();
    }

    @Override
    public Map<Void, Integer> suggest(SheetData sheet) {
        return Map.of();
    }

    @Override
    public List<Void> missing(Map<Void, Integer> mapping) {
        return List.of();
    }

    @Override
    public String label(Void field) {
        return "";
    }

    @Override
    public Checked check(SheetData sheet, Map<Void, Integer> mapping, WorkContext context) {
        List<AttendanceRow> rows = imports.preview(activityId, sheet);
        long bad = rows.stream().filter(AttendanceRow::rejected).count();
        long good = rows.size() - bad;
        return new Checked(rows.stream().map(this::line).toList(),
                messages.get("import.attendance.previewSummary", good, bad),
                messages.get("import.attendance.confirm", good, bad), good);
    }

    @Override
    public Done apply(SheetData sheet, Map<Void, Integer> mapping, boolean allOrNothing,
            WorkContext context) {
        AttendanceResult r = imports.importRows(activityId, sheet, allOrNothing);
        List<Line> rejected = r.rejected().stream().map(this::line).toList();
        if (r.importedNothing()) {
            return new Done(messages.get("import.dialog.resultNothing", rejected.size()), rejected, false);
        }
        return new Done(messages.get("import.attendance.result", r.recorded(), rejected.size()), rejected,
                r.recorded() > 0);
    }

    private Line line(AttendanceRow row) {
        String detail = row.status() == null ? "" : messages.label(row.status())
                + (row.reason() == null ? "" : "（" + row.reason() + "）");
        String outcome = messages.get(row.rejected() ? "import.outcome.rejected" : "import.outcome.record");
        return new Line(row.rowNumber(), row.name(), row.maskedIdNumber(), detail, outcome,
                RosterImport.reasons(row.problems(), messages), row.rejected());
    }
}

package org.integritydesk.ui.cadre;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService.Outcome;
import org.integritydesk.service.CadreRosterService.Preview;
import org.integritydesk.service.CadreRosterService.Result;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.SheetImport;
import org.integritydesk.ui.common.TaskRunner.WorkContext;

/**
 * 导入干部名册 in the shared import window: the user maps the file's columns to cadre fields (the
 * mapping remembered from the last import, else suggested from the header names), and each row is
 * created, updated or left alone by its ID number.
 */
public final class RosterSheetImport implements SheetImport<ImportField> {
    private final RosterImport importer;
    private final Messages messages;

    public RosterSheetImport(RosterImport importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.get("import.dialog.title");
    }

    @Override
    public String hint() {
        return messages.get("import.roster.hint");
    }

    @Override
    public String detailHeader() {
        return messages.get("import.column.unit");
    }

    @Override
    public SheetData read(Path file) {
        return importer.read(file);
    }

    @Override
    public List<ImportField> fields() {
        return List.of(ImportField.values());
    }

    @Override
    public Map<ImportField, Integer> suggest(SheetData sheet) {
        return importer.mappingFor(sheet).columns();
    }

    @Override
    public List<ImportField> missing(Map<ImportField, Integer> mapping) {
        var missing = new ImportMapping(mapping).missingRequired();
        return Arrays.stream(ImportField.values()).filter(missing::contains).toList();
    }

    @Override
    public String label(ImportField field) {
        return messages.label(field) + (field.required() ? " *" : "");
    }

    @Override
    public Checked check(SheetData sheet, Map<ImportField, Integer> mapping, WorkContext context) {
        Preview preview = importer.preview(sheet, new ImportMapping(mapping), context::progress, context::isCancelled);
        long created = preview.count(Outcome.CREATE);
        long updated = preview.count(Outcome.UPDATE);
        long rejected = preview.count(Outcome.REJECTED);
        return new Checked(preview.rows().stream().map(this::line).toList(),
                messages.get("import.dialog.previewSummary", created, updated, preview.count(Outcome.UNCHANGED), rejected),
                messages.get("import.dialog.confirm", created, updated, rejected), created + updated);
    }

    @Override
    public Done apply(SheetData sheet, Map<ImportField, Integer> mapping, boolean allOrNothing, WorkContext context) {
        Result result = importer.importRows(sheet, new ImportMapping(mapping), allOrNothing, context::progress,
                context::isCancelled);
        List<Line> rejected = result.rejected().stream().map(this::line).toList();
        if (result.importedNothing()) {
            return new Done(messages.get("import.dialog.resultNothing", rejected.size()), rejected, false);
        }
        return new Done(messages.get("import.dialog.result", result.created(), result.updated(), result.unchanged(),
                rejected.size()), rejected, result.created() + result.updated() > 0);
    }

    private Line line(RowPlan row) {
        String outcome = messages.get(switch (row.outcome()) {
            case CREATE -> "import.outcome.create";
            case UPDATE -> "import.outcome.update";
            case UNCHANGED -> "import.outcome.unchanged";
            case REJECTED -> "import.outcome.rejected";
        });
        return new Line(row.rowNumber(), row.name(), row.maskedIdNumber(), row.unitName(), outcome,
                RosterImport.reasons(row, messages), row.outcome() == Outcome.REJECTED);
    }
}

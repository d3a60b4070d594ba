package org.integritydesk.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.ImportField;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.CadreRosterService;
import org.integritydesk.service.Messages;

/**
 * The cadre roster as a workbook whose headers are the import's own field names, so the file can
 * be edited and imported again. ID numbers are whole only where the user may see them whole; a
 * masked one cannot be imported back (it is refused with the rule it breaks).
 */
public final class RosterExport {
    private static final List<ImportField> COLUMNS = List.of(ImportField.NAME, ImportField.ID_NUMBER, ImportField.UNIT,
            ImportField.POSITION, ImportField.CATEGORY, ImportField.STATUS, ImportField.GENDER, ImportField.BIRTH_DATE,
            ImportField.ETHNICITY, ImportField.POLITICAL_STATUS, ImportField.EDUCATION, ImportField.IMPORTANT_POSITION,
            ImportField.MOBILE, ImportField.WORK_START_DATE, ImportField.APPOINTMENT_DATE, ImportField.NOTES);

    private final CadreRosterService roster;

    public RosterExport(CadreRosterService roster) {
        this.roster = roster;
    }

    /** Writes the roster of {@code unitCode} (and the units below; null: everyone) and returns how many cadres. */
    public int write(String unitCode, Messages messages, Path target) {
        int[] count = {0};
        AtomicFiles.write(target, out -> count[0] = roster.exportRoster(unitCode, target.getFileName().toString(),
                entries -> TableWriter.writeXlsx(table(entries, messages), out)));
        return count[0];
    }

    static TableWriter.Table table(List<CadreRosterService.RosterEntry> entries, Messages messages) {
        List<String> headers = COLUMNS.stream().map(messages::label).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (CadreRosterService.RosterEntry entry : entries) {
            Cadre c = entry.cadre();
            List<Object> row = new ArrayList<>();
            row.add(c.name());
            row.add(entry.idNumberShown());
            row.add(entry.unitName());
            row.add(c.position());
            row.add(messages.label(c.category()));
            row.add(messages.label(c.status()));
            row.add(messages.label(c.gender()));
            row.add(c.birthDate());
            row.add(c.ethnicity());
            row.add(c.politicalStatus());
            row.add(c.education());
            row.add(c.importantPosition());
            row.add(c.mobile());
            row.add(c.workStartDate());
            row.add(c.appointmentDate());
            row.add(c.notes());
            rows.add(row);
        }
        return new TableWriter.Table(messages.get("export.roster.sheet"), headers, rows);
    }
}

package org.integritydesk.ui.debriefing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.BallotMapping;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.BallotImportService;
import org.integritydesk.service.BallotImportService.BallotPreview;
import org.integritydesk.service.BallotImportService.BallotResult;
import org.integritydesk.service.BallotImportService.BallotRow;
import org.integritydesk.service.BallotImportService.Outcome;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.SheetImport;
import org.integritydesk.ui.common.TaskRunner.WorkContext;

/** 导入测评票数 for one session, in the shared import window: its columns are the session's ballot's. */
public final class BallotImport implements SheetImport<BallotColumn> {
    private final BallotImportService imports;
    private final DebriefingSession session;
    private final Messages messages;

    public BallotImport(BallotImportService imports, DebriefingSession session, Messages messages) {
        this.imports = imports;
        this.session = session;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.get("import.ballot.title", session.number());
    }

    @Override
    public String hint() {
        List<String> boxes = session.formula().choices().stream().map(messages::label).toList();
        return messages.get("import.ballot.hint", String.join("、", boxes));
    }

    @Override
    public String detailHeader() {
        return messages.get("import.ballot.counts");
    }

    @Override
    public SheetData read(Path file) {
        return RosterImport.readFile(file, BallotColumn.allHeaders());
    }

    @Override
    public List<BallotColumn> fields() {
        return BallotColumn.of(session.formula());
    }

    @Override
    public Map<BallotColumn, Integer> suggest(SheetData sheet) {
        return BallotMapping.suggest(sheet.headers(), session.formula()).columns();
    }

    @Override
    public List<BallotColumn> missing(Map<BallotColumn, Integer> mapping) {
        return new BallotMapping(mapping).missingRequired(session.formula());
    }

    @Override
    public String label(BallotColumn field) {
        return messages.label(field) + (field.required() ? " *" : "");
    }

    @Override
    public Checked check(SheetData sheet, Map<BallotColumn, Integer> mapping, WorkContext context) {
        BallotPreview p = imports.preview(session.id(), sheet, new BallotMapping(mapping));
        String round = messages.label(p.round());
        String summary = messages.get("import.ballot.previewSummary", round, p.count(Outcome.CREATE),
                p.count(Outcome.UPDATE), p.count(Outcome.UNCHANGED), p.count(Outcome.REJECTED));
        if (!p.notInFile().isEmpty()) {
            summary += messages.get("import.ballot.notInFile",
                    String.join("、", p.notInFile().stream().map(ReportingCadre::name).toList()));
        }
        long changing = p.count(Outcome.CREATE) + p.count(Outcome.UPDATE);
        String confirm = messages.get("import.ballot.confirm", changing, round, p.count(Outcome.REJECTED));
        return new Checked(p.rows().stream().map(this::line).toList(), summary, confirm, changing);
    }

    @Override
    public Done apply(SheetData sheet, Map<BallotColumn, Integer> mapping, boolean allOrNothing,
            WorkContext context) {
        BallotResult r = imports.importRows(session.id(), sheet, new BallotMapping(mapping), allOrNothing);
        List<Line> rejected = r.rejected().stream().map(this::line).toList();
        if (r.importedNothing()) {
            return new Done(messages.get("import.dialog.resultNothing", rejected.size()), rejected, false);
        }
        return new Done(messages.get("import.ballot.result", messages.label(r.round()), r.created(), r.updated(),
                r.unchanged(), rejected.size()), rejected, r.imported() > 0);
    }

    private Line line(BallotRow row) {
        String detail = "";
        if (row.tally() != null) {
            BallotTally t = row.tally();
            List<String> parts = new ArrayList<>();
            for (BallotColumn c : fields()) {
                if (c.field() != null && c.field().choice() != null) {
                    parts.add(messages.label(c.field()) + " " + c.field().of(t));
                }
            }
            detail = t.issued() + "/" + t.returned() + "/" + t.voided() + "：" + String.join("，", parts);
        }
        String outcome = messages.get(switch (row.outcome()) {
            case CREATE -> "import.outcome.create";
            case UPDATE -> "import.outcome.update";
            case UNCHANGED -> "import.outcome.unchanged";
            case REJECTED -> "import.outcome.rejected";
        });
        return new Line(row.rowNumber(), row.name(), row.maskedIdNumber(), detail, outcome,
                RosterImport.reasons(row.problems(), messages), row.rejected());
    }
}

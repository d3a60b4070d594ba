package org.integritydesk.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitTree;
import org.integritydesk.report.RenderedReport;
import org.integritydesk.report.ReportCancelledException;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.Transactions;

/**
 * What the batch printouts of talks and commitments share: the unit a by-year printout is narrowed
 * to, and filling the report then recording one PRINT audit event with its details (a cancelled
 * fill records nothing).
 */
final class BatchPrints {
    private BatchPrints() {
    }

    /** Fills the report for the bureau's name; throws {@link ReportCancelledException} when cancelled. */
    interface Fill {
        RenderedReport fill(String bureauName, org.integritydesk.report.ProgressListener progress,
                BooleanSupplier cancelled);
    }

    /** The unit of a by-year printout and the ids of it with the units below it. */
    record UnitScope(OrgUnit unit, Set<UUID> unitIds) {
    }

    /** The unit of {@code unitCode}, which the user must be allowed to print for. */
    static UnitScope unitScope(UnitTree tree, String unitCode, AccessControl access) {
        OrgUnit unit = tree.findByCode(unitCode)
                .orElseThrow(() -> new ServiceException("error.print.noSuchUnit", unitCode));
        access.require(Action.PRINT, unit.id());
        Set<UUID> ids = new HashSet<>();
        tree.selfAndDescendants(unit.id()).forEach(u -> ids.add(u.id()));
        return new UnitScope(unit, ids);
    }

    /** What one printout writes to the audit trail besides its page count. */
    record Printed(String recordType, UUID recordId, String label, String form, String selection, String countKey,
            int count) {
    }

    /**
     * Fills the report and records the printout in its own transaction: details {@code form},
     * {@code selection}, the count under {@code countKey} and {@code pages}.
     */
    static PrintableDocument fillAndRecord(Transactions tx, SetupService setup, Stamps stamps, AuditTrail audit,
            Fill fill, ProgressListener progress, BooleanSupplier cancelled, Printed printed, String purpose) {
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        PrintableDocument document;
        try {
            document = new ReportDocument(fill.fill(bureau, progress::progress, cancelled), stamps.clock());
        } catch (ReportCancelledException e) {
            throw new CancellationException();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("form", printed.form());
        details.put("selection", printed.selection());
        details.put(printed.countKey(), printed.count());
        details.put("pages", document.pageCount());
        tx.run(() -> audit.record(AuditKind.PRINT, printed.recordType(), printed.recordId(), printed.label(), null,
                details, purpose));
        return document;
    }
}

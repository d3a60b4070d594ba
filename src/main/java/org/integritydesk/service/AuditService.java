package org.integritydesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditChain;
import org.integritydesk.model.AuditChain.BrokenLink;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditHead;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.UserAccount;
import org.integritydesk.report.AuditLogReport;
import org.integritydesk.report.RenderedReport;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.AuditRepository.HeadSnapshot;
import org.integritydesk.store.Transactions;

/**
 * The audit trail for people who check it: the chain check, the viewer's queries and the exports
 * (PDF here, Excel in {@code exchange.AuditExcelExport} through {@link #forEachExportable} and
 * {@link #recordExport}). Everything here needs {@link Action#VIEW_AUDIT}; the only write is the
 * EXPORT event an export leaves.
 */
public final class AuditService {
    /** Events read per transaction while checking; a million events never sit in memory at once. */
    static final int VERIFY_PAGE = 1_000;
    public static final int MAX_PAGE = 1_000;
    /**
     * The most events one export may hold. An export reads page by page; 200,000 rows is a big
     * but workable spreadsheet, and more means the filter was not meant (narrow it).
     */
    public static final int MAX_EXPORT = 200_000;
    /**
     * The most events one PDF may hold: the filled pages sit in memory until written. 20,000 events
     * make about 1,000 pages (measured here: 6 s to fill, 8 s to write, some 100 MB of heap); nobody
     * reads more on paper, and Excel takes up to {@link #MAX_EXPORT}.
     */
    public static final int MAX_PDF_EXPORT = 20_000;
    /** Stands in for a deleted head row: it matches no chain, so the check reports the head. */
    private static final AuditHead NO_HEAD = new AuditHead(-1, "");

    private final Transactions tx;
    private final AuditRepository events;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail trail;
    private final SetupService setup;
    private final Supplier<AuditLogReport> auditLogReport;
    private final int exportCap;
    private final int pdfCap;

    /** {@code auditLogReport} is asked for the report on first use: loading its template takes a moment. */
    public AuditService(Transactions tx, AuditRepository events, Stamps stamps, AccessControl access, AuditTrail trail,
            SetupService setup, Supplier<AuditLogReport> auditLogReport) {
        this(tx, events, stamps, access, trail, setup, auditLogReport, MAX_EXPORT, MAX_PDF_EXPORT);
    }

    /** With other caps than {@link #MAX_EXPORT} and {@link #MAX_PDF_EXPORT}: tests reach them with few events. */
    AuditService(Transactions tx, AuditRepository events, Stamps stamps, AccessControl access, AuditTrail trail,
            SetupService setup, Supplier<AuditLogReport> auditLogReport, int exportCap, int pdfCap) {
        this.exportCap = exportCap;
        this.pdfCap = pdfCap;
        this.tx = tx;
        this.events = events;
        this.stamps = stamps;
        this.access = access;
        this.trail = trail;
        this.setup = setup;
        this.auditLogReport = auditLogReport;
    }

    /**
     * The outcome of a check.
     *
     * @param events events found sound (all of them when the chain holds)
     * @param firstBreak the first broken link, or null when the chain holds
     */
    public record VerifyResult(long events, BrokenLink firstBreak) {
        public boolean intact() {
            return firstBreak == null;
        }

        public Optional<BrokenLink> broken() {
            return Optional.ofNullable(firstBreak);
        }
    }

    /** The file formats an audit log is exported to; the code is what the EXPORT event records. */
    public enum ExportFormat {
        PDF("pdf"), XLSX("xlsx");

        private final String code;

        ExportFormat(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The format a file name asks for by its extension (any case), if it is one of ours. */
        public static Optional<ExportFormat> ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.code)).findFirst();
        }
    }

    /**
     * What an export says about itself, on the first page or sheet.
     *
     * @param bureauName the bureau ("" before setup)
     * @param filterText the filter in words, in the export's language
     * @param exportedBy the user name of who exports
     * @param exportedAt when the export started
     * @param zone the office's time zone, in which every time is shown
     */
    public record ExportInfo(String bureauName, String filterText, String exportedBy, Instant exportedAt, ZoneId zone) {
    }

    /** A written export: the file and how many events it holds. */
    public record ExportResult(Path file, long events) {
    }

    /**
     * Checks the whole chain from the first event to the head, a page per transaction. The head is
     * read first: events appended while the check runs lie beyond it and are left for the next check.
     */
    public VerifyResult verify() {
        access.require(Action.VIEW_AUDIT);
        HeadSnapshot snapshot = tx.read(events::head);
        AuditHead head = snapshot.head() == null ? NO_HEAD : snapshot.head();
        // also read events past the head: only a write around the app puts one there
        long upTo = Math.max(head.sequence(), snapshot.maxSequence());
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        while (verifier.broken().isEmpty()) {
            long from = after;
            List<AuditEvent> page = tx.read(() -> events.page(from, upTo, VERIFY_PAGE));
            if (page.isEmpty()) {
                verifier.finish(head);
                break;
            }
            page.forEach(verifier::accept);
            after = page.get(page.size() - 1).sequence();
        }
        return new VerifyResult(verifier.accepted(), verifier.broken().orElse(null));
    }

    /** A page of events matching {@code filter}, newest first; dates are days in the office's time zone. */
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit + " (1.." + MAX_PAGE + ")");
        }
        access.require(Action.VIEW_AUDIT);
        return tx.read(() -> events.find(filter, zone(), offset, limit));
    }

    public long count(AuditFilter filter) {
        access.require(Action.VIEW_AUDIT);
        return tx.read(() -> events.count(filter, zone()));
    }

    /**
     * Every event matching {@code filter}, oldest first, as an export lists them: read a page at a
     * time up to the newest event at the moment of the call (events appended meanwhile are left out).
     *
     * @throws ServiceException {@code error.audit.tooManyToExport} when more than {@link #MAX_EXPORT}
     *         match, {@code error.audit.datesReversed} when the first day is after the last
     */
    public List<AuditEvent> exportable(AuditFilter filter) {
        List<AuditEvent> all = new ArrayList<>();
        forEachExportable(filter, all::addAll);
        return all;
    }

    /**
     * As {@link #exportable}, handing the events over a page (up to {@link #MAX_PAGE}) at a time so
     * that a big export never holds them all; returns how many were handed over. The count is
     * checked before the first page, so a refused export has seen nothing.
     */
    public long forEachExportable(AuditFilter filter, Consumer<List<AuditEvent>> pages) {
        return readOldestFirst(filter, exportCap, "error.audit.tooManyToExport", pages);
    }

    /**
     * The heading of an export of {@code filter}: bureau, the filter in words, who and when. Call it
     * first: it is also the access check and the filter check, before any file is touched.
     */
    public ExportInfo exportInfo(AuditFilter filter, Locale locale) {
        UserAccount user = access.require(Action.VIEW_AUDIT);
        checkDates(filter);
        String bureau = setup.profile().map(BureauProfile::name).orElse("");
        return new ExportInfo(bureau, describe(filter, locale), user.username(), stamps.clock().instant(), zone());
    }

    /**
     * The filter in words, as the export's heading shows it: "用户：inspector；操作：查阅、打印；日期：
     * 2026-01-01 至 2026-11-26". A record is named by the newest event about it.
     */
    public String describe(AuditFilter filter, Locale locale) {
        access.require(Action.VIEW_AUDIT);
        Messages messages = new Messages(locale);
        List<String> parts = new ArrayList<>();
        if (filter.actor() != null) {
            parts.add(messages.get("audit.filter.actor", filter.actor()));
        }
        if (filter.recordId() != null) {
            parts.add(messages.get("audit.filter.record", recordName(filter.recordId(), messages)));
        }
        if (!filter.kinds().isEmpty()) {
            List<String> kinds = Arrays.stream(AuditKind.values()).filter(filter.kinds()::contains)
                    .map(messages::label).toList();
            parts.add(messages.get("audit.filter.kinds", String.join(messages.get("audit.filter.listSeparator"), kinds)));
        }
        if (filter.from() != null && filter.to() != null) {
            parts.add(messages.get("audit.filter.dates", filter.from().toString(), filter.to().toString()));
        } else if (filter.from() != null) {
            parts.add(messages.get("audit.filter.since", filter.from().toString()));
        } else if (filter.to() != null) {
            parts.add(messages.get("audit.filter.until", filter.to().toString()));
        }
        return parts.isEmpty() ? messages.get("audit.filter.none") : String.join(messages.get("audit.filter.separator"), parts);
    }

    /**
     * Records that the events of {@code filter} were exported: one EXPORT event about the audit log
     * naming the filter, the format and the number of events in its after-value, with the purpose.
     * Exporters call it once the file's content is complete and before it takes its place, so a
     * file never appears without its event.
     */
    public AuditEvent recordExport(AuditFilter filter, ExportFormat format, long count, String purpose) {
        access.require(Action.VIEW_AUDIT);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.code());
        details.put("events", count);
        details.put("filter", filterFields(filter));
        return tx.inTransaction(() -> trail.record(AuditKind.EXPORT, AuditTrail.AUDIT_LOG, null, null, null, details,
                purpose));
    }

    /**
     * Writes the events of {@code filter} as a PDF (审计日志, oldest first) to {@code target} and
     * records the export. The file is written beside the target and renamed into place; a failure
     * leaves no file and no EXPORT event. Slow for many events: call it off the JavaFX thread.
     *
     * @throws ServiceException {@code error.audit.tooManyForPdf} above {@link #MAX_PDF_EXPORT}
     *         events, {@code error.file.*} when the file cannot be written
     */
    public ExportResult exportPdf(AuditFilter filter, Locale locale, String purpose, Path target) {
        ExportInfo info = exportInfo(filter, locale);
        List<AuditEvent> all = new ArrayList<>();
        readOldestFirst(filter, pdfCap, "error.audit.tooManyForPdf", all::addAll);
        RenderedReport report = auditLogReport.get().fill(all, new AuditLogReport.Heading(info.bureauName(),
                info.filterText(), info.exportedBy(), info.exportedAt()), info.zone(), locale);
        AtomicFiles.write(target, out -> {
            report.writePdf(out, info.exportedAt());
            recordExport(filter, ExportFormat.PDF, all.size(), purpose);
        });
        return new ExportResult(target.toAbsolutePath(), all.size());
    }

    private long readOldestFirst(AuditFilter filter, int cap, String tooManyKey, Consumer<List<AuditEvent>> pages) {
        access.require(Action.VIEW_AUDIT);
        checkDates(filter);
        ZoneId zone = zone();
        long[] snapshot = tx.read(() -> {
            long upTo = events.head().maxSequence();
            return new long[] {upTo, events.count(filter, zone, upTo)};
        });
        long upTo = snapshot[0];
        if (snapshot[1] > cap) {
            throw new ServiceException(tooManyKey, snapshot[1], cap);
        }
        long handedOver = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<AuditEvent> page = tx.read(() -> events.findOldestFirst(filter, zone, from, upTo, MAX_PAGE));
            if (page.isEmpty()) {
                return handedOver;
            }
            pages.accept(page);
            handedOver += page.size();
            after = page.get(page.size() - 1).sequence();
        }
    }

    private static void checkDates(AuditFilter filter) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        if (from != null && to != null && from.isAfter(to)) {
            throw new ServiceException("error.audit.datesReversed", from.toString(), to.toString());
        }
    }

    /** The filter's criteria that are set, for the EXPORT event; kinds in their declared order. */
    private static Map<String, Object> filterFields(AuditFilter filter) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (filter.actor() != null) {
            fields.put("actor", filter.actor());
        }
        if (filter.recordId() != null) {
            fields.put("recordId", filter.recordId());
        }
        if (!filter.kinds().isEmpty()) {
            fields.put("kinds", Arrays.stream(AuditKind.values()).filter(filter.kinds()::contains).toList());
        }
        if (filter.from() != null) {
            fields.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            fields.put("to", filter.to().toString());
        }
        return fields;
    }

    /** "张三（干部档案）" from the newest event about the record; its key when no event names it. */
    private String recordName(UUID recordId, Messages messages) {
        List<AuditEvent> newest = tx.read(() -> events.find(AuditFilter.ANY.withRecordId(recordId), zone(), 0, 1));
        if (newest.isEmpty()) {
            return recordId.toString();
        }
        AuditEvent event = newest.get(0);
        String type = AuditRecordType.ofCode(event.recordType()).map(messages::label).orElse(event.recordType());
        return event.recordLabel() == null ? type : messages.get("audit.filter.recordName", type, event.recordLabel());
    }

    private ZoneId zone() {
        return stamps.clock().getZone();
    }
}

package org.integritydesk.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.integritydesk.model.AuditChain;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditHead;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.PersonName;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.store.Stamping;

/**
 * Writes the audit event of a use case. Services call {@link #record} inside their own
 * transaction, so the event and the change it describes commit or roll back together.
 */
public final class AuditTrail {
    /** Record types, as stored: never rename one. */
    public static final String CADRE = "cadre";
    public static final String UNIT = "org_unit";
    public static final String SETTING = "setting";
    /** A printout of the cadre files of several units or of everyone. */
    public static final String CADRE_FILES = "cadre_files";
    public static final String DEMO_DATA = "demo_data";
    public static final String USER = "app_user";
    /** The audit log itself: its exports. Each of these codes has an {@code AuditRecordType}. */
    public static final String AUDIT_LOG = "audit_log";
    /** An education activity, its attendance list, an education base ({@code EducationService}). */
    public static final String EDUCATION_ACTIVITY = "education_activity";
    public static final String ATTENDANCE = "activity_attendee";
    public static final String EDUCATION_BASE = "education_base";
    /** A year's closing and reopening ({@code YearService}). */
    public static final String CLOSED_YEAR = "closed_year";
    /** A year's archive file, opened to read. */
    public static final String YEAR_ARCHIVE = "year_archive";
    /** A rule of the regulations register, a printout of the register, a file kept with a record. */
    public static final String REGULATION = "regulation";
    public static final String REGULATIONS = "regulations";
    public static final String ATTACHMENT = "attachment";
    /** An integrity talk (廉政谈话); a printout of several talks carries no record id. */
    public static final String TALK = "integrity_talk";
    /** A yearly integrity commitment (廉政承诺书); generating or printing several carries no record id. */
    public static final String COMMITMENT = "integrity_commitment";
    /** An item of the 问题整改台账. */
    public static final String RECTIFICATION = "rectification";
    /** The 整改台账 printed as a whole. */
    public static final String RECTIFICATION_LEDGER = "rectification_ledger";
    /** A supervision visit (监督检查). */
    public static final String SUPERVISION_VISIT = "supervision_visit";
    public static final String RESPONSIBILITY_TASK = "responsibility_task";
    public static final String RESPONSIBILITY_PROGRESS = "responsibility_progress";
    /** A special self-inspection campaign (专项自查) and a cadre's declaration in one. */
    public static final String SELF_INSPECTION_CAMPAIGN = "self_inspection_campaign";
    public static final String SELF_INSPECTION_DECLARATION = "self_inspection_declaration";
    /** A printout of the 问题整改分析表. */
    public static final String PROBLEM_ANALYSIS = "problem_analysis";
    /** A 述职述廉 session with its reporting cadres and representatives; its ballot tallies; its comments. */
    public static final String DEBRIEFING_SESSION = "debriefing_session";
    public static final String BALLOT_TALLY = "ballot_tally";
    public static final String DEBRIEFING_COMMENT = "debriefing_comment";
    /** A cadre roster imported from a spreadsheet. */
    public static final String CADRE_IMPORT = "cadre_import";
    /** The cadre roster written to a spreadsheet. */
    public static final String CADRE_ROSTER = "cadre_roster";
    /** A table of the window saved as a spreadsheet. */
    public static final String TABLE_EXPORT = "table_export";
    /** An offline exchange package, a conflict it met, this site's exchange keys (service.exchange). */
    public static final String EXCHANGE_PACKAGE = "exchange_package";
    public static final String EXCHANGE_CONFLICT = "exchange_conflict";
    public static final String EXCHANGE_KEYS = "exchange_keys";
    /** A year's assessment scheme, its computation / entered scores / sheets, a sanction (处分). */
    public static final String ASSESSMENT_SCHEME = "assessment_scheme";
    public static final String ASSESSMENT = "assessment";
    public static final String SANCTION = "sanction";
    /** The embedded database's data moved to a PostgreSQL server ({@code DataMoveService}). */
    public static final String DATABASE_MOVE = "database_move";
    /** Half the purpose column: H2 counts Java chars and a rare character takes two. */
    static final int MAX_PURPOSE = 500;

    private final AuditRepository events;
    private final Stamps stamps;

    public AuditTrail(AuditRepository events, Stamps stamps) {
        this.events = events;
        this.stamps = stamps;
    }

    /**
     * Appends one event, stamped with the acting user, the time and the site from {@link Stamps}.
     *
     * <p>It must run inside the caller's open transaction ({@code Transactions.inTransaction}): it
     * writes through that transaction, so a rollback takes the event with it; outside one the
     * repository refuses with {@link IllegalStateException}. Call it as the use case's last write:
     * from here to the commit the chain's head row is locked, and every other writer waits.
     *
     * @param before the changed fields before the change (null for none); rendered by
     *        {@link AuditText}, which masks ID numbers
     * @param after the changed fields after it (null for none)
     * @param purpose why, when the user was asked; blank counts as none
     * @throws ServiceException {@code error.audit.purposeTooLong}
     */
    public AuditEvent record(AuditKind kind, String recordType, UUID recordId, String recordLabel,
            Map<String, ?> before, Map<String, ?> after, String purpose) {
        Stamping stamp = stamps.next();
        return append(stamp, stamp.now(), stamp.user(), kind, recordType, recordId, recordLabel, before, after, purpose);
    }

    /**
     * As {@link #record} for something that happened earlier or to someone else: a failed login
     * is known only once someone can open the database, and is recorded then, under the name
     * that was typed and the time it happened.
     */
    public AuditEvent recordFor(String actor, Instant at, AuditKind kind, String recordType, String recordLabel) {
        return append(stamps.next(), at, actor, kind, recordType, null, recordLabel, null, null, null);
    }

    private AuditEvent append(Stamping stamp, Instant at, String actor, AuditKind kind, String recordType, UUID recordId,
            String recordLabel, Map<String, ?> before, Map<String, ?> after, String purpose) {
        String why = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (why != null && PersonName.codePointLength(why) > MAX_PURPOSE) {
            throw new ServiceException("error.audit.purposeTooLong", MAX_PURPOSE);
        }
        AuditEvent unsealed = AuditEvent.unsealed(at, actor, kind, recordType, recordId,
                AuditText.maskIdNumbers(recordLabel), AuditText.render(before), AuditText.render(after),
                AuditText.maskIdNumbers(why), stamp.originUnit());
        AuditHead head = events.lockHead();
        AuditEvent sealed = AuditChain.seal(unsealed, head);
        events.insert(sealed);
        events.moveHead(head, sealed);
        return sealed;
    }
}

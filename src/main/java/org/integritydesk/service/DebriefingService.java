package org.integritydesk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.integritydesk.model.Action;
import org.integritydesk.model.AssessmentInput;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditText;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.BallotRules;
import org.integritydesk.model.BallotSheet;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingResults;
import org.integritydesk.model.DebriefingRules;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.LedgerRequest;
import org.integritydesk.model.MobileNumber;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.SocialCreditCode;
import org.integritydesk.model.TallyEntry;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.UserAccount;
import org.integritydesk.report.DebriefingReports;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.DebriefingRepository;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;
import org.integritydesk.store.UnitRepository;
import org.integritydesk.store.VersionConflictException;

/**
 * 述职述廉: plan a session (its reporting cadres and representatives), enter the returned ballots (once, or
 * twice by two people; an inspector rules where two entries differ), record the representatives'
 * comments and turn one into a ledger item through {@link RectificationService}, print the blank ballot
 * and the result summary. A session belongs to its organising unit (clerks reach their unit's subtree);
 * every change is refused in a closed year ({@link ClosedYears}) and writes one audit event in its
 * transaction.
 */
public final class DebriefingService {
    static final String RECORD_TYPE = AuditTrail.DEBRIEFING_SESSION;
    /** The most copies of the blank ballot one printout makes. */
    public static final int MAX_COPIES = 500;

    private final Transactions tx;
    private final DebriefingRepository sessions;
    private final RectificationService rectifications;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ClosedYears closedYears;
    private final Supplier<DebriefingReports> reports;

    public DebriefingService(Transactions tx, DebriefingRepository sessions, RectificationService rectifications,
            UnitRepository units, CadreRepository cadres, Stamps stamps, AccessControl access, AuditTrail audit,
            ClosedYears closedYears, Supplier<DebriefingReports> reports) {
        this.tx = tx;
        this.sessions = sessions;
        this.rectifications = rectifications;
        this.units = units;
        this.cadres = cadres;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.closedYears = closedYears;
        this.reports = reports;
    }

    // ------------------------------------------------------------------ sessions

    /** Every live session the user may see (by organising unit), newest first. */
    public List<DebriefingSession> list() {
        return tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            return sessions.listSessions().stream()
                    .filter(s -> RectificationService.canSee(scope, s.organisingUnitId(), null)).toList();
        });
    }

    public Optional<DebriefingSession> findByNumber(String number) {
        String wanted = number == null ? "" : number.strip();
        return list().stream().filter(s -> s.number().equalsIgnoreCase(wanted)).findFirst();
    }

    public LocalDate today() {
        return stamps.today();
    }

    /** The session with its lists, entries, results and comments. */
    public DebriefingDetails details(UUID sessionId) {
        return tx.read(() -> detailsOf(readable(sessionId, Action.VIEW)));
    }

    private DebriefingDetails detailsOf(DebriefingSession s) {
        List<ReportingCadre> reporting = sessions.cadresOf(s.id());
        List<TallyEntry> entries = sessions.talliesOf(s.id());
        return new DebriefingDetails(s, reporting, sessions.representativesOf(s.id()), entries,
                DebriefingResults.of(s, reporting, entries), sessions.commentsOf(s.id()));
    }

    public List<FieldError> validate(DebriefingDraft draft) {
        return DebriefingRules.check(draft, stamps.today());
    }

    public DebriefingSession create(DebriefingDraft draft) {
        return tx.inTransaction(() -> {
            if (draft.organisingUnitId() != null) {
                access.require(Action.CREATE, draft.organisingUnitId());
            } else {
                access.require(Action.CREATE);
            }
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(draft.date());
            String prefix = "SZ-" + draft.date().getYear() + "-";
            String number = prefix + String.format("%02d", sessions.lastNumber(prefix) + 1);
            DebriefingSession s = new DebriefingSession(UUID.randomUUID(), number, draft.date().getYear(), draft.date(),
                    draft.place().strip(), draft.organisingUnitId(), null, draft.formula(), draft.expectedVoters(),
                    draft.doubleEntry(), RecordStamp.NEW);
            sessions.insertSession(s, stamps.next());
            DebriefingSession saved = sessions.findSession(s.id()).orElseThrow();
            audit.record(AuditKind.CREATE, RECORD_TYPE, saved.id(), saved.number(), null, fields(saved), null);
            return saved;
        });
    }

    /** Saves the form; the formula and double entry cannot change once ballots are entered. */
    public DebriefingSession update(UUID id, int version, DebriefingDraft draft) {
        return tx.inTransaction(() -> {
            DebriefingSession current = readable(id, Action.UPDATE);
            if (draft.organisingUnitId() != null && !draft.organisingUnitId().equals(current.organisingUnitId())) {
                access.require(Action.UPDATE, draft.organisingUnitId());
            }
            throwIfInvalid(collectErrors(draft));
            closedYears.requireOpen(current.year());
            closedYears.requireOpen(draft.date());
            boolean entered = !sessions.talliesOf(id).isEmpty();
            if (entered && (draft.formula() != current.formula() || draft.doubleEntry() != current.doubleEntry())) {
                throw new ServiceException("error.debriefing.formulaLocked", current.number());
            }
            DebriefingSession changed = new DebriefingSession(id, current.number(), draft.date().getYear(),
                    draft.date(), draft.place().strip(), draft.organisingUnitId(), null, draft.formula(),
                    draft.expectedVoters(), draft.doubleEntry(), new RecordStamp(null, null, null, null, version));
            try {
                sessions.updateSession(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            DebriefingSession saved = sessions.findSession(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(fields(current), fields(saved));
            audit.record(AuditKind.UPDATE, RECORD_TYPE, id, saved.number(), changes.before(), changes.after(), null);
            return saved;
        });
    }

    /** Deletes a session planned by mistake; refused once a comment of it became a ledger item. */
    public void delete(UUID id, int version) {
        tx.run(() -> {
            DebriefingSession current = readable(id, Action.DELETE);
            closedYears.requireOpen(current.year());
            if (sessions.commentsOf(id).stream().anyMatch(DebriefingComment::inLedger)) {
                throw new ServiceException("error.debriefing.hasLedgerItems", current.number());
            }
            try {
                sessions.softDeleteSession(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(current.number(), e);
            }
            audit.record(AuditKind.DELETE, RECORD_TYPE, id, current.number(), fields(current), null, null);
        });
    }

    // ------------------------------------------------------------------ reporting cadres and representatives

    /** Adds cadres who report, in the order given, after those already on the ballot. */
    public List<ReportingCadre> addCadres(UUID sessionId, ReportingCategory category, List<UUID> cadreIds) {
        return tx.inTransaction(() -> {
            DebriefingSession s = writable(sessionId);
            if (category == null) {
                throw new ValidationException(List.of(new FieldError("category", "validation.debriefing.categoryRequired")));
            }
            Set<UUID> already = new HashSet<>();
            sessions.cadresOf(sessionId).forEach(c -> already.add(c.cadreId()));
            int order = sessions.nextCadreOrder(sessionId);
            List<ReportingCadre> added = new ArrayList<>();
            for (UUID cadreId : cadreIds) {
                Cadre cadre = cadres.findById(cadreId).filter(c -> !c.isDeleted())
                        .orElseThrow(() -> new ServiceException("error.debriefing.cadreUnknown"));
                if (!already.add(cadreId)) {
                    throw new ServiceException("error.debriefing.cadreTwice", cadre.name());
                }
                added.add(new ReportingCadre(UUID.randomUUID(), sessionId, cadreId, cadre.name(), null,
                        cadre.position(), category, order++));
            }
            if (added.isEmpty()) {
                return List.of();
            }
            sessions.insertCadres(added, stamps.next());
            sessions.touchSession(sessionId, stamps.next());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, sessionId, s.number(), null,
                    Map.of("reportingCadres+", added.stream().map(c -> c.name() + "（" + category.name() + "）").toList()),
                    null);
            return sessions.cadresOf(sessionId);
        });
    }

    /** Takes a cadre off the ballot; refused once ballots about them or comments to them are recorded. */
    public void removeCadre(UUID reportingCadreId) {
        tx.run(() -> {
            ReportingCadre c = sessions.findCadre(reportingCadreId)
                    .orElseThrow(() -> new ServiceException("error.debriefing.cadreUnknown"));
            DebriefingSession s = writable(c.sessionId());
            if (sessions.countTalliesOfCadre(reportingCadreId) > 0
                    || sessions.countCommentsNaming("reporting_cadre_id", reportingCadreId) > 0) {
                throw new ServiceException("error.debriefing.cadreHasRecords", c.name());
            }
            sessions.deleteCadre(reportingCadreId);
            sessions.touchSession(s.id(), stamps.next());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, s.id(), s.number(), Map.of("reportingCadre-", c.name()), null,
                    null);
        });
    }

    public List<FieldError> validate(Representative r) {
        return DebriefingRules.check(r);
    }

    /** Adds a representative (the form's rules: kind, name, organisation, credit code, mobile number). */
    public Representative addRepresentative(UUID sessionId, Representative draft) {
        return tx.inTransaction(() -> {
            DebriefingSession s = writable(sessionId);
            throwIfInvalid(DebriefingRules.check(draft));
            String code = draft.creditCode() == null || draft.creditCode().isBlank() ? null
                    : SocialCreditCode.normalise(draft.creditCode());
            String mobile = draft.mobile() == null || draft.mobile().isBlank() ? null
                    : MobileNumber.normalise(draft.mobile());
            Representative r = new Representative(UUID.randomUUID(), sessionId, draft.kind(), draft.name().strip(),
                    draft.organisation().strip(), code, mobile);
            sessions.insertRepresentatives(List.of(r), stamps.next());
            sessions.touchSession(sessionId, stamps.next());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("representative+", r.name());
            after.put("kind", r.kind().name());
            after.put("organisation", r.organisation());
            if (code != null) {
                after.put("creditCode", code);
            }
            audit.record(AuditKind.UPDATE, RECORD_TYPE, sessionId, s.number(), null, after, null);
            return r;
        });
    }

    /** Removes a representative; refused while a recorded comment names them. */
    public void removeRepresentative(UUID representativeId) {
        tx.run(() -> {
            Representative r = sessions.findRepresentative(representativeId)
                    .orElseThrow(() -> new ServiceException("error.debriefing.representativeUnknown"));
            DebriefingSession s = writable(r.sessionId());
            if (sessions.countCommentsNaming("representative_id", representativeId) > 0) {
                throw new ServiceException("error.debriefing.representativeHasComments", r.name());
            }
            sessions.deleteRepresentative(representativeId);
            sessions.touchSession(s.id(), stamps.next());
            audit.record(AuditKind.UPDATE, RECORD_TYPE, s.id(), s.number(), Map.of("representative-", r.name()), null,
                    null);
        });
    }

    // ------------------------------------------------------------------ ballots

    /** Each tally's problems, named by its cadre, for the entry grid and the service alike. */
    public static List<FieldError> check(List<BallotTally> tallies, List<ReportingCadre> reporting,
            DebriefingSession session) {
        Map<UUID, String> names = new HashMap<>();
        reporting.forEach(c -> names.put(c.id(), c.name()));
        List<FieldError> errors = new ArrayList<>();
        for (BallotTally t : tallies) {
            String name = names.get(t.reportingCadreId());
            if (name == null) {
                errors.add(new FieldError("ballot", "error.debriefing.cadreUnknown"));
                continue;
            }
            for (FieldError e : BallotRules.check(t, session.formula())) {
                List<Object> args = new ArrayList<>();
                args.add(name);
                args.addAll(e.args());
                errors.add(new FieldError(e.field(), e.messageKey(), args));
            }
        }
        return errors;
    }

    /**
     * Saves one entry of the paper ballots: a tally for every reporting cadre. The second entry needs a
     * session of double entry and another person than the first; nothing is saved when any tally breaks a
     * rule (the message names the cadre), and a ruled cadre's tallies no longer change.
     */
    public DebriefingDetails enterTallies(UUID sessionId, EntryRound round, List<BallotTally> tallies) {
        return saveTallies(sessionId, round, tallies, true);
    }

    /**
     * The round an imported file of totals fills for the signed-in user: the first entry, unless the
     * session asks for double entry and someone else made the first one (then the second). Importing
     * again fills the same round, so the cadres' counts are updated, not added twice.
     */
    public EntryRound importRound(UUID sessionId) {
        return tx.read(() -> {
            UserAccount user = access.require(Action.VIEW);
            DebriefingSession s = readable(sessionId, Action.VIEW);
            return roundOf(s, user.username());
        });
    }

    private EntryRound roundOf(DebriefingSession s, String username) {
        if (!s.doubleEntry()) {
            return EntryRound.FIRST;
        }
        String first = sessions.talliesOf(s.id()).stream().filter(e -> e.round() == EntryRound.FIRST)
                .map(TallyEntry::enteredBy).findFirst().orElse(null);
        return first == null || first.equals(username) ? EntryRound.FIRST : EntryRound.SECOND;
    }

    /**
     * Saves the imported tallies of some of the session's reporting cadres in {@link #importRound}; the
     * other cadres keep what they had. The same rules as {@link #enterTallies} apply (closed year,
     * access, a ruled session, each tally's arithmetic), and one audit event is written.
     */
    public DebriefingDetails enterImported(UUID sessionId, List<BallotTally> tallies) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.UPDATE);
            return saveTallies(sessionId, roundOf(writable(sessionId), user.username()), tallies, false);
        });
    }

    private DebriefingDetails saveTallies(UUID sessionId, EntryRound round, List<BallotTally> tallies,
            boolean everyCadre) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.UPDATE);
            DebriefingSession s = writable(sessionId);
            if (round == EntryRound.RESOLVED) {
                throw new IllegalArgumentException("rulings go through resolve()");
            }
            if (round == EntryRound.SECOND && !s.doubleEntry()) {
                throw new ServiceException("error.ballot.noDoubleEntry", s.number());
            }
            List<ReportingCadre> reporting = sessions.cadresOf(sessionId);
            if (reporting.isEmpty()) {
                throw new ServiceException("error.ballot.noCadres", s.number());
            }
            Set<UUID> given = new HashSet<>();
            tallies.forEach(t -> given.add(t.reportingCadreId()));
            if (given.size() != tallies.size() || (everyCadre ? !given.equals(idsOf(reporting))
                    : !idsOf(reporting).containsAll(given))) {
                throw new ServiceException("error.ballot.everyCadre", reporting.size());
            }
            throwIfInvalid(check(tallies, reporting, s));
            List<TallyEntry> existing = sessions.talliesOf(sessionId);
            EntryRound other = round == EntryRound.FIRST ? EntryRound.SECOND : EntryRound.FIRST;
            for (TallyEntry e : existing) {
                if (e.round() == other && e.enteredBy().equals(user.username())) {
                    throw new ServiceException("error.ballot.samePerson", e.enteredBy());
                }
                if (e.round() == EntryRound.RESOLVED) {
                    throw new ServiceException("error.ballot.alreadyRuled", s.number());
                }
            }
            Map<UUID, BallotTally> before = new HashMap<>();
            existing.stream().filter(e -> e.round() == round).forEach(e -> before.put(e.tally().reportingCadreId(),
                    e.tally()));
            sessions.replaceTallies(sessionId, round, user.username(), tallies, stamps.next());
            sessions.touchSession(sessionId, stamps.next());
            DebriefingDetails after = detailsOf(s);
            audit.record(before.isEmpty() ? AuditKind.CREATE : AuditKind.UPDATE, AuditTrail.BALLOT_TALLY, sessionId,
                    s.number() + " " + round.name(), before.isEmpty() ? null : tallyFields(reporting, before),
                    tallyFields(reporting, byCadre(tallies)), null);
            return after;
        });
    }

    /** Ballot by ballot: one typed line per returned paper ballot ({@link BallotSheet}), saved as totals. */
    public DebriefingDetails enterBallots(UUID sessionId, EntryRound round, int issued, List<String> lines) {
        DebriefingDetails d = details(sessionId);
        List<FieldError> errors = new ArrayList<>();
        List<BallotTally> tallies = BallotSheet.totals(issued, lines, idsInOrder(d.cadres()), d.session().formula(),
                errors);
        throwIfInvalid(errors);
        return enterTallies(sessionId, round, tallies);
    }

    /**
     * An inspector's ruling where the two entries of a cadre's ballots differ (after recounting the paper):
     * the ruled tally is the cadre's final one.
     */
    public DebriefingDetails resolve(UUID sessionId, BallotTally ruled) {
        return tx.inTransaction(() -> {
            UserAccount user = access.require(Action.RESOLVE_BALLOTS);
            DebriefingSession s = writable(sessionId);
            DebriefingDetails d = detailsOf(s);
            CadreBallotResult result = d.results().stream()
                    .filter(r -> r.cadre().id().equals(ruled.reportingCadreId())).findFirst()
                    .orElseThrow(() -> new ServiceException("error.debriefing.cadreUnknown"));
            if (result.state() != EntryState.MISMATCH) {
                throw new ServiceException("error.ballot.nothingToRule", result.cadre().name());
            }
            throwIfInvalid(check(List.of(ruled), d.cadres(), s));
            sessions.replaceTallies(sessionId, EntryRound.RESOLVED, user.username(), List.of(ruled), stamps.next());
            sessions.touchSession(sessionId, stamps.next());
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("first", counts(result.first()));
            before.put("second", counts(result.second()));
            audit.record(AuditKind.STATUS_CHANGE, AuditTrail.BALLOT_TALLY, sessionId,
                    s.number() + " " + result.cadre().name(), before, Map.of("ruled", counts(ruled)), null);
            return detailsOf(s);
        });
    }

    // ------------------------------------------------------------------ comments

    public DebriefingComment addComment(UUID sessionId, UUID representativeId, UUID reportingCadreId, String question,
            String answer) {
        return tx.inTransaction(() -> {
            DebriefingSession s = writable(sessionId);
            throwIfInvalid(DebriefingRules.checkComment(question, answer));
            requireOfSession(s, representativeId, reportingCadreId);
            DebriefingComment c = new DebriefingComment(UUID.randomUUID(), sessionId, representativeId, null,
                    reportingCadreId, null, question.strip(), trim(answer), null, null, RecordStamp.NEW);
            sessions.insertComment(c, stamps.next());
            DebriefingComment saved = sessions.findComment(c.id()).orElseThrow();
            audit.record(AuditKind.CREATE, AuditTrail.DEBRIEFING_COMMENT, saved.id(), s.number(), null,
                    commentFields(saved), null);
            return saved;
        });
    }

    public DebriefingComment updateComment(UUID id, int version, UUID representativeId, UUID reportingCadreId,
            String question, String answer) {
        return tx.inTransaction(() -> {
            DebriefingComment current = sessions.findComment(id)
                    .orElseThrow(() -> new ServiceException("error.comment.notFound"));
            DebriefingSession s = writable(current.sessionId());
            throwIfInvalid(DebriefingRules.checkComment(question, answer));
            requireOfSession(s, representativeId, reportingCadreId);
            DebriefingComment changed = new DebriefingComment(id, s.id(), representativeId, null, reportingCadreId, null,
                    question.strip(), trim(answer), current.rectificationId(), null,
                    new RecordStamp(null, null, null, null, version));
            try {
                sessions.updateComment(changed, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(s.number(), e);
            }
            DebriefingComment saved = sessions.findComment(id).orElseThrow();
            AuditText.Changes changes = AuditText.changes(commentFields(current), commentFields(saved));
            audit.record(AuditKind.UPDATE, AuditTrail.DEBRIEFING_COMMENT, id, s.number(), changes.before(),
                    changes.after(), null);
            return saved;
        });
    }

    /** Deletes a comment recorded by mistake; refused once it became a ledger item. */
    public void deleteComment(UUID id, int version) {
        tx.run(() -> {
            DebriefingComment current = sessions.findComment(id)
                    .orElseThrow(() -> new ServiceException("error.comment.notFound"));
            DebriefingSession s = writable(current.sessionId());
            if (current.inLedger()) {
                throw new ServiceException("error.comment.inLedger", current.rectificationNumber());
            }
            try {
                sessions.softDeleteComment(id, version, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(s.number(), e);
            }
            audit.record(AuditKind.DELETE, AuditTrail.DEBRIEFING_COMMENT, id, s.number(), commentFields(current), null,
                    null);
        });
    }

    /**
     * Turns a comment into a 问题整改台账 item in one step (source 述职述廉意见), in one transaction: the
     * ledger's own rules decide what is missing, and the item and the comment each get their audit event.
     */
    public Rectification toRectification(UUID commentId, int version, LedgerRequest request) {
        return tx.inTransaction(() -> {
            DebriefingComment comment = sessions.findComment(commentId)
                    .orElseThrow(() -> new ServiceException("error.comment.notFound"));
            DebriefingSession s = writable(comment.sessionId());
            if (comment.inLedger()) {
                throw new ServiceException("error.comment.inLedger", comment.rectificationNumber());
            }
            UUID cadreId = null;
            UUID unitId = s.organisingUnitId();
            if (comment.reportingCadreId() != null) {
                ReportingCadre reporting = sessions.findCadre(comment.reportingCadreId()).orElseThrow();
                cadreId = reporting.cadreId();
                unitId = cadres.findById(cadreId).map(Cadre::unitId).orElse(unitId);
            }
            access.require(Action.CREATE, unitId);
            String description = comment.representativeName() == null ? comment.question()
                    : comment.representativeName() + "：" + comment.question();
            ProblemResponse response = request.severity() == null ? null : request.severity().suggestedResponse();
            RectificationDraft draft = new RectificationDraft(ProblemSource.DEBRIEFING_COMMENT, unitId, cadreId,
                    request.category(), request.severity(), response, description, s.date(),
                    request.measures() == null ? "" : request.measures(), unitId,
                    request.responsiblePerson() == null ? "" : request.responsiblePerson(), request.deadline(),
                    response == ProblemResponse.RETURN_VISIT_EDUCATION && request.deadline() != null
                            ? request.deadline().plusMonths(3) : null);
            throwIfInvalid(rectifications.collectErrors(draft));
            Rectification item = rectifications.insert(draft, null);
            audit.record(AuditKind.CREATE, RectificationService.RECORD_TYPE, item.id(), item.number(), null,
                    RectificationService.fields(item), null);
            DebriefingComment linked = new DebriefingComment(comment.id(), s.id(), comment.representativeId(), null,
                    comment.reportingCadreId(), null, comment.question(), comment.answer(), item.id(), null,
                    new RecordStamp(null, null, null, null, version));
            try {
                sessions.updateComment(linked, stamps.next());
            } catch (VersionConflictException e) {
                throw new ConcurrentEditException(s.number(), e);
            }
            audit.record(AuditKind.UPDATE, AuditTrail.DEBRIEFING_COMMENT, comment.id(), s.number(),
                    Map.of("rectification", ""), Map.of("rectification", item.number()), null);
            return item;
        });
    }

    // ------------------------------------------------------------------ printing

    /** 述职述廉民主测评表: {@code copies} numbered blank ballots (No. 001 …) in one document; one PRINT event. */
    public PrintableDocument printBallot(UUID sessionId, int copies, Locale locale) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new ServiceException("error.ballot.copies", MAX_COPIES);
        }
        DebriefingDetails d = tx.read(() -> detailsOf(readable(sessionId, Action.PRINT)));
        if (d.cadres().isEmpty()) {
            throw new ServiceException("error.ballot.noCadres", d.session().number());
        }
        PrintableDocument document = new ReportDocument(
                reports.get().ballots(d.session(), d.cadres(), rectifications.bureauName(), copies, locale),
                stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, sessionId, d.session().number(), null,
                Map.of("form", "debriefing-ballot", "copies", copies, "pages", document.pageCount()), null));
        return document;
    }

    /** 述职述廉测评结果汇总表 of one session; one PRINT event. */
    public PrintableDocument printSummary(UUID sessionId, Locale locale) {
        DebriefingDetails d = tx.read(() -> detailsOf(readable(sessionId, Action.PRINT)));
        return summary(List.of(d), locale, sessionId, d.session().number());
    }

    /** 述职述廉测评结果汇总表 of every session of a year the user may see, one after another; one PRINT event. */
    public PrintableDocument printSummaryYear(int year, Locale locale) {
        List<DebriefingDetails> all = tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.PRINT);
            return sessions.listSessions().stream().filter(s -> s.year() == year)
                    .filter(s -> RectificationService.canSee(scope, s.organisingUnitId(), null))
                    .sorted(java.util.Comparator.comparing(DebriefingSession::date).thenComparing(DebriefingSession::number))
                    .map(this::detailsOf).toList();
        });
        if (all.isEmpty()) {
            throw new ServiceException("error.debriefing.noneInYear", year);
        }
        return summary(all, locale, null, String.valueOf(year));
    }

    private PrintableDocument summary(List<DebriefingDetails> shown, Locale locale, UUID recordId, String label) {
        PrintableDocument document = new ReportDocument(
                reports.get().summary(shown, rectifications.bureauName(), stamps.today(), locale), stamps.clock());
        tx.run(() -> audit.record(AuditKind.PRINT, RECORD_TYPE, recordId, label, null,
                Map.of("form", "debriefing-summary", "sessions", shown.size(), "pages", document.pageCount()), null));
        return document;
    }

    // ------------------------------------------------------------------ hooks for other features

    /** The DEBRIEFING section of a cadre's file: each time they reported, with the result and comments. */
    public FileSections.Source fileSection(Messages messages) {
        return new FileSections.Source() {
            @Override
            public FileSection section() {
                return FileSection.DEBRIEFING;
            }

            @Override
            public List<SectionEntry> entries(UUID cadreId) {
                List<SectionEntry> entries = new ArrayList<>();
                Map<UUID, List<DebriefingComment>> commentsBySession = new HashMap<>();
                for (DebriefingComment c : sessions.commentsToCadre(cadreId)) {
                    commentsBySession.computeIfAbsent(c.sessionId(), k -> new ArrayList<>()).add(c);
                }
                for (ReportingCadre reported : sessions.reportsOfCadre(cadreId)) {
                    DebriefingSession s = sessions.findSession(reported.sessionId()).orElse(null);
                    if (s == null) {
                        continue;
                    }
                    CadreBallotResult r = DebriefingResults.of(s, List.of(reported), sessions.talliesOf(s.id())).get(0);
                    String title = messages.get("debriefing.file.title", s.number(), messages.label(reported.category()));
                    String result = resultText(messages, s, r);
                    List<DebriefingComment> mine = commentsBySession.getOrDefault(s.id(), List.of());
                    StringBuilder detail = new StringBuilder(messages.get("debriefing.file.detail", s.place(), result,
                            mine.size()));
                    for (DebriefingComment c : mine) {
                        detail.append('\n').append(messages.get("debriefing.file.comment", c.question(),
                                c.answer() == null ? "—" : c.answer(),
                                c.rectificationNumber() == null ? "" : c.rectificationNumber()));
                    }
                    entries.add(new SectionEntry(s.date(), title, detail.toString()));
                }
                return entries;
            }
        };
    }

    /** One line about a cadre's result, in words: the satisfaction and counts, or why there is none. */
    public static String resultText(Messages messages, DebriefingSession s, CadreBallotResult r) {
        if (!r.state().isFinal()) {
            return messages.label(r.state());
        }
        BallotTally t = r.finalTally();
        if (!r.quorum()) {
            return messages.get("debriefing.result.noQuorum", t.returned(), s.expectedVoters());
        }
        if (r.satisfaction() == null) {
            return messages.get("debriefing.result.noValid");
        }
        return messages.get("debriefing.result.line", r.satisfaction().toPlainString(), messages.label(s.formula()),
                t.valid(), t.voided());
    }

    /** {@link AssessmentInput#DEBRIEFING_SATISFACTION}: percent per cadre, final results with a quorum only. */
    public AssessmentInputSource assessmentSource() {
        return new AssessmentInputSource() {
            @Override
            public Set<AssessmentInput> supplies() {
                return Set.of(AssessmentInput.DEBRIEFING_SATISFACTION);
            }

            @Override
            public Map<AssessmentInput, Map<UUID, BigDecimal>> values(int year) {
                Map<UUID, List<BigDecimal>> all = new HashMap<>();
                for (Counted c : counted(year)) {
                    all.computeIfAbsent(c.result().cadre().cadreId(), k -> new ArrayList<>()).add(c.result().satisfaction());
                }
                Map<UUID, BigDecimal> averaged = new HashMap<>();
                all.forEach((cadreId, values) -> averaged.put(cadreId, average(values)));
                Map<AssessmentInput, Map<UUID, BigDecimal>> out = new EnumMap<>(AssessmentInput.class);
                out.put(AssessmentInput.DEBRIEFING_SATISFACTION, averaged);
                return out;
            }

            @Override
            public Map<AssessmentInput, List<String>> records(int year, UUID cadreId) {
                List<String> lines = new ArrayList<>();
                for (Counted c : counted(year)) {
                    if (c.result().cadre().cadreId().equals(cadreId)) {
                        BallotTally t = c.result().finalTally();
                        lines.add(c.session().date() + " " + c.session().number() + " 述职述廉满意度 "
                                + c.result().satisfaction().toPlainString() + "%（有效票 " + t.valid() + "，满意 "
                                + t.satisfied() + "，基本满意 " + t.basicallySatisfied() + "，不满意 " + t.unsatisfied() + "）");
                    }
                }
                Map<AssessmentInput, List<String>> out = new EnumMap<>(AssessmentInput.class);
                out.put(AssessmentInput.DEBRIEFING_SATISFACTION, lines);
                return out;
            }
        };
    }

    private record Counted(DebriefingSession session, CadreBallotResult result) {
    }

    /** The year's counted results (final, quorum, valid ballots), oldest session first; no access check. */
    private List<Counted> counted(int year) {
        List<Counted> out = new ArrayList<>();
        List<DebriefingSession> ofYear = sessions.listSessions().stream().filter(s -> s.year() == year)
                .sorted(java.util.Comparator.comparing(DebriefingSession::date)).toList();
        for (DebriefingSession s : ofYear) {
            for (CadreBallotResult r : DebriefingResults.of(s, sessions.cadresOf(s.id()), sessions.talliesOf(s.id()))) {
                if (r.counts()) {
                    out.add(new Counted(s, r));
                }
            }
        }
        return out;
    }

    /** Home tab: the year's average satisfaction by reporting category, of the sessions the user may see. */
    public HomeSources.Charts chartSource(Messages messages) {
        return new HomeSources.Charts() {
            @Override
            public List<HomeChart> charts(int year) {
                return satisfactionCharts(year, messages);
            }

            @Override
            public List<HomeChart> charts(int year, java.util.Locale locale) {
                return satisfactionCharts(year, new Messages(locale));
            }
        };
    }

    /** The chart of {@link #chartSource}, worded in {@code messages}' language. */
    private List<HomeChart> satisfactionCharts(int year, Messages messages) {
        Map<ReportingCategory, List<BigDecimal>> byCategory = new EnumMap<>(ReportingCategory.class);
        tx.read(() -> {
            AccessControl.Scope scope = access.scope(Action.VIEW);
            for (Counted c : counted(year)) {
                if (RectificationService.canSee(scope, c.session().organisingUnitId(), null)) {
                    byCategory.computeIfAbsent(c.result().cadre().category(), k -> new ArrayList<>())
                            .add(c.result().satisfaction());
                }
            }
            return null;
        });
        if (byCategory.isEmpty()) {
            return List.of();
        }
        List<HomeChart.Category> categories = new ArrayList<>();
        for (ReportingCategory category : ReportingCategory.values()) {
            List<BigDecimal> values = byCategory.get(category);
            if (values != null) {
                categories.add(new HomeChart.Category(messages.label(category), category.name(),
                        List.of(average(values).doubleValue())));
            }
        }
        return List.of(new HomeChart(messages.get("debriefing.chart.title", year), "debriefingTab",
                List.of(messages.get("debriefing.chart.series")), categories));
    }

    // ------------------------------------------------------------------ helpers

    private static BigDecimal average(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private DebriefingSession readable(UUID id, Action action) {
        DebriefingSession s = sessions.findSession(id)
                .orElseThrow(() -> new ServiceException("error.debriefing.notFound"));
        access.require(action, s.organisingUnitId());
        return s;
    }

    /** The session, when the user may change it and its year is open. */
    private DebriefingSession writable(UUID id) {
        DebriefingSession s = readable(id, Action.UPDATE);
        closedYears.requireOpen(s.year());
        return s;
    }

    private void requireOfSession(DebriefingSession s, UUID representativeId, UUID reportingCadreId) {
        if (representativeId != null && sessions.findRepresentative(representativeId)
                .filter(r -> r.sessionId().equals(s.id())).isEmpty()) {
            throw new ServiceException("error.debriefing.representativeUnknown");
        }
        if (reportingCadreId != null && sessions.findCadre(reportingCadreId)
                .filter(c -> c.sessionId().equals(s.id())).isEmpty()) {
            throw new ServiceException("error.debriefing.cadreUnknown");
        }
    }

    private List<FieldError> collectErrors(DebriefingDraft draft) {
        List<FieldError> errors = new ArrayList<>(DebriefingRules.check(draft, stamps.today()));
        if (draft.organisingUnitId() != null && new UnitTree(units.findAll()).find(draft.organisingUnitId()).isEmpty()) {
            errors.add(new FieldError("unit", "validation.unit.unknown"));
        }
        return errors;
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Set<UUID> idsOf(List<ReportingCadre> reporting) {
        Set<UUID> ids = new HashSet<>();
        reporting.forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static List<UUID> idsInOrder(List<ReportingCadre> reporting) {
        return reporting.stream().map(ReportingCadre::id).toList();
    }

    private static Map<UUID, BallotTally> byCadre(List<BallotTally> tallies) {
        Map<UUID, BallotTally> map = new HashMap<>();
        tallies.forEach(t -> map.put(t.reportingCadreId(), t));
        return map;
    }

    private static Map<String, Object> tallyFields(List<ReportingCadre> reporting, Map<UUID, BallotTally> tallies) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (ReportingCadre c : reporting) {
            BallotTally t = tallies.get(c.id());
            if (t != null) {
                f.put(c.name(), counts(t));
            }
        }
        return f;
    }

    /** "发12 收11 废1 | SATISFIED 8 ..." in a compact, stable form for the audit trail. */
    static String counts(BallotTally t) {
        StringBuilder b = new StringBuilder();
        for (BallotField f : BallotField.values()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(f.name().toLowerCase(Locale.ROOT)).append('=').append(f.of(t));
        }
        return b.toString();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> fields(DebriefingSession s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("number", s.number());
        f.put("date", s.date().toString());
        f.put("place", s.place());
        f.put("unit", s.organisingUnitName() == null ? String.valueOf(s.organisingUnitId()) : s.organisingUnitName());
        f.put("formula", s.formula().name());
        f.put("expectedVoters", s.expectedVoters());
        f.put("doubleEntry", s.doubleEntry());
        return f;
    }

    private static Map<String, Object> commentFields(DebriefingComment c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("representative", c.representativeName() == null ? "" : c.representativeName());
        f.put("cadre", c.cadreName() == null ? "" : c.cadreName());
        f.put("question", c.question());
        f.put("answer", c.answer() == null ? "" : c.answer());
        return f;
    }
}

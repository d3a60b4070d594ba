package org.integritydesk.service.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.Action;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.ExchangeKind;
import org.integritydesk.model.ExchangeKinds;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.AuditTrail;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.Stamps;
import org.integritydesk.service.security.AccessControl;
import org.integritydesk.store.AttachmentFileException;
import org.integritydesk.store.AttachmentFiles;
import org.integritydesk.store.ExchangeStore;
import org.integritydesk.store.ExchangeStore.JournalEntry;
import org.integritydesk.store.ExchangeStore.ConflictRow;
import org.integritydesk.store.ExchangeStore.PeerRow;
import org.integritydesk.store.ExchangeStore.RowState;
import org.integritydesk.store.ExchangeStore.SiteRow;
import org.integritydesk.store.ExchangeStore.TableRow;
import org.integritydesk.store.Stamping;
import org.integritydesk.store.Transactions;

/**
 * Offline exchange between the county bureau and its sub-bureaus (issue 7 items 5-9; decision 0013).
 * Change capture compares every exchanged row with its last exchanged hash (exchange_row), so no
 * repository needs to know about exchange; a package carries each record changed since the peer's
 * last acknowledgement; an import applies, in one transaction, what it may and keeps the rest as
 * conflicts for a user's decision.
 */
public final class ExchangeService {
    /** Packages larger than this are refused before reading (a mistaken file, not a package). */
    static final long MAX_FILE = 1L << 31;
    private static final String RECORD_TYPE_PACKAGE = AuditTrail.EXCHANGE_PACKAGE;
    private static final String RECORD_TYPE_CONFLICT = AuditTrail.EXCHANGE_CONFLICT;
    private static final String RECORD_TYPE_KEYS = AuditTrail.EXCHANGE_KEYS;

    private final Transactions tx;
    private final ExchangeStore store;
    private final Stamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final SetupService setup;
    private final PackageCodec codec;
    private final AttachmentFiles files;
    /** Attachment file bytes one package carries at most (a larger single file travels alone). */
    private long fileBudget = FILE_BUDGET;

    /** Attachment file bytes per package: more wait for the next package. */
    static final long FILE_BUDGET = 64L << 20;
    /** A single attachment file larger than this does not travel (reported at every export). */
    static final long MAX_ONE_FILE = 256L << 20;
    static final String ATTACHMENT = "attachment";

    /**
     * @param files this site's attachment store: files of exported attachments are read from it, files
     *        received are stored in it, encrypted with this site's file key
     */
    public ExchangeService(Transactions tx, ExchangeStore store, Stamps stamps, AccessControl access, AuditTrail audit,
            SetupService setup, SecureRandom random, AttachmentFiles files) {
        this.files = files;
        this.tx = tx;
        this.store = store;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
        this.setup = setup;
        this.codec = new PackageCodec(random);
    }

    // ---- results

    public record SiteInfo(String siteCode, String hubCode, String fingerprint, String publicKeyFile) {
        public boolean isCounty() {
            return siteCode.equals(hubCode);
        }
    }

    /**
     * @param files attachment files carried, {@code fileBytes} their size
     * @param heldBack attachments whose rows wait with their files (missing, damaged, too large, or for
     *        the next package when this one is full); they go in a later package
     */
    public record ExportResult(String peer, long seq, int records, long bytes, Path file, int files, long fileBytes,
            List<HeldFile> heldBack) {
        public ExportResult {
            heldBack = List.copyOf(heldBack);
        }
    }

    /** Why an attachment's file (and so its row) did not go in this package. */
    public enum HoldReason { MISSING, DAMAGED, TOO_LARGE, NEXT_PACKAGE }

    public record HeldFile(UUID attachmentId, String name, long size, HoldReason reason) {
    }

    public enum Outcome { APPLIED, ALREADY_IMPORTED }

    /**
     * @param lostFrom when not 0, packages lostFrom..lostTo never arrived; this one carried their changes
     */
    public record ImportResult(Outcome outcome, String peer, long seq, long lastImported, int applied, int unchanged,
            int conflicts, long lostFrom, long lostTo, int files) {
    }

    /** Where the exchange with one peer stands (the county's view of a sub-bureau). */
    public record PeerStatus(String siteCode, String fingerprint, long lastImportedSeq, Instant lastImportedAt,
            Instant lastPackageMadeAt, long sentSeq, long ackedSeq, Instant lastExportedAt, long recordsToSend,
            long openConflicts) {
        /** Our packages the peer has not acknowledged yet. */
        public long unacknowledged() {
            return sentSeq - ackedSeq;
        }
    }

    public record Conflict(UUID id, String kind, String key, String peer, long packageSeq, String owner, String source,
            String reason, String detail, Map<String, Object> theirs, Map<String, Object> mine, Instant detectedAt,
            String status, Instant decidedAt, String decidedBy) {
    }

    // ---- site and keys

    /** This site's identity and public key, made on first call (site = the bureau's unit code unless given). */
    public SiteInfo keys(String siteCode) {
        access.require(Action.EXCHANGE);
        String hub = setup.profile().orElseThrow(() -> new ServiceException("error.exchange.notSetUp")).unitCode();
        SiteInfo made = tx.inTransaction(() -> {
            Optional<SiteRow> existing = store.site();
            if (existing.isPresent()) {
                if (siteCode != null && !siteCode.isBlank() && !siteCode.strip().equals(existing.get().siteCode())) {
                    throw new ServiceException("error.exchange.siteFixed", existing.get().siteCode());
                }
                return info(existing.get());
            }
            String code = siteCode == null || siteCode.isBlank() ? hub : siteCode.strip();
            if (!code.matches("\\d{6,20}")) {
                throw new ServiceException("error.exchange.siteCode");
            }
            SiteKeys.Generated keys = SiteKeys.generate();
            // (the change journal's triggers are installed right after this transaction)
            Stamping stamp = stamps.next();
            SiteRow site = new SiteRow(code, hub, keys.signPrivate(), keys.signPublic(), keys.agreePrivate(),
                    keys.agreePublic(), 0, stamp.now());
            store.createSite(site);
            baseline(code, hub);
            SiteInfo info = info(site);
            audit.record(AuditKind.SETTING_CHANGE, RECORD_TYPE_KEYS, null, code, null,
                    Map.of("site", code, "county", hub, "fingerprint", info.fingerprint()), null);
            return info;
        });
        installJournal();
        return made;
    }

    /** Installs the change journal's triggers (DDL, so in a transaction of its own) once the site exists. */
    private void installJournal() {
        tx.run(store::installJournal);
    }

    /** The bureau's unit code from the set-up: the site code a new installation suggests. */
    public String bureauCode() {
        access.require(Action.EXCHANGE);
        return setup.profile().map(p -> p.unitCode()).orElse("");
    }

    /** This site, or empty before {@link #keys} made it. */
    public Optional<SiteInfo> site() {
        access.require(Action.EXCHANGE);
        return tx.read(() -> store.site().map(ExchangeService::info));
    }

    /**
     * Trusts the public key file of site {@code code} (after its fingerprint was compared by phone).
     *
     * @return the fingerprint trusted
     */
    public String trust(String code, String keyFileText) {
        access.require(Action.EXCHANGE);
        SiteKeys.PublicKeys keys = SiteKeys.parsePublicFile(keyFileText);
        if (code == null || !keys.siteCode().equals(code.strip())) {
            throw new ServiceException("error.exchange.keySite", keys.siteCode(), code);
        }
        return tx.inTransaction(() -> {
            SiteRow site = requireSite();
            if (site.siteCode().equals(keys.siteCode())) {
                throw new ServiceException("error.exchange.trustSelf");
            }
            Stamping stamp = stamps.next();
            store.trustPeer(keys.siteCode(), keys.signPublic(), keys.agreePublic(), keys.fingerprint(), stamp.now(),
                    stamp.user());
            audit.record(AuditKind.SETTING_CHANGE, RECORD_TYPE_KEYS, null, keys.siteCode(), null,
                    Map.of("trusted", keys.siteCode(), "fingerprint", keys.fingerprint()), null);
            return keys.fingerprint();
        });
    }

    private static SiteInfo info(SiteRow site) {
        SiteKeys.PublicKeys keys = new SiteKeys.PublicKeys(site.siteCode(), site.signPublic(), site.agreePublic());
        return new SiteInfo(site.siteCode(), site.hubCode(), keys.fingerprint(), SiteKeys.publicFile(keys));
    }

    private SiteRow requireSite() {
        return store.site().orElseThrow(() -> new ServiceException("error.exchange.noKeys"));
    }

    // ---- status and conflicts

    public List<PeerStatus> status() {
        access.require(Action.EXCHANGE);
        return tx.read(() -> {
            if (store.site().isEmpty()) {
                return List.of();
            }
            capture(requireSite());
            List<PeerStatus> list = new ArrayList<>();
            for (PeerRow p : store.peers()) {
                long ackedRev = store.sentUpToRev(p.siteCode(), p.ackedSeq());
                list.add(new PeerStatus(p.siteCode(), p.fingerprint(), p.lastImportedSeq(), p.lastImportedAt(),
                        p.lastPackageMadeAt(), p.sentSeq(), p.ackedSeq(), p.lastExportedAt(),
                        store.countChangedSince(ackedRev, p.siteCode()), store.openConflicts(p.siteCode())));
            }
            return list;
        });
    }

    public List<Conflict> conflicts(boolean openOnly) {
        access.require(Action.EXCHANGE);
        return tx.read(() -> store.conflicts(openOnly).stream().map(ExchangeService::conflict).toList());
    }

    private static Conflict conflict(ConflictRow c) {
        return new Conflict(c.id(), c.kind(), c.key(), c.peer(), c.packageSeq(), c.owner(), c.source(), c.reason(),
                c.detail(), asMap(c.theirs()), asMap(c.mine()), c.detectedAt(), c.status(), c.decidedAt(),
                c.decidedBy());
    }

    private static Map<String, Object> asMap(byte[] row) {
        if (row == null) {
            return null;
        }
        RowCodec.Row decoded = RowCodec.decode(row);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < decoded.columns().size(); i++) {
            map.put(decoded.columns().get(i), decoded.values().get(i));
        }
        return map;
    }

    /**
     * Decides a conflict: keep this site's version (it is sent again to every peer, the other side's
     * change is dropped by a user's decision) or take theirs (applied here as it came).
     */
    public void decide(UUID conflictId, boolean keepMine) {
        access.require(Action.EXCHANGE);
        tx.run(() -> {
            SiteRow site = requireSite();
            ConflictRow c = store.conflict(conflictId).filter(x -> x.status().equals("OPEN"))
                    .orElseThrow(() -> new ServiceException("error.exchange.conflictGone"));
            ExchangeKind kind = kindOf(c.kind());
            capture(site);
            Optional<RowState> state = store.state(c.kind(), c.key());
            String owner = state.map(RowState::owner).orElse(c.owner());
            long rev = store.takeRevs(1);
            if (keepMine) {
                Optional<TableRow> mine = store.read(kind, c.key());
                long hash = mine.map(r -> RowCodec.hash(r.columns(), r.values())).orElse(0L);
                store.putStates(List.of(new RowState(c.kind(), c.key(), hash, mine.isEmpty(), rev, owner,
                        site.siteCode(), null)));
            } else {
                String refused;
                long hash;
                if (c.theirs() == null) {
                    refused = store.delete(kind, c.key());
                    hash = 0;
                } else {
                    RowCodec.Row row = RowCodec.decode(c.theirs());
                    refused = store.upsert(kind, new TableRow(c.key(), row.columns(), row.values()));
                    hash = RowCodec.hash(row.columns(), row.values());
                }
                if (refused != null) {
                    throw new ServiceException("error.exchange.cannotApply", refused);
                }
                // a decision of this site: sent on to every peer, the one it came from included (it may
                // have moved on since, and then it meets this decision as a conflict of its own)
                store.putStates(List.of(new RowState(c.kind(), c.key(), hash, c.theirs() == null, rev, owner,
                        site.siteCode(), null)));
            }
            Stamping stamp = stamps.next();
            store.decide(c.id(), keepMine ? "KEPT_MINE" : "TOOK_THEIRS", stamp.now(), stamp.user());
            audit.record(AuditKind.UPDATE, RECORD_TYPE_CONFLICT, c.id(), c.kind() + " " + c.key(), null,
                    Map.of("decision", keepMine ? "keepMine" : "takeTheirs", "peer", c.peer(), "kind", c.kind(),
                            "key", c.key()), null);
        });
    }

    // ---- export

    /** The peer a package goes to when none is named: the county from a sub-bureau, the only peer otherwise. */
    public String defaultPeer() {
        access.require(Action.EXCHANGE);
        return tx.read(() -> {
            SiteRow site = requireSite();
            List<PeerRow> peers = store.peers();
            if (!site.siteCode().equals(site.hubCode())
                    && peers.stream().anyMatch(p -> p.siteCode().equals(site.hubCode()))) {
                return site.hubCode();
            }
            if (peers.size() == 1) {
                return peers.get(0).siteCode();
            }
            throw new ServiceException(peers.isEmpty() ? "error.exchange.noPeers" : "error.exchange.whichPeer");
        });
    }

    /** Writes a package for {@code peer} (null: {@link #defaultPeer}) with every change it has not acknowledged. */
    public ExportResult export(String peer, Path file, ProgressListener progress) {
        access.require(Action.EXCHANGE);
        String to = peer == null || peer.isBlank() ? defaultPeer() : peer.strip();
        return tx.inTransaction(() -> {
            SiteRow site = requireSite();
            PeerRow p = store.peer(to).orElseThrow(() -> new ServiceException("error.exchange.unknownPeer", to));
            capture(site);
            long ackedRev = store.sentUpToRev(to, p.ackedSeq());
            List<RowState> changed = store.changedSince(ackedRev, to);
            List<PackageRecord> records = new ArrayList<>(changed.size());
            Map<String, Map<String, TableRow>> rows = rowsOf(changed);
            List<PackageFile> carried = new ArrayList<>();
            List<HeldFile> held = new ArrayList<>();
            Map<String, HeldFile> heldByKey = new java.util.HashMap<>();
            List<RowState> heldStates = new ArrayList<>();
            // the files claim the package's budget: first those not in any package to this peer yet,
            // then those of our packages it has not acknowledged (sent again, in case one was lost)
            long lastSentRev = store.sentUpToRev(to, p.sentSeq());
            long fileBytes = 0;
            for (boolean fresh : new boolean[] {true, false}) {
                for (RowState s : changed) {
                    TableRow row = s.deleted() ? null : rows.get(s.kind()).get(s.key());
                    if (row == null || !s.kind().equals(ATTACHMENT) || (s.rev() > lastSentRev) != fresh) {
                        continue;
                    }
                    Map<String, Object> a = row.asMap();
                    if (a.get("deleted_at") == null) {
                        HeldFile hold = attachFile(a, carried, fileBytes);
                        if (hold != null) {
                            heldByKey.put(s.key(), hold);
                        } else {
                            fileBytes += carried.get(carried.size() - 1).content().length;
                        }
                    }
                }
            }
            int done = 0;
            for (RowState s : changed) {
                TableRow row = s.deleted() ? null : rows.get(s.kind()).get(s.key());
                HeldFile hold = s.kind().equals(ATTACHMENT) ? heldByKey.get(s.key()) : null;
                if (hold != null) {
                    held.add(hold);
                    heldStates.add(s);
                    continue;
                }
                records.add(row != null
                        ? new PackageRecord(s.kind(), s.key(), s.owner(), s.source(), false, row.columns(), row.values())
                        : new PackageRecord(s.kind(), s.key(), s.owner(), s.source(), true, List.of(), List.of()));
                if (++done % 1000 == 0) {
                    progress.progress(done, changed.size() + 1L);
                }
            }
            records = applyOrder(records);
            Stamping stamp = stamps.next();
            long seq = p.sentSeq() + 1;
            PackageHeader header = new PackageHeader(PackageHeader.FORMAT, site.siteCode(), to, seq,
                    p.lastImportedSeq(), p.ackedSeq(), stamp.now(), records.size());
            byte[] bytes = codec.write(header, records, carried, site.signPrivate(), p.agreePublic());
            AtomicFiles.write(file, out -> out.write(bytes));
            store.recordSent(to, seq, store.lastRev(), records.size(), stamp.now());
            if (!heldStates.isEmpty()) {
                // not in this package: a change number after the one it covers, so the next one carries them
                long first = store.takeRevs(heldStates.size());
                List<RowState> again = new ArrayList<>(heldStates.size());
                for (int i = 0; i < heldStates.size(); i++) {
                    RowState h = heldStates.get(i);
                    again.add(new RowState(h.kind(), h.key(), h.hash(), h.deleted(), first + i, h.owner(), h.source(),
                            h.via()));
                }
                store.putStates(again);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("to", to);
            after.put("seq", seq);
            after.put("records", records.size());
            after.put("bytes", bytes.length);
            after.put("files", carried.size());
            after.put("fileBytes", fileBytes);
            if (!held.isEmpty()) {
                after.put("heldBack", held.stream().map(h -> h.attachmentId() + " " + h.reason()).toList());
            }
            after.put("file", file.getFileName().toString());
            audit.record(AuditKind.EXPORT, RECORD_TYPE_PACKAGE, null, site.siteCode() + "→" + to + " #" + seq, null,
                    after, null);
            progress.progress(changed.size() + 1L, changed.size() + 1L);
            return new ExportResult(to, seq, records.size(), bytes.length, file, carried.size(), fileBytes, held);
        });
    }

    /**
     * Adds a live attachment's file to the package, or says why it waits: its file is missing or
     * damaged here, it is too large for any package, or this package is full.
     */
    private HeldFile attachFile(Map<String, Object> a, List<PackageFile> carried, long fileBytes) {
        UUID id = (UUID) a.get("id");
        String name = String.valueOf(a.get("original_name"));
        long size = ((Number) a.get("size_bytes")).longValue();
        if (size > MAX_ONE_FILE) {
            return new HeldFile(id, name, size, HoldReason.TOO_LARGE);
        }
        if (!carried.isEmpty() && fileBytes + size > fileBudget) {
            return new HeldFile(id, name, size, HoldReason.NEXT_PACKAGE);
        }
        try {
            byte[] content = files.read(id, String.valueOf(a.get("stored_path")), String.valueOf(a.get("sha256")));
            carried.add(new PackageFile(id, String.valueOf(a.get("sha256")), content));
            return null;
        } catch (AttachmentFileException e) {
            return new HeldFile(id, name, size,
                    e.problem() == AttachmentFileException.Problem.STORED_MISSING ? HoldReason.MISSING : HoldReason.DAMAGED);
        }
    }

    /** Attachment file bytes per package (tests use a small budget). */
    void fileBudget(long bytes) {
        this.fileBudget = bytes;
    }

    /** The current rows of the changed records, by kind and key, read by key in batches. */
    private Map<String, Map<String, TableRow>> rowsOf(List<RowState> changed) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (RowState s : changed) {
            if (!s.deleted()) {
                keys.computeIfAbsent(s.kind(), k -> new HashSet<>()).add(s.key());
            }
        }
        Map<String, Map<String, TableRow>> rows = new LinkedHashMap<>();
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            Set<String> wanted = keys.getOrDefault(kind.table(), Set.of());
            rows.put(kind.table(), wanted.isEmpty() ? Map.of() : store.readMany(kind, wanted));
        }
        return rows;
    }

    /** Kinds in registry order; units parents first; deletions after every upsert, children first. */
    static List<PackageRecord> applyOrder(List<PackageRecord> records) {
        List<PackageRecord> upserts = new ArrayList<>();
        List<PackageRecord> deletions = new ArrayList<>();
        for (PackageRecord r : records) {
            (r.deleted() ? deletions : upserts).add(r);
        }
        Map<String, List<PackageRecord>> byKind = new LinkedHashMap<>();
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            byKind.put(kind.table(), new ArrayList<>());
        }
        for (PackageRecord r : upserts) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        List<PackageRecord> ordered = new ArrayList<>(records.size());
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            List<PackageRecord> list = byKind.get(kind.table());
            ordered.addAll(kind.parentColumn() == null ? list : parentsFirst(list, kind.parentColumn()));
        }
        byKind.forEach((table, list) -> {
            if (ExchangeKinds.byTable(table).isEmpty()) {
                ordered.addAll(list);
            }
        });
        deletions.sort(Comparator.comparingInt((PackageRecord r) -> ExchangeKinds.order(r.kind())).reversed());
        ordered.addAll(deletions);
        return ordered;
    }

    private static List<PackageRecord> parentsFirst(List<PackageRecord> rows, String parentColumn) {
        Map<String, PackageRecord> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<PackageRecord> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (PackageRecord r : rows) {
            place(r, byKey, placed, out, parentColumn, 0);
        }
        return out;
    }

    private static void place(PackageRecord r, Map<String, PackageRecord> byKey, Set<String> placed,
            List<PackageRecord> out, String parentColumn, int depth) {
        if (placed.contains(r.key())) {
            return;
        }
        int i = r.columns().indexOf(parentColumn);
        Object parent = i < 0 ? null : r.values().get(i);
        if (parent != null && depth < 100 && byKey.containsKey(parent.toString())) {
            place(byKey.get(parent.toString()), byKey, placed, out, parentColumn, depth + 1);
        }
        if (placed.add(r.key())) {
            out.add(r);
        }
    }

    // ---- import

    /** Reads, checks and applies a package in one transaction; any refusal leaves everything as it was. */
    public ImportResult importPackage(Path file, ProgressListener progress) {
        access.require(Action.EXCHANGE);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new PackageException("error.exchange.notPackage");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ServiceException("error.exchange.noFile", file);
        } catch (IOException e) {
            throw new ServiceException("error.exchange.readFile", file, e.getMessage());
        }
        return importBytes(bytes, progress);
    }

    ImportResult importBytes(byte[] bytes, ProgressListener progress) {
        return tx.inTransaction(() -> {
            SiteRow site = requireSite();
            PackageCodec.Opened opened = codec.read(bytes, code -> store.peer(code)
                    .map(p -> new PackageCodec.PeerKeys(p.signPublic(), p.agreePublic())), site.siteCode(),
                    site.agreePrivate());
            PackageHeader h = opened.header();
            PeerRow peer = store.peer(h.from()).orElseThrow();
            if (h.seq() <= peer.lastImportedSeq()) {
                return new ImportResult(Outcome.ALREADY_IMPORTED, h.from(), h.seq(), peer.lastImportedSeq(), 0, 0, 0,
                        0, 0, 0);
            }
            if (h.base() > peer.lastImportedSeq()) {
                throw new PackageException("error.exchange.gap", h.from(), h.seq(), peer.lastImportedSeq() + 1, h.base());
            }
            if (h.ack() > peer.sentSeq()) {
                throw new PackageException("error.exchange.ackAhead", h.from(), h.ack(), peer.sentSeq());
            }
            for (PackageRecord r : opened.records()) {
                if (ExchangeKinds.byTable(r.kind()).isEmpty()) {
                    throw new PackageException("error.exchange.unknownKind", r.kind());
                }
            }
            checkFiles(opened);
            capture(site);
            long ackedRev = store.sentUpToRev(h.from(), h.ack());
            Stamping stamp = stamps.next();
            List<RowState> applied = new ArrayList<>();
            int unchanged = 0;
            int conflicts = 0;
            int done = 0;
            Map<String, Set<String>> keysByKind = new java.util.HashMap<>();
            for (PackageRecord r : opened.records()) {
                keysByKind.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.key());
            }
            Map<String, Map<String, RowState>> states = new java.util.HashMap<>();
            keysByKind.forEach((kind, keys) -> states.put(kind, store.states(kind, keys)));
            for (PackageRecord r : applyOrder(opened.records())) {
                Applied result = apply(site, h, r, ackedRev, stamp.now(), applied,
                        Optional.ofNullable(states.get(r.kind()).get(r.key())));
                if (result == Applied.UNCHANGED) {
                    unchanged++;
                } else if (result == Applied.CONFLICT) {
                    conflicts++;
                }
                if (++done % 1000 == 0) {
                    progress.progress(done, opened.records().size() + 1L);
                }
            }
            if (!applied.isEmpty()) {
                long first = store.takeRevs(applied.size());
                List<RowState> numbered = new ArrayList<>(applied.size());
                for (int i = 0; i < applied.size(); i++) {
                    RowState s = applied.get(i);
                    numbered.add(new RowState(s.kind(), s.key(), s.hash(), s.deleted(), first + i, s.owner(),
                            s.source(), s.via()));
                }
                store.putStates(numbered);
            }
            int stored = storeFiles(opened.files());
            // the journal now names every row this import wrote: their states are already right
            Set<String> written = new HashSet<>();
            applied.forEach(a -> written.add(a.kind() + "/" + a.key()));
            capture(site, written);
            store.recordImported(h.from(), h.seq(), stamp.now(), h.madeAt(), h.ack());
            long lostFrom = h.seq() - 1 > peer.lastImportedSeq() ? peer.lastImportedSeq() + 1 : 0;
            long lostTo = lostFrom == 0 ? 0 : h.seq() - 1;
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("from", h.from());
            after.put("seq", h.seq());
            after.put("applied", applied.size());
            after.put("unchanged", unchanged);
            after.put("conflicts", conflicts);
            after.put("files", stored);
            audit.record(AuditKind.IMPORT, RECORD_TYPE_PACKAGE, null, h.from() + "→" + site.siteCode() + " #" + h.seq(),
                    null, after, null);
            progress.progress(opened.records().size() + 1L, opened.records().size() + 1L);
            return new ImportResult(Outcome.APPLIED, h.from(), h.seq(), peer.lastImportedSeq(), applied.size(),
                    unchanged, conflicts, lostFrom, lostTo, stored);
        });
    }

    /**
     * Every file must belong to an attachment record of the same package, with that record's SHA-256,
     * size and stored name; otherwise the package is refused (a trusted site's bug, or worse).
     */
    private static void checkFiles(PackageCodec.Opened opened) {
        if (opened.files().isEmpty()) {
            return;
        }
        Map<String, PackageRecord> attachments = new java.util.HashMap<>();
        for (PackageRecord r : opened.records()) {
            if (r.kind().equals(ATTACHMENT) && !r.deleted()) {
                attachments.put(r.key(), r);
            }
        }
        Set<UUID> seen = new HashSet<>();
        for (PackageFile f : opened.files()) {
            PackageRecord r = attachments.get(f.id().toString());
            if (r == null || !seen.add(f.id())) {
                throw new PackageException("error.exchange.damaged");
            }
            Map<String, Object> row = new java.util.HashMap<>();
            for (int i = 0; i < r.columns().size(); i++) {
                row.put(r.columns().get(i), r.values().get(i));
            }
            if (!f.sha256().equals(row.get("sha256")) || !(row.get("size_bytes") instanceof Number size)
                    || size.longValue() != f.content().length
                    || !AttachmentFiles.storedPathOf(f.id()).equals(row.get("stored_path"))) {
                throw new PackageException("error.exchange.damaged");
            }
        }
    }

    /**
     * Stores each file this site does not have yet, encrypted with this site's file key (an
     * attachment's content never changes, so a file already here is the same). A file that cannot be
     * written fails the import: the transaction rolls back; the files already written are complete
     * copies that no row names (harmless, and found again by the next import).
     */
    private int storeFiles(List<PackageFile> received) {
        int stored = 0;
        for (PackageFile f : received) {
            if (files.has(AttachmentFiles.storedPathOf(f.id()))) {
                continue;
            }
            try {
                files.storeContent(f.id(), f.content());
            } catch (AttachmentFileException e) {
                throw new ServiceException(e, "error.exchange.fileWrite", e.file(), e.detail());
            }
            stored++;
        }
        return stored;
    }

    private enum Applied { APPLIED, UNCHANGED, CONFLICT }

    private Applied apply(SiteRow site, PackageHeader h, PackageRecord r, long ackedRev, Instant now,
            List<RowState> applied, Optional<RowState> state) {
        String self = site.siteCode();
        ExchangeKind kind = kindOf(r.kind());
        if (r.source().equals(self)) {
            // our own earlier version coming back: what we hold now is newer or the same
            return Applied.UNCHANGED;
        }
        long incomingHash = r.deleted() ? 0 : RowCodec.hash(r.columns(), r.values());
        boolean localDeleted = state.map(RowState::deleted).orElse(true);
        if (r.deleted() ? localDeleted : state.isPresent() && !localDeleted && state.get().hash() == incomingHash) {
            return Applied.UNCHANGED;
        }
        boolean pending = state.isPresent() && state.get().rev() > ackedRev && !h.from().equals(state.get().via());
        String owner = state.map(RowState::owner).orElse(r.owner());
        boolean ownedHere = owner.equals(self);
        if (pending || ownedHere) {
            conflict(site, h, r, owner, pending ? "BOTH_CHANGED" : "OWNER", null, now);
            return Applied.CONFLICT;
        }
        String refused = r.deleted() ? store.delete(kind, r.key())
                : store.upsert(kind, new TableRow(r.key(), r.columns(), r.values()));
        if (refused != null) {
            conflict(site, h, r, owner, "REFUSED", refused, now);
            return Applied.CONFLICT;
        }
        applied.add(new RowState(r.kind(), r.key(), incomingHash, r.deleted(), 0, owner, r.source(), h.from()));
        return Applied.APPLIED;
    }

    private void conflict(SiteRow site, PackageHeader h, PackageRecord r, String owner, String reason, String detail,
            Instant now) {
        byte[] theirs = r.deleted() ? null : RowCodec.encode(r.columns(), r.values());
        byte[] mine = store.read(kindOf(r.kind()), r.key()).map(t -> RowCodec.encode(t.columns(), t.values()))
                .orElse(null);
        String cut = detail == null ? null : detail.substring(0, Math.min(detail.length(), 900));
        store.insertConflict(new ConflictRow(UUID.randomUUID(), r.kind(), r.key(), h.from(), h.seq(), owner, r.source(),
                reason, cut, theirs, mine, now, "OPEN", null, null));
    }

    // ---- change capture

    /** Rows made at a sub-bureau site before it had keys came from the county: recorded as the county's, not sent. */
    private void baseline(String self, String hub) {
        boolean county = self.equals(hub);
        List<RowState> states = new ArrayList<>();
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            store.scan(kind, row -> states.add(new RowState(kind.table(), row.key(),
                    RowCodec.hash(row.columns(), row.values()), false, 0, hub, hub, null)));
        }
        if (county && !states.isEmpty()) {
            long first = store.takeRevs(states.size());
            for (int i = 0; i < states.size(); i++) {
                RowState s = states.get(i);
                states.set(i, new RowState(s.kind(), s.key(), s.hash(), false, first + i, hub, hub, null));
            }
        }
        store.putStates(states);
    }

    /** Gives every row changed here since the last capture a new change number; returns how many. */
    int capture(SiteRow site) {
        return capture(site, Set.of());
    }

    /**
     * Change capture. Normally it reads the change journal (exchange_change, written by a trigger in
     * the transaction of every change) and compares only the rows it names with their last exchanged
     * hash; when the journal may have missed changes (a site made before it existed, a table whose
     * trigger was just installed) it compares every row once, as before, and starts trusting the
     * journal from then on.
     *
     * @param skip rows ({@code kind + "/" + key}) whose state this transaction has just written
     */
    private int capture(SiteRow site, Set<String> skip) {
        if (store.fullCaptureNeeded() || !store.journalComplete()) {
            long top = store.journalTop();
            int n = fullCapture(site);
            if (store.journalComplete()) {
                store.clearJournalUpTo(top);
                store.fullCaptureDone();
            }
            return n;
        }
        List<JournalEntry> journal = store.journal();
        if (journal.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (JournalEntry e : journal) {
            if (!skip.contains(e.kind() + "/" + e.key())) {
                // in key order: change numbers (and so a package's records) follow the table's order,
                // which deflates better than journal order
                keys.computeIfAbsent(e.kind(), k -> new java.util.TreeSet<>()).add(e.key());
            }
        }
        List<RowState> changed = new ArrayList<>();
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            Set<String> wanted = keys.get(kind.table());
            if (wanted == null) {
                continue;
            }
            Map<String, TableRow> rows = store.readMany(kind, wanted);
            Map<String, RowState> states = store.states(kind.table(), wanted);
            for (String key : wanted) {
                TableRow row = rows.get(key);
                RowState s = states.get(key);
                if (row != null) {
                    long hash = RowCodec.hash(row.columns(), row.values());
                    if (s == null || s.deleted() || s.hash() != hash) {
                        String owner = s == null ? kind.ownerOfNewRow(site.siteCode(), site.hubCode()) : s.owner();
                        changed.add(new RowState(kind.table(), key, hash, false, 0, owner, site.siteCode(), null));
                    }
                } else if (s != null && !s.deleted()) {
                    changed.add(new RowState(kind.table(), key, 0, true, 0, s.owner(), site.siteCode(), null));
                }
            }
        }
        store.clearJournal(journal);
        return number(changed);
    }

    /** Compares every row of every exchanged table with its last exchanged hash. */
    private int fullCapture(SiteRow site) {
        List<RowState> changed = new ArrayList<>();
        for (ExchangeKind kind : ExchangeKinds.ALL) {
            Map<String, RowState> states = store.states(kind.table());
            Set<String> seen = new HashSet<>(Math.max(16, states.size() * 2));
            store.scan(kind, row -> {
                seen.add(row.key());
                long hash = RowCodec.hash(row.columns(), row.values());
                RowState s = states.get(row.key());
                if (s == null || s.deleted() || s.hash() != hash) {
                    String owner = s == null ? kind.ownerOfNewRow(site.siteCode(), site.hubCode()) : s.owner();
                    changed.add(new RowState(kind.table(), row.key(), hash, false, 0, owner, site.siteCode(), null));
                }
            });
            for (RowState s : states.values()) {
                if (!s.deleted() && !seen.contains(s.key())) {
                    changed.add(new RowState(kind.table(), s.key(), 0, true, 0, s.owner(), site.siteCode(), null));
                }
            }
        }
        return number(changed);
    }

    private int number(List<RowState> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        long first = store.takeRevs(changed.size());
        List<RowState> numbered = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            RowState s = changed.get(i);
            numbered.add(new RowState(s.kind(), s.key(), s.hash(), s.deleted(), first + i, s.owner(), s.source(), null));
        }
        store.putStates(numbered);
        return numbered.size();
    }

    private static ExchangeKind kindOf(String table) {
        return ExchangeKinds.byTable(table).orElseThrow(() -> new PackageException("error.exchange.unknownKind", table));
    }

    /** The message key naming a conflict's reason. */
    public static String reasonKey(String reason) {
        return switch (reason) {
            case "OWNER" -> "exchange.reason.OWNER";
            case "BOTH_CHANGED" -> "exchange.reason.BOTH_CHANGED";
            default -> "exchange.reason.REFUSED";
        };
    }

    /** The message key naming a kind of record; null for a kind this version has no name for. */
    public static String kindKey(String table) {
        return switch (table) {
            case "org_unit" -> "exchange.kind.org_unit";
            case "cadre" -> "exchange.kind.cadre";
            case "family_business" -> "exchange.kind.family_business";
            case "education_base" -> "exchange.kind.education_base";
            case "education_activity" -> "exchange.kind.education_activity";
            case "activity_attendee" -> "exchange.kind.activity_attendee";
            case "activity_unit_tally" -> "exchange.kind.activity_unit_tally";
            case "integrity_talk" -> "exchange.kind.integrity_talk";
            case "integrity_commitment" -> "exchange.kind.integrity_commitment";
            case "regulation" -> "exchange.kind.regulation";
            case "supervision_visit" -> "exchange.kind.supervision_visit";
            case "rectification" -> "exchange.kind.rectification";
            case "rectification_event" -> "exchange.kind.rectification_event";
            case "visit_finding" -> "exchange.kind.visit_finding";
            case "attachment" -> "exchange.kind.attachment";
            default -> null;
        };
    }
}

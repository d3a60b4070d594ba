package org.integritydesk.ui.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.exchange.ExchangeService;
import org.integritydesk.service.exchange.SiteKeys;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;

/**
 * 数据交换: this site and its key (站点与密钥), per trusted site the last package received, its date
 * and what is pending, the open conflicts with keep-mine / take-theirs, and export and import of
 * packages. Every call to the service runs through the {@link TaskRunner}.
 */
public final class ExchangeViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the screen shows, read at once. */
    record Snapshot(String bureauCode, ExchangeService.SiteInfo site, List<ExchangeService.PeerStatus> peers,
            List<ExchangeService.Conflict> conflicts) {
    }

    private final ExchangeService exchange;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<ExchangeService.PeerStatus> peers = FXCollections.observableArrayList();
    private final ObservableList<ExchangeService.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<ExchangeService.PeerStatus> selectedPeer = new SimpleObjectProperty<>();
    private final ObjectProperty<ExchangeService.Conflict> selectedConflict = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper siteText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasKeys = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private ExchangeService.SiteInfo site;
    private String bureauCode;

    public ExchangeViewModel(ExchangeService exchange, TaskRunner tasks, DialogService dialogs, Messages messages,
            ZoneId zone) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    public void reload() {
        tasks.submit(ctx -> new Snapshot(exchange.bureauCode(), exchange.site().orElse(null), exchange.status(), exchange.conflicts(true)),
                this::show, this::showError);
    }

    private void show(Snapshot snapshot) {
        site = snapshot.site();
        bureauCode = snapshot.bureauCode();
        hasKeys.set(site != null);
        siteText.set(site == null ? messages.get("exchange.site.none")
                : messages.get("exchange.site.info", site.siteCode(),
                        messages.get(site.isCounty() ? "exchange.role.county" : "exchange.role.sub"), site.hubCode(),
                        site.fingerprint()));
        String keepPeer = selectedPeer.get() == null ? null : selectedPeer.get().siteCode();
        peers.setAll(snapshot.peers());
        selectedPeer.set(snapshot.peers().stream().filter(p -> p.siteCode().equals(keepPeer)).findFirst()
                .orElse(snapshot.peers().isEmpty() ? null : snapshot.peers().get(0)));
        conflicts.setAll(snapshot.conflicts());
    }

    // ---- keys

    /** Makes this site's keys, for the unit code the user confirms (the bureau's by default). */
    public void generateKeys() {
        String suggestedCode = bureauCode == null || bureauCode.isEmpty() ? null : bureauCode;
        dialogs.askPurpose(messages.get("exchange.keys.generateTitle"), messages.get("exchange.keys.generateAsk"),
                suggestedCode == null ? List.of() : List.of(suggestedCode), suggestedCode == null ? "" : suggestedCode)
                .ifPresent(code -> run(messages.get("exchange.keys.generateTitle"), ctx -> exchange.keys(code.strip()),
                        info -> messages.get("exchange.keys.generated", info.fingerprint())));
    }

    /** Saves this site's public key file where the user chooses. */
    public void savePublicKey() {
        if (site == null) {
            return;
        }
        ExchangeService.SiteInfo info = site;
        dialogs.askSaveFile(messages.get("exchange.keys.save"), "integrity-desk-" + info.siteCode() + ".idkey", "idkey")
                .ifPresent(file -> run(messages.get("exchange.keys.save"), ctx -> {
                    AtomicFiles.write(file, out -> out.write(info.publicKeyFile().getBytes(StandardCharsets.UTF_8)));
                    return file;
                }, saved -> messages.get("exchange.keys.saved", saved)));
    }

    /** Reads the other site's key file, shows its fingerprint to compare by phone, and trusts it once confirmed. */
    public void trust(Path keyFile) {
        if (keyFile == null) {
            return;
        }
        tasks.submit(ctx -> {
            if (Files.size(keyFile) > 10_000) {
                throw new org.integritydesk.service.ServiceException("error.exchange.keyFile");
            }
            return SiteKeys.parsePublicFile(Files.readString(keyFile, StandardCharsets.UTF_8));
        }, keys -> {
            if (dialogs.confirm(messages.get("exchange.keys.trustTitle"),
                    messages.get("exchange.keys.trustConfirm", keys.siteCode(), keys.fingerprint()))) {
                String text = SiteKeys.publicFile(keys);
                run(messages.get("exchange.keys.trustTitle"), ctx -> exchange.trust(keys.siteCode(), text),
                        fingerprint -> messages.get("exchange.keys.trusted", keys.siteCode()));
            }
        }, this::showError);
    }

    // ---- packages

    /** The package for the selected site (or the county from a sub-bureau), saved where the user chooses. */
    public void exportPackage() {
        ExchangeService.PeerStatus peer = selectedPeer.get();
        if (site == null || peer == null) {
            return;
        }
        String name = site.siteCode() + "-to-" + peer.siteCode() + "-" + (peer.sentSeq() + 1) + ".idx";
        dialogs.askSaveFile(messages.get("exchange.export"), name, "idx").ifPresent(file ->
                run(messages.get("exchange.exporting"),
                        ctx -> exchange.export(peer.siteCode(), file, ctx::progress),
                        r -> String.join("\n", exportLines(r))));
    }

    private java.util.List<String> exportLines(ExchangeService.ExportResult r) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(messages.get("exchange.exportedDone", r.peer(), r.seq(), r.records(), r.file()));
        lines.addAll(org.integritydesk.service.exchange.ExportTexts.fileLines(messages, r));
        return lines;
    }

    public void importPackage(Path file) {
        if (file == null) {
            return;
        }
        run(messages.get("exchange.importing"), ctx -> exchange.importPackage(file, ctx::progress),
                r -> String.join(" ", org.integritydesk.service.exchange.ImportTexts.lines(messages, r)));
    }

    // ---- conflicts

    public void keepMine() {
        decide(true);
    }

    public void takeTheirs() {
        decide(false);
    }

    private void decide(boolean keepMine) {
        ExchangeService.Conflict conflict = selectedConflict.get();
        if (conflict == null || !dialogs.confirm(messages.get("exchange.decideTitle"),
                messages.get(keepMine ? "exchange.keepMineConfirm" : "exchange.takeTheirsConfirm"))) {
            return;
        }
        run(messages.get("exchange.decideTitle"), ctx -> {
            exchange.decide(conflict.id(), keepMine);
            return conflict;
        }, c -> messages.get("exchange.decided"));
    }

    private <T> void run(String doing, TaskRunner.Work<T> work, java.util.function.Function<T, String> done) {
        working.set(true);
        status.set(doing);
        progress.set(-1);
        tasks.submit(work, result -> {
            working.set(false);
            status.set(done.apply(result));
            reload();
        }, failure -> {
            working.set(false);
            status.set("");
            showError(failure);
            reload();
        }, progress::set);
    }

    private void showError(Throwable failure) {
        dialogs.showError(messages.get("tab.exchange"), new ErrorDescriber(messages).describe(failure));
    }

    // ---- texts for the tables

    public String lastReceived(ExchangeService.PeerStatus p) {
        return p.lastImportedSeq() == 0 ? "—" : String.valueOf(p.lastImportedSeq());
    }

    public String when(Instant at) {
        return at == null ? "—" : WHEN.format(at.atZone(zone));
    }

    public String kind(ExchangeService.Conflict c) {
        String key = ExchangeService.kindKey(c.kind());
        return key == null ? c.kind() : messages.get(key);
    }

    public String record(ExchangeService.Conflict c) {
        Map<String, Object> row = c.theirs() != null ? c.theirs() : c.mine();
        if (row != null) {
            for (String column : List.of("name", "title", "number", "description", "original_name")) {
                if (row.get(column) != null) {
                    return String.valueOf(row.get(column));
                }
            }
        }
        return c.key();
    }

    public String reason(ExchangeService.Conflict c) {
        String text = messages.get(ExchangeService.reasonKey(c.reason()));
        return c.detail() == null ? text : text + "：" + c.detail();
    }

    public ObservableList<ExchangeService.PeerStatus> peers() {
        return peers;
    }

    public ObservableList<ExchangeService.Conflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<ExchangeService.PeerStatus> selectedPeerProperty() {
        return selectedPeer;
    }

    public ObjectProperty<ExchangeService.Conflict> selectedConflictProperty() {
        return selectedConflict;
    }

    public ReadOnlyStringProperty siteTextProperty() {
        return siteText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasKeysProperty() {
        return hasKeys.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}

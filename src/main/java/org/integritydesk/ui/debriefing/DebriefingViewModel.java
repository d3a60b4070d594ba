package org.integritydesk.ui.debriefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.integritydesk.model.BallotTally;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingRules;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.Labelled;
import org.integritydesk.model.LedgerRequest;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ReportingCadre;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.DebriefingService;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.ValidationException;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.SaveConflicts;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 述职述廉 tab: the sessions, the selected session's form, its reporting cadres and representatives,
 * the ballot entry grid, the comments (one turned into a ledger item in one step), the result summary
 * and the printouts. Every database and report call goes through {@link TaskRunner}.
 */
public final class DebriefingViewModel {
    private final DebriefingService debriefing;
    private final CadreService cadres;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveConflicts sessionConflicts;
    private final SaveConflicts commentConflicts;
    private final PreviewOpener preview;
    private final ErrorDescriber errors;
    private final boolean mayChange;
    private final boolean mayResolve;
    private final BallotGridViewModel grid;

    private final ObservableList<DebriefingSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<DebriefingSession> selected = new SimpleObjectProperty<>();
    /** Until the first list arrives: the tab then opens on the latest session rather than an empty form. */
    private boolean firstLoad = true;
    private final ObjectProperty<DebriefingDetails> details = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();

    // the session form
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<SatisfactionFormula> formula = new SimpleObjectProperty<>(SatisfactionFormula.DEFAULT);
    private final StringProperty expectedVoters = new SimpleStringProperty("");
    private final BooleanProperty doubleEntry = new SimpleBooleanProperty(true);
    private final StringProperty formError = new SimpleStringProperty("");
    private final StringProperty formTitle = new SimpleStringProperty("");

    // reporting cadres
    private final ObservableList<CadreSummary> allCadres = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> cadreMatches = new FilteredList<>(allCadres, c -> false);
    private final StringProperty cadreSearch = new SimpleStringProperty("");
    private final ObjectProperty<CadreSummary> cadreChoice = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportingCategory> category = new SimpleObjectProperty<>(ReportingCategory.MIDDLE_CADRE);

    // representatives
    private final ObjectProperty<RepresentativeKind> repKind = new SimpleObjectProperty<>(RepresentativeKind.NPC_DEPUTY);
    private final StringProperty repName = new SimpleStringProperty("");
    private final StringProperty repOrganisation = new SimpleStringProperty("");
    private final StringProperty repCode = new SimpleStringProperty("");
    private final StringProperty repMobile = new SimpleStringProperty("");
    private final StringProperty repError = new SimpleStringProperty("");

    // comments
    private final ObjectProperty<Representative> commentFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportingCadre> commentTo = new SimpleObjectProperty<>();
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty commentError = new SimpleStringProperty("");
    private final ObjectProperty<DebriefingComment> selectedComment = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemCategory> ledgerCategory = new SimpleObjectProperty<>(ProblemCategory.WORK_EFFICIENCY);
    private final ObjectProperty<ProblemSeverity> ledgerSeverity = new SimpleObjectProperty<>(ProblemSeverity.INCIPIENT);
    private final StringProperty ledgerMeasures = new SimpleStringProperty("");
    private final StringProperty ledgerPerson = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> ledgerDeadline = new SimpleObjectProperty<>();

    // results and printing
    private final ObservableList<CadreBallotResult> results = FXCollections.observableArrayList();
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty copies = new SimpleStringProperty("");
    private final StringProperty entryMessage = new SimpleStringProperty("");
    private final StringProperty ballotLines = new SimpleStringProperty("");

    public DebriefingViewModel(DebriefingService debriefing, CadreService cadres, UnitService units, TaskRunner tasks,
            DialogService dialogs, Messages messages, PreviewOpener preview, boolean mayChange, boolean mayResolve) {
        this.debriefing = debriefing;
        this.cadres = cadres;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sessionConflicts = new SaveConflicts(dialogs, messages);
        this.commentConflicts = new SaveConflicts(dialogs, messages);
        // reloading keeps the selected session and shows it as stored now
        sessionConflicts.reloadWith(this::reload);
        commentConflicts.reloadWith(this::reloadComment);
        this.preview = preview;
        this.errors = new ErrorDescriber(messages);
        this.mayChange = mayChange;
        this.mayResolve = mayResolve;
        this.grid = new BallotGridViewModel(messages);
        selected.addListener((o, a, s) -> {
            if (s != null) {
                loadDetails(s.id());
            } else {
                showDetails(null);
            }
        });
        cadreSearch.addListener((o, a, text) -> filterCadres(text));
        for (StringProperty p : List.of(repName, repOrganisation, repCode, repMobile)) {
            p.addListener((o, a, b) -> checkRepresentative());
        }
        repKind.addListener((o, a, b) -> checkRepresentative());
        for (var p : List.of(place, expectedVoters)) {
            p.addListener((o, a, b) -> checkForm());
        }
        date.addListener((o, a, b) -> checkForm());
        newSession();
    }

    // ------------------------------------------------------------------ loading

    /** Loads the sessions, the unit choices and the cadres to choose from; keeps the selection. */
    public void reload() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.submit(ctx -> debriefing.list(), list -> {
            sessions.setAll(list);
            status.set(messages.get("debriefing.list.count", list.size()));
            DebriefingSession again = keep != null
                    ? list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null)
                    : firstLoad ? list.stream().max(java.util.Comparator.comparing(DebriefingSession::date)).orElse(null)
                    : null;
            firstLoad = false;
            selected.set(null);
            selected.set(again);
        }, this::showLoadError);
        if (unitChoices.isEmpty()) {
            tasks.submit(ctx -> units.tree().inDisplayOrder(), list -> {
                unitChoices.setAll(list);
                if (unit.get() == null && !list.isEmpty()) {
                    unit.set(list.get(0));
                }
            }, this::showLoadError);
        }
        if (allCadres.isEmpty() && mayChange) {
            tasks.submit(ctx -> cadres.listCadres(), allCadres::setAll, this::showLoadError);
        }
    }

    private void showLoadError(Throwable failure) {
        dialogs.showError(messages.get("debriefing.list.loadFailed"), errors.describe(failure));
    }

    private void loadDetails(UUID sessionId) {
        tasks.submit(ctx -> debriefing.details(sessionId), this::showDetails, this::showLoadError);
    }

    private void showDetails(DebriefingDetails d) {
        details.set(d);
        grid.show(d, mayResolve);
        if (d == null) {
            results.clear();
            resultText.set("");
            return;
        }
        DebriefingSession s = d.session();
        formTitle.set(messages.get("debriefing.form.titleEdit", s.number()));
        date.set(s.date());
        place.set(s.place());
        unit.set(unitChoices.stream().filter(u -> u.id().equals(s.organisingUnitId())).findFirst().orElse(null));
        formula.set(s.formula());
        expectedVoters.set(String.valueOf(s.expectedVoters()));
        doubleEntry.set(s.doubleEntry());
        formError.set("");
        copies.set(String.valueOf(s.expectedVoters()));
        results.setAll(d.results());
        resultText.set(messages.get("debriefing.result.head", s.expectedVoters(), s.expectedVoters() / 2 + 1,
                messages.label(s.formula()), messages.get(d.isFinal() ? "debriefing.result.final"
                        : "debriefing.result.pending")));
    }

    // ------------------------------------------------------------------ the session form

    /** Empties the form for a new session (today, the default formula, double entry). */
    public void newSession() {
        selected.set(null);
        formTitle.set(messages.get("debriefing.form.titleNew"));
        date.set(debriefing.today());
        place.set("");
        formula.set(SatisfactionFormula.DEFAULT);
        expectedVoters.set("");
        doubleEntry.set(true);
        formError.set("");
        if (!unitChoices.isEmpty()) {
            unit.set(unitChoices.get(0));
        }
    }

    private Optional<DebriefingDraft> draft() {
        Integer voters;
        try {
            voters = expectedVoters.get() == null || expectedVoters.get().isBlank() ? null
                    : Integer.valueOf(expectedVoters.get().strip());
        } catch (NumberFormatException e) {
            voters = -1;
        }
        return Optional.of(new DebriefingDraft(date.get(), place.get(), unit.get() == null ? null : unit.get().id(),
                formula.get(), voters, doubleEntry.get()));
    }

    private List<FieldError> checkForm() {
        List<FieldError> found = DebriefingRules.check(draft().orElseThrow(), debriefing.today());
        formError.set(found.isEmpty() ? "" : messages.of(found.get(0)));
        return found;
    }

    /** Saves the form as a new session or over the selected one; the first rule broken is shown. */
    public void saveSession() {
        if (!checkForm().isEmpty()) {
            return;
        }
        DebriefingDraft d = draft().orElseThrow();
        DebriefingSession editing = selected.get();
        tasks.submit(ctx -> editing == null ? debriefing.create(d) : debriefing.update(editing.id(), editing.version(), d),
                saved -> {
                    tasks.submit(ctx -> debriefing.list(), list -> {
                        sessions.setAll(list);
                        status.set(messages.get("debriefing.list.count", list.size()));
                        selected.set(list.stream().filter(s -> s.id().equals(saved.id())).findFirst().orElse(null));
                    }, this::showLoadError);
                }, failure -> {
                    if (!sessionConflicts.handled(failure, formTitle.get())) {
                        formError.set(errors.describe(failure));
                    }
                });
    }

    public void deleteSelected() {
        DebriefingSession s = selected.get();
        if (s == null || !dialogs.confirm(messages.get("debriefing.delete.title"),
                messages.get("debriefing.delete.confirm", s.number()))) {
            return;
        }
        tasks.submit(ctx -> {
            debriefing.delete(s.id(), s.version());
            return null;
        }, done -> {
            selected.set(null);
            reload();
        }, failure -> dialogs.showError(messages.get("debriefing.delete.title"), errors.describe(failure)));
    }

    /** Runs a change of the selected session, then shows the session again (or the error). */
    private <T> void change(String title, TaskRunner.Work<T> work, Consumer<T> then) {
        change(title, work, then, new SaveConflicts(dialogs, messages));
    }

    /** As above; a save conflict goes to {@code conflicts} (which may offer to reload). */
    private <T> void change(String title, TaskRunner.Work<T> work, Consumer<T> then, SaveConflicts conflicts) {
        DebriefingSession s = selected.get();
        if (s == null) {
            return;
        }
        tasks.submit(work, result -> {
            then.accept(result);
            reloadSelected();
        }, failure -> {
            if (!conflicts.handled(failure, title)) {
                dialogs.showError(title, errors.describe(failure));
            }
        });
    }

    private void reloadSelected() {
        DebriefingSession s = selected.get();
        if (s != null) {
            tasks.submit(ctx -> debriefing.details(s.id()), d -> {
                showDetails(d);
                selected.set(d.session());
            }, this::showLoadError);
        }
    }

    // ------------------------------------------------------------------ reporting cadres

    private void filterCadres(String text) {
        String needle = text == null ? "" : text.strip();
        cadreMatches.setPredicate(c -> !needle.isEmpty() && (c.name().contains(needle)
                || (c.nameInitials() != null && c.nameInitials().toLowerCase(Locale.ROOT)
                        .startsWith(needle.toLowerCase(Locale.ROOT)))));
        if (!cadreMatches.isEmpty() && (cadreChoice.get() == null || !cadreMatches.contains(cadreChoice.get()))) {
            cadreChoice.set(cadreMatches.get(0));
        }
    }

    public void addCadre() {
        CadreSummary chosen = cadreChoice.get();
        DebriefingSession s = selected.get();
        if (chosen == null || s == null) {
            return;
        }
        ReportingCategory as = category.get();
        change(messages.get("debriefing.cadres.title"), ctx -> debriefing.addCadres(s.id(), as, List.of(chosen.id())),
                added -> {
                    cadreSearch.set("");
                    cadreChoice.set(null);
                });
    }

    public void removeCadre(ReportingCadre cadre) {
        if (cadre != null && dialogs.confirm(messages.get("debriefing.cadres.title"),
                messages.get("debriefing.cadres.removeConfirm", cadre.name()))) {
            change(messages.get("debriefing.cadres.title"), ctx -> {
                debriefing.removeCadre(cadre.id());
                return null;
            }, done -> { });
        }
    }

    // ------------------------------------------------------------------ representatives

    private Representative representativeDraft() {
        return new Representative(null, null, repKind.get(), repName.get(), repOrganisation.get(), repCode.get(),
                repMobile.get());
    }

    private List<FieldError> checkRepresentative() {
        boolean untouched = (repName.get() == null || repName.get().isBlank())
                && (repOrganisation.get() == null || repOrganisation.get().isBlank());
        List<FieldError> found = DebriefingRules.check(representativeDraft());
        repError.set(found.isEmpty() || untouched ? "" : messages.of(found.get(0)));
        return found;
    }

    public void addRepresentative() {
        DebriefingSession s = selected.get();
        List<FieldError> found = checkRepresentative();
        if (!found.isEmpty()) {
            repError.set(messages.of(found.get(0)));
            return;
        }
        if (s == null) {
            return;
        }
        Representative r = representativeDraft();
        change(messages.get("debriefing.representatives.title"), ctx -> debriefing.addRepresentative(s.id(), r),
                added -> {
                    repName.set("");
                    repOrganisation.set("");
                    repCode.set("");
                    repMobile.set("");
                    repError.set("");
                });
    }

    public void removeRepresentative(Representative r) {
        if (r != null && dialogs.confirm(messages.get("debriefing.representatives.title"),
                messages.get("debriefing.representatives.removeConfirm", r.name()))) {
            change(messages.get("debriefing.representatives.title"), ctx -> {
                debriefing.removeRepresentative(r.id());
                return null;
            }, done -> { });
        }
    }

    // ------------------------------------------------------------------ ballots

    /** Saves the grid as the chosen round (a ruling saves only the cadres whose two entries differ). */
    public void saveTallies() {
        DebriefingSession s = selected.get();
        Optional<List<BallotTally>> tallies = grid.tallies();
        if (s == null) {
            return;
        }
        if (tallies.isEmpty() || !grid.allValidProperty().get()) {
            entryMessage.set(messages.get("debriefing.grid.fixRows"));
            return;
        }
        EntryRound round = grid.roundProperty().get();
        List<BallotTally> all = tallies.get();
        if (round == EntryRound.RESOLVED) {
            List<UUID> differing = grid.mismatchedRows().stream().map(r -> r.cadre().id()).toList();
            if (differing.isEmpty()) {
                entryMessage.set(messages.get("debriefing.grid.nothingToRule"));
                return;
            }
            List<BallotTally> ruled = all.stream().filter(t -> differing.contains(t.reportingCadreId())).toList();
            saveEntry(ctx -> {
                DebriefingDetails d = null;
                for (BallotTally t : ruled) {
                    d = debriefing.resolve(s.id(), t);
                }
                return d;
            });
        } else {
            saveEntry(ctx -> debriefing.enterTallies(s.id(), round, all));
        }
    }

    /** Ballot by ballot: the typed lines become the round's totals. */
    public void saveBallotLines() {
        DebriefingSession s = selected.get();
        if (s == null) {
            return;
        }
        EntryRound round = grid.roundProperty().get() == EntryRound.RESOLVED ? EntryRound.FIRST
                : grid.roundProperty().get();
        List<String> lines = List.of((ballotLines.get() == null ? "" : ballotLines.get()).split("\\R"));
        int issued;
        try {
            issued = Integer.parseInt(copies.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            entryMessage.set(messages.get("validation.ballot.notNumber"));
            return;
        }
        saveEntry(ctx -> debriefing.enterBallots(s.id(), round, issued, lines));
    }

    private void saveEntry(TaskRunner.Work<DebriefingDetails> work) {
        entryMessage.set("");
        tasks.submit(work, d -> {
            showDetails(d);
            selected.set(d.session());
            entryMessage.set(messages.get(d.isFinal() ? "debriefing.grid.savedFinal" : "debriefing.grid.saved"));
        }, failure -> entryMessage.set(errors.describe(failure)));
    }

    // ------------------------------------------------------------------ comments

    public void addComment() {
        DebriefingSession s = selected.get();
        List<FieldError> found = DebriefingRules.checkComment(question.get(), answer.get());
        if (!found.isEmpty()) {
            commentError.set(messages.of(found.get(0)));
            return;
        }
        if (s == null) {
            return;
        }
        UUID from = commentFrom.get() == null ? null : commentFrom.get().id();
        UUID to = commentTo.get() == null ? null : commentTo.get().id();
        String q = question.get();
        String a = answer.get();
        DebriefingComment editing = selectedComment.get();
        change(messages.get("debriefing.comments.title"), ctx -> editing == null
                ? debriefing.addComment(s.id(), from, to, q, a)
                : debriefing.updateComment(editing.id(), editing.version(), from, to, q, a), saved -> {
                    question.set("");
                    answer.set("");
                    commentError.set("");
                    selectedComment.set(null);
                }, commentConflicts);
    }

    /** After a save conflict: reads the session again and puts the comment being edited into the form as stored now. */
    private void reloadComment() {
        DebriefingSession s = selected.get();
        DebriefingComment editing = selectedComment.get();
        if (s == null || editing == null) {
            return;
        }
        tasks.submit(ctx -> debriefing.details(s.id()), d -> {
            showDetails(d);
            d.comments().stream().filter(c -> c.id().equals(editing.id())).findFirst().ifPresent(this::editComment);
        }, this::showLoadError);
    }

    /** Shows the chosen comment in the form, to edit it or turn it into a ledger item. */
    public void editComment(DebriefingComment c) {
        selectedComment.set(c);
        if (c == null || details.get() == null) {
            return;
        }
        question.set(c.question());
        answer.set(c.answer() == null ? "" : c.answer());
        commentFrom.set(details.get().representatives().stream().filter(r -> r.id().equals(c.representativeId()))
                .findFirst().orElse(null));
        commentTo.set(details.get().cadres().stream().filter(r -> r.id().equals(c.reportingCadreId())).findFirst()
                .orElse(null));
        ledgerPerson.set(commentTo.get() == null ? "" : commentTo.get().name());
        if (ledgerDeadline.get() == null) {
            ledgerDeadline.set(debriefing.today().plusDays(30));
        }
    }

    public void deleteComment(DebriefingComment c) {
        if (c != null && dialogs.confirm(messages.get("debriefing.comments.title"),
                messages.get("debriefing.comments.deleteConfirm"))) {
            change(messages.get("debriefing.comments.title"), ctx -> {
                debriefing.deleteComment(c.id(), c.version());
                return null;
            }, done -> selectedComment.set(null));
        }
    }

    /** Turns the chosen comment into a 问题整改台账 item (source 述职述廉意见) in one step. */
    public void toLedger() {
        DebriefingComment c = selectedComment.get();
        if (c == null) {
            commentError.set(messages.get("debriefing.comments.chooseFirst"));
            return;
        }
        LedgerRequest request = new LedgerRequest(ledgerCategory.get(), ledgerSeverity.get(), ledgerMeasures.get(),
                ledgerPerson.get(), ledgerDeadline.get());
        tasks.submit(ctx -> debriefing.toRectification(c.id(), c.version(), request), item -> {
            commentError.set("");
            dialogs.showInfo(messages.get("debriefing.comments.toLedger"),
                    messages.get("debriefing.comments.inLedger", item.number()));
            selectedComment.set(null);
            question.set("");
            answer.set("");
            ledgerMeasures.set("");
            reloadSelected();
        }, failure -> commentError.set(ledgerError(failure)));
    }

    /** The ledger's rules name their field ("整改措施：此项必须填写"), since the form here is not the ledger's. */
    private String ledgerError(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            return String.join("\n", invalid.errors().stream().map(e -> messages.get("debriefing.comments.fieldError",
                    messages.get("rectification.field." + e.field()), messages.of(e))).toList());
        }
        return errors.describe(failure);
    }

    // ------------------------------------------------------------------ printing

    public void printBallot() {
        DebriefingSession s = selected.get();
        if (s == null) {
            return;
        }
        int n;
        try {
            n = Integer.parseInt(copies.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            n = -1;
        }
        if (n < 1 || n > DebriefingService.MAX_COPIES) {
            dialogs.showError(messages.get("debriefing.print.ballot"),
                    messages.get("error.ballot.copies", DebriefingService.MAX_COPIES));
            return;
        }
        int count = n;
        preview.open(messages.get("debriefing.print.ballot"), messages.get("debriefing.print.ballotFile", s.number()),
                ctx -> debriefing.printBallot(s.id(), count, messages.locale()));
    }

    public void printSummary() {
        DebriefingSession s = selected.get();
        if (s != null) {
            preview.open(messages.get("debriefing.print.summary"),
                    messages.get("debriefing.print.summaryFile", s.number()),
                    ctx -> debriefing.printSummary(s.id(), messages.locale()));
        }
    }

    public void printYear() {
        int year = selected.get() == null ? debriefing.today().getYear() : selected.get().year();
        preview.open(messages.get("debriefing.print.summaryYear", year),
                messages.get("debriefing.print.summaryFile", year),
                ctx -> debriefing.printSummaryYear(year, messages.locale()));
    }

    // ------------------------------------------------------------------ texts for the view

    public String label(Labelled value) {
        return messages.label(value);
    }

    /** The result column: how far the entry is, or why a final result does not count. */
    public String stateText(CadreBallotResult r) {
        DebriefingDetails d = details.get();
        if (d == null) {
            return "";
        }
        if (r.state().isFinal() && !r.quorum()) {
            return messages.get("debriefing.result.noQuorum", r.finalTally().returned(), d.session().expectedVoters());
        }
        if (r.state().isFinal() && r.satisfaction() == null) {
            return messages.get("debriefing.result.noValid");
        }
        return messages.label(r.state());
    }

    public String mismatchText(CadreBallotResult r) {
        return String.join("、", r.mismatches().stream().map(messages::label).toList());
    }

    public String commentText(DebriefingComment c) {
        return c.inLedger() ? messages.get("debriefing.comments.ledgerNumber", c.rectificationNumber()) : "";
    }

    // ------------------------------------------------------------------ properties

    public boolean mayChange() {
        return mayChange;
    }

    public BallotGridViewModel grid() {
        return grid;
    }

    public ObservableList<DebriefingSession> sessions() {
        return sessions;
    }

    public ObjectProperty<DebriefingSession> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DebriefingDetails> detailsProperty() {
        return details;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<OrgUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<SatisfactionFormula> formulaProperty() {
        return formula;
    }

    public StringProperty expectedVotersProperty() {
        return expectedVoters;
    }

    public BooleanProperty doubleEntryProperty() {
        return doubleEntry;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public StringProperty formTitleProperty() {
        return formTitle;
    }

    public FilteredList<CadreSummary> cadreMatches() {
        return cadreMatches;
    }

    public StringProperty cadreSearchProperty() {
        return cadreSearch;
    }

    public ObjectProperty<CadreSummary> cadreChoiceProperty() {
        return cadreChoice;
    }

    public ObjectProperty<ReportingCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<RepresentativeKind> repKindProperty() {
        return repKind;
    }

    public StringProperty repNameProperty() {
        return repName;
    }

    public StringProperty repOrganisationProperty() {
        return repOrganisation;
    }

    public StringProperty repCodeProperty() {
        return repCode;
    }

    public StringProperty repMobileProperty() {
        return repMobile;
    }

    public StringProperty repErrorProperty() {
        return repError;
    }

    public ObjectProperty<Representative> commentFromProperty() {
        return commentFrom;
    }

    public ObjectProperty<ReportingCadre> commentToProperty() {
        return commentTo;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty commentErrorProperty() {
        return commentError;
    }

    public ObjectProperty<DebriefingComment> selectedCommentProperty() {
        return selectedComment;
    }

    public ObjectProperty<ProblemCategory> ledgerCategoryProperty() {
        return ledgerCategory;
    }

    public ObjectProperty<ProblemSeverity> ledgerSeverityProperty() {
        return ledgerSeverity;
    }

    public StringProperty ledgerMeasuresProperty() {
        return ledgerMeasures;
    }

    public StringProperty ledgerPersonProperty() {
        return ledgerPerson;
    }

    public ObjectProperty<LocalDate> ledgerDeadlineProperty() {
        return ledgerDeadline;
    }

    public ObservableList<CadreBallotResult> results() {
        return results;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public StringProperty entryMessageProperty() {
        return entryMessage;
    }

    public StringProperty ballotLinesProperty() {
        return ballotLines;
    }
}

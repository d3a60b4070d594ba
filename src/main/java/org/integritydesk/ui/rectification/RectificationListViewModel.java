package org.integritydesk.ui.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.integritydesk.model.DueState;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.LedgerSelection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.UnitTree;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.UnitService;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.print.PreviewOpener;

/**
 * The 问题整改 tab: the ledger of one year (this year unless another is chosen), filtered (overdue,
 * due within 7 days, return visits due, unit, source, status; in SQL until the year's compact keys
 * are in memory, then there, as the search text always is) and shown one page of {@value #PAGE_SIZE}
 * rows ({@link LedgerKey}s) at a time; only the selected item is read whole, for its details and
 * dated history, the status buttons and the actions (which send its version as read), and printing
 * the notice and the ledger as shown (every page of it). Each change of a filter asks again in the
 * background; an answer that a later change has overtaken is dropped.
 * See docs/decisions/0019-list-speed.md.
 */
public final class RectificationListViewModel {
    private final RectificationService ledger;
    private final UnitService units;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final PreviewOpener preview;
    private final ErrorDescriber errors;
    private final boolean mayChange;

    /** Rows per page: a screenful or three; the table scrolls within the page. */
    public static final int PAGE_SIZE = 100;

    private final ObservableList<LedgerKey> page = FXCollections.observableArrayList();
    /** The shown year's keys, read at its first search (once, however many searches ask meanwhile). */
    private YearKeys keys = new YearKeys(LocalDate.now().getYear());
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ObservableList<OrgUnit> unitChoices = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<OrgUnit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSource> sourceFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RectificationStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DueState> dueFilter = new SimpleObjectProperty<>();
    private final BooleanProperty returnVisitsDue = new SimpleBooleanProperty();
    /** The row chosen in the table; {@link #selectedItem} reads its whole item. */
    private final ObjectProperty<LedgerKey> selected = new SimpleObjectProperty<>();
    private final SelectedLedgerItem selectedItem;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private UnitTree tree = new UnitTree(List.of());
    private LocalDate today = LocalDate.now();
    private boolean loaded;
    private boolean holding;
    private long asked;
    private String pendingUnitCode;
    private String pendingRecordId;

    public RectificationListViewModel(RectificationService ledger, UnitService units, TaskRunner tasks,
            DialogService dialogs, Messages messages, PreviewOpener preview, boolean mayChange) {
        this.mayChange = mayChange;
        this.ledger = ledger;
        this.units = units;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.preview = preview;
        this.errors = new ErrorDescriber(messages);
        this.selectedItem = new SelectedLedgerItem(ledger, tasks, messages, mayChange);
        year.set(LocalDate.now().getYear());
        yearChoices.add(year.get());
        searchText.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        sourceFilter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        dueFilter.addListener((o, a, b) -> applyFilter());
        returnVisitsDue.addListener((o, a, b) -> applyFilter());
        year.addListener((o, a, b) -> {
            if (!holding && loaded && b != null) {
                hold(() -> pageIndex.set(0));
                load(null, false);
            }
        });
        pageIndex.addListener((o, a, b) -> {
            if (!holding && loaded) {
                fetch(null, false);
            }
        });
        selected.addListener((o, a, row) -> selectedItem.open(row, today));
    }

    private record Snapshot(UnitTree tree, List<Integer> years, LocalDate today, int year) {
    }

    private record Answer(List<LedgerKey> rows, int pageIndex, int pageCount, int matching, int inYear,
            int overdue) {
    }

    /** A year's keys, read once when first asked for, by whichever background task asks first. */
    private static final class YearKeys {
        private final int year;
        private List<LedgerKey> keys;

        YearKeys(int year) {
            this.year = year;
        }

        synchronized boolean isRead() {
            return keys != null;
        }

        synchronized List<LedgerKey> get(RectificationService ledger) {
            if (keys == null) {
                keys = ledger.ledgerKeys(year);
            }
            return keys;
        }
    }

    /**
     * Loads the units and the years offered, then the shown page, in the background; keeps the
     * selection if the item is still on the page. The year's keys are read again, ahead of the next search.
     */
    public void reload() {
        load(selected.get() == null ? null : selected.get().id(), false);
    }

    /** Reads the units and years, then the page: the one with {@code keep} when {@code goTo}, else the shown one. */
    private void load(UUID keep, boolean goTo) {
        Integer shownYear = loaded ? year.get() : null;
        long question = ++asked;
        tasks.submit(ctx -> {
            LocalDate day = ledger.today();
            return new Snapshot(units.tree(), ledger.ledgerYears(), day, shownYear == null ? day.getYear() : shownYear);
        }, snapshot -> {
                    if (question != asked) {
                        return;
                    }
                    tree = snapshot.tree();
                    today = snapshot.today();
                    hold(() -> {
                        OrgUnit filter = unitFilter.get();
                        unitChoices.setAll(tree.inDisplayOrder());
                        unitFilter.set(filter == null ? null : tree.find(filter.id()).orElse(null));
                        yearChoices.setAll(snapshot.years());
                        if (!yearChoices.contains(snapshot.year())) {
                            yearChoices.add(snapshot.year());
                            yearChoices.sort(Comparator.reverseOrder());
                        }
                        year.set(snapshot.year());
                    });
                    keys = new YearKeys(snapshot.year());
                    loaded = true;
                    if (pendingUnitCode != null || pendingRecordId != null) {
                        applyPending();
                    } else {
                        fetch(keep, goTo);
                    }
                    readKeysAhead(keys);
                }, failure -> {
                    if (question == asked) {
                        dialogs.showError(messages.get("rectification.list.loadFailed"), errors.describe(failure));
                    }
                });
    }

    /**
     * Reads the year's keys in the background while the user looks at the first page, so that the
     * first keystroke of a search does not wait for them (about 2 s for 100,000 items on H2). The
     * page's own query was submitted first; a search meanwhile waits for this one read, never a second.
     */
    private void readKeysAhead(YearKeys known) {
        tasks.submitAhead(ctx -> known.get(ledger));
    }

    /** Makes several changes of filters with one query afterwards (or none, when not yet loaded). */
    private void hold(Runnable changes) {
        boolean was = holding;
        holding = true;
        try {
            changes.run();
        } finally {
            holding = was;
        }
    }

    /**
     * Finds the shown page with the filters as they are now, in the background; selects {@code keep}
     * if it is on the page (going to its page when {@code goTo}). Until the year's keys are read the
     * database filters, counts and pages (opening the tab reads no more than a page). A search text
     * reads the keys ({@link LedgerKey}, at the first search of the year, kept until the next reload);
     * from then on every filter, count and page comes from them, so a keystroke, erasing the text
     * included, asks the database nothing. An answer overtaken by a later question is dropped.
     */
    private void fetch(UUID keep, boolean goTo) {
        LedgerFilter shown = filter();
        YearKeys known = keys;
        LocalDate day = today;
        int wanted = pageIndex.get();
        long question = ++asked;
        boolean search = shown.text() != null && !shown.text().isBlank();
        tasks.submit(ctx -> {
            if (!search && !goTo && !known.isRead()) {
                RectificationService.LedgerPage sql = ledger.ledgerPage(shown, wanted * PAGE_SIZE, PAGE_SIZE);
                return new Answer(sql.items().stream().map(LedgerKey::of).toList(), sql.offset() / PAGE_SIZE,
                        Math.max(1, (sql.matching() + PAGE_SIZE - 1) / PAGE_SIZE), sql.matching(), sql.inYear(),
                        sql.overdue());
            }
            List<LedgerKey> year = known.get(ledger);
            LedgerSelection selection = LedgerSelection.of(year, shown, day);
            int at = goTo && keep != null ? Math.max(0, selection.indexOf(keep)) / PAGE_SIZE : wanted;
            int pages = selection.pageCount(PAGE_SIZE);
            int index = Math.min(at, pages - 1);
            return new Answer(selection.page(index, PAGE_SIZE), index, pages, selection.matching(),
                    selection.inYear(), selection.overdue());
        }, answer -> {
            if (question == asked) {
                showPage(answer, keep);
            }
        }, failure -> {
            if (question == asked) {
                dialogs.showError(messages.get("rectification.list.loadFailed"), errors.describe(failure));
            }
        });
    }

    private void showPage(Answer answer, UUID keep) {
        pageCount.set(answer.pageCount());
        hold(() -> pageIndex.set(answer.pageIndex()));
        page.setAll(answer.rows());
        status.set(messages.get("rectification.list.yearCount", year.get(), answer.matching(), answer.inYear(),
                answer.overdue()));
        pageText.set(messages.get("rectification.list.page", answer.pageIndex() + 1, answer.pageCount()));
        LedgerKey again = keep == null ? null
                : page.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
        selected.set(null);
        selected.set(again);
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public void nextPage() {
        if (pageIndex.get() + 1 < pageCount.get()) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    /**
     * Shows the ledger as another tab asks (the home tab): filters cleared, then the unit of
     * {@code unitCode} chosen and the item {@code recordId} selected (its year and page shown),
     * each when given and found. Applied once the ledger has loaded.
     */
    public void show(String unitCode, String recordId) {
        pendingUnitCode = unitCode;
        pendingRecordId = recordId;
        if (loaded) {
            applyPending();
        }
    }

    private void applyPending() {
        if (pendingUnitCode == null && pendingRecordId == null) {
            return;
        }
        String code = pendingUnitCode;
        String record = pendingRecordId;
        pendingUnitCode = null;
        pendingRecordId = null;
        hold(() -> {
            clearFilters();
            if (code != null) {
                tree.findByCode(code).ifPresent(unitFilter::set);
            }
        });
        UUID id = record == null ? null : parse(record);
        if (id == null) {
            applyFilter();
            return;
        }
        tasks.submit(ctx -> ledger.find(id).foundOn().getYear(), foundIn -> {
            if (foundIn.equals(year.get())) {
                fetch(id, true);
            } else {
                hold(() -> year.set(foundIn));
                load(id, true);
            }
        }, failure -> applyFilter());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The filter as the service and the printed ledger take it: the shown year and the filters. */
    public LedgerFilter filter() {
        Set<UUID> unitIds = unitFilter.get() == null ? null
                : tree.selfAndDescendants(unitFilter.get().id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
        return new LedgerFilter(year.get(), unitIds, sourceFilter.get(), statusFilter.get(), dueFilter.get(),
                returnVisitsDue.get(), searchText.get());
    }

    /** The filter in words, for the printed ledger's heading. */
    public String filterText() {
        List<String> parts = new ArrayList<>();
        if (year.get() != null) {
            parts.add(messages.get("rectification.filterText.year", year.get()));
        }
        if (unitFilter.get() != null) {
            parts.add(messages.get("rectification.filterText.unit", unitFilter.get().name()));
        }
        if (sourceFilter.get() != null) {
            parts.add(messages.get("rectification.filterText.source", messages.label(sourceFilter.get())));
        }
        if (statusFilter.get() != null) {
            parts.add(messages.get("rectification.filterText.status", messages.label(statusFilter.get())));
        }
        if (dueFilter.get() != null) {
            parts.add(messages.label(dueFilter.get()));
        }
        if (returnVisitsDue.get()) {
            parts.add(messages.get("rectification.filter.returnVisitsDue"));
        }
        if (searchText.get() != null && !searchText.get().isBlank()) {
            parts.add(messages.get("rectification.filterText.search", searchText.get().strip()));
        }
        return String.join("；", parts);
    }

    /** A filter changed: back to the first page, asked again (once the ledger has loaded). */
    void applyFilter() {
        if (holding || !loaded) {
            return;
        }
        hold(() -> pageIndex.set(0));
        fetch(null, false);
    }

    /**
     * Takes a status step on the selected item. Verifying and reopening ask for a note (required);
     * marking rectified asks for an optional one. A refusal is shown with its reason.
     */
    public void takeStep(RectificationStep step) {
        Rectification item = selectedItem.item().get();
        if (item == null) {
            return;
        }
        String note = null;
        if (step != RectificationStep.START) {
            List<String> choices = switch (step) {
                case VERIFY -> List.of(messages.get("rectification.note.verifyDefault"));
                case REOPEN -> List.of(messages.get("rectification.note.reopenDefault"));
                default -> List.of(messages.get("rectification.note.rectifiedDefault"));
            };
            String prompt = switch (step) {
                case VERIFY -> messages.get("rectification.note.promptVerify", item.number(),
                        item.rectifiedBy() == null ? "" : item.rectifiedBy());
                case REOPEN -> messages.get("rectification.note.promptReopen", item.number());
                default -> messages.get("rectification.note.promptRectified", item.number());
            };
            Optional<String> asked = dialogs.askPurpose(messages.label(step), prompt, choices, choices.get(0));
            if (asked.isEmpty()) {
                return;
            }
            note = asked.get();
        }
        String why = note;
        tasks.submit(ctx -> ledger.step(item.id(), item.version(), step, why), moved -> reload(),
                failure -> {
                    dialogs.showError(messages.label(step), errors.describe(failure));
                    reload();
                });
    }

    public void recordReturnVisit() {
        Rectification item = selectedItem.item().get();
        if (item == null) {
            return;
        }
        Optional<String> note = dialogs.askPurpose(messages.get("rectification.action.returnVisit"),
                messages.get("rectification.note.promptReturnVisit", item.number()),
                List.of(messages.get("rectification.note.returnVisitDefault")),
                messages.get("rectification.note.returnVisitDefault"));
        note.ifPresent(text -> tasks.submit(ctx -> ledger.recordReturnVisit(item.id(), item.version(), text),
                done -> reload(), failure -> {
                    dialogs.showError(messages.get("rectification.action.returnVisit"), errors.describe(failure));
                    reload();
                }));
    }

    public void deleteSelected() {
        Rectification item = selectedItem.item().get();
        if (item == null || !dialogs.confirm(messages.get("rectification.delete.title"),
                messages.get("rectification.delete.confirm", item.number()))) {
            return;
        }
        tasks.submit(ctx -> {
            ledger.delete(item.id(), item.version());
            return null;
        }, done -> reload(), failure -> {
            dialogs.showError(messages.get("rectification.delete.title"), errors.describe(failure));
            reload();
        });
    }

    public void printNotice() {
        Rectification item = selectedItem.item().get();
        if (item == null) {
            return;
        }
        preview.open(messages.get("rectification.print.notice"),
                messages.get("rectification.print.noticeFile", item.number()),
                ctx -> ledger.printNotice(item.id(), messages.locale()));
    }

    public void printLedger() {
        LedgerFilter shown = filter();
        String words = filterText();
        preview.open(messages.get("rectification.print.ledger"), messages.get("rectification.print.ledgerFile", today),
                ctx -> printLedger(shown, words));
    }

    private PrintableDocument printLedger(LedgerFilter shown, String words) {
        return ledger.printLedger(shown, words, messages.locale());
    }

    /** Clears the filters (the year stays), with one query afterwards. */
    public void clearFilters() {
        hold(() -> {
            searchText.set("");
            unitFilter.set(null);
            sourceFilter.set(null);
            statusFilter.set(null);
            dueFilter.set(null);
            returnVisitsDue.set(false);
        });
        applyFilter();
    }

    /** Whether the row should stand out as overdue. */
    public boolean isOverdue(LedgerFilter.Subject row) {
        return row != null && row.dueState(today) == DueState.OVERDUE;
    }

    public boolean isDueSoon(LedgerFilter.Subject row) {
        return row != null && row.dueState(today) == DueState.DUE_SOON;
    }

    public String dueLabel(LedgerFilter.Subject row) {
        return messages.label(row.dueState(today));
    }

    public String unitLabel(OrgUnit unit) {
        return unit == null ? messages.get("filter.all") : tree.indentedName(unit);
    }

    public <E extends org.integritydesk.model.Labelled> String choiceLabel(E value) {
        return value == null ? messages.get("filter.all") : messages.label(value);
    }

    public String label(org.integritydesk.model.Labelled value) {
        return messages.label(value);
    }

    /** Whether the user may add, edit and move items (leaders only read). */
    public boolean mayChange() {
        return mayChange;
    }

    /** The shown page of the ledger. */
    public ObservableList<LedgerKey> visibleItems() {
        return page;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The shown page, from 0. */
    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** 第 N / M 页. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ObservableList<OrgUnit> unitChoices() {
        return unitChoices;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<OrgUnit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<ProblemSource> sourceFilterProperty() {
        return sourceFilter;
    }

    public ObjectProperty<RectificationStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<DueState> dueFilterProperty() {
        return dueFilter;
    }

    public BooleanProperty returnVisitsDueProperty() {
        return returnVisitsDue;
    }

    /** The row selected in the table. */
    public ObjectProperty<LedgerKey> selectedProperty() {
        return selected;
    }

    /** The selected row's item as read whole when it was selected; null until it is read. */
    public ReadOnlyObjectProperty<Rectification> selectedItemProperty() {
        return selectedItem.item();
    }

    public ObservableList<String> details() {
        return selectedItem.details();
    }

    public ObservableList<RectificationStep> allowedSteps() {
        return selectedItem.allowedSteps();
    }

    public ReadOnlyBooleanProperty returnVisitAllowedProperty() {
        return selectedItem.returnVisitAllowed();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

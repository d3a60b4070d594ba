package org.integritydesk.app;

import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.AuditFilter;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.PrintableDocument;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import javafx.util.Callback;
import org.integritydesk.model.AccessPolicy;
import org.integritydesk.model.Action;
import org.integritydesk.model.UserAccount;
import org.integritydesk.ui.admin.AuditView;
import org.integritydesk.ui.admin.BackupsView;
import org.integritydesk.ui.admin.BackupsViewModel;
import org.integritydesk.ui.admin.AuditViewModel;
import org.integritydesk.ui.admin.UnitsView;
import org.integritydesk.ui.admin.UsersView;
import org.integritydesk.ui.admin.UsersViewModel;
import org.integritydesk.ui.admin.UnitsViewModel;
import org.integritydesk.ui.cadre.CadreFileViewModel;
import org.integritydesk.ui.cadre.CadreListViewModel;
import org.integritydesk.ui.cadre.CadreView;
import org.integritydesk.ui.cadre.FxCadreDialogs;
import org.integritydesk.ui.cadre.ViewingPurpose;
import org.integritydesk.ui.commitment.CommitmentListViewModel;
import org.integritydesk.ui.commitment.CommitmentView;
import org.integritydesk.ui.commitment.FxCommitmentDialogs;
import org.integritydesk.ui.talk.FxTalkDialogs;
import org.integritydesk.ui.talk.TalkListViewModel;
import org.integritydesk.ui.talk.TalkView;
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.service.EducationService;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.education.BasesViewModel;
import org.integritydesk.ui.education.EducationView;
import org.integritydesk.ui.education.EducationViewModel;
import org.integritydesk.ui.education.FxEducationDialogs;
import org.integritydesk.ui.main.MainView;
import org.integritydesk.ui.home.HomeView;
import org.integritydesk.ui.home.HomeViewModel;
import org.integritydesk.ui.rectification.ProblemAnalysisView;
import org.integritydesk.ui.rectification.ProblemAnalysisViewModel;
import org.integritydesk.service.RegulationService;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.FxFileDesk;
import org.integritydesk.ui.regulation.RegulationsView;
import org.integritydesk.ui.regulation.RegulationsViewModel;
import org.integritydesk.ui.print.FxPreviewOpener;
import org.integritydesk.ui.exchange.ExchangeView;
import org.integritydesk.ui.exchange.ExchangeViewModel;
import org.integritydesk.ui.years.YearsView;
import org.integritydesk.ui.years.YearsViewModel;
import org.integritydesk.ui.rectification.FxRectificationDialogs;
import org.integritydesk.ui.rectification.RectificationListViewModel;
import org.integritydesk.ui.rectification.RectificationView;
import org.integritydesk.ui.supervision.FxVisitDialogs;
import org.integritydesk.ui.supervision.SupervisionListViewModel;
import org.integritydesk.ui.supervision.SupervisionView;
import org.integritydesk.service.SupervisionService;

/**
 * Builds the controllers of one main window with their view-models; handed to every
 * {@link javafx.fxml.FXMLLoader} as its controller factory. A new instance is made when the
 * language changes, since every text is read from the bundle when a view is loaded.
 */
final class UiComposition implements Callback<Class<?>, Object> {
    private final AppServices services;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final MainView.Actions actions;
    private final String bureauName;
    private final ViewingPurpose purpose;
    /** The window's main view, for the home tab's links to the other tabs. */
    private MainView mainView;

    UiComposition(AppServices services, TaskRunner tasks, Locale locale, Supplier<Window> owner, MainView.Actions actions,
            String bureauName) {
        this.services = services;
        this.tasks = tasks;
        this.messages = new Messages(locale);
        this.owner = owner;
        this.actions = actions;
        this.bureauName = bureauName;
        this.dialogs = new FxDialogService(owner, messages);
        org.integritydesk.ui.common.TableExportMenu tableExports = new org.integritydesk.ui.common.TableExportMenu(
                dialogs, tasks, messages, services.cadreRoster()::recordTableExport,
                () -> services.currentUser().get().map(u -> !AccessPolicy.allows(u.role(), Action.VIEW_FULL_ID)).orElse(true));
        this.loader = new ViewLoader(messages, this, tableExports::attach);
        this.purpose = new ViewingPurpose(dialogs, messages);
    }

    ViewLoader loader() {
        return loader;
    }

    Messages messages() {
        return messages;
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainView.class) {
            mainView = new MainView(actions, access(), () -> loader.load(CadreView.class, "CadreView"),
                    () -> tab(UnitsView.class, "UnitsView"),
                    () -> tab(UsersView.class, "UsersView"),
                    () -> tab(AuditView.class, "AuditView"),
                    () -> tab(BackupsView.class, "BackupsView"), featureTabs(), bureauName,
                    currentDatabase(), messages.locale());
            return mainView;
        }
        if (type == HomeView.class) {
            return new HomeView(new HomeViewModel(services.homeSources(), tasks, messages,
                    () -> java.time.LocalDate.now(services.clock()), (tabId, filterValue, recordId) -> {
                        if (mainView != null) {
                            mainView.open(tabId, filterValue, recordId);
                        }
                    }));
        }
        if (type == ProblemAnalysisView.class) {
            return new ProblemAnalysisView(new ProblemAnalysisViewModel(services.problemAnalysis(), services.units(),
                    tasks, messages, new FxPreviewOpener(tasks, dialogs, messages, loader, owner), year()));
        }
        if (type == BackupsView.class) {
            return new BackupsView(new BackupsViewModel(services.backups(), tasks, dialogs, messages, actions::restoreFrom));
        }
        if (type == AuditView.class) {
            AuditViewModel.Exports exports = new AuditViewModel.Exports() {
                @Override
                public long pdf(AuditFilter filter, String purpose, Path target) {
                    return services.audit().exportPdf(filter, messages.locale(), purpose, target).events();
                }

                @Override
                public long excel(AuditFilter filter, String purpose, Path target) {
                    return services.auditExcel().export(filter, messages.locale(), purpose, target).events();
                }
            };
            return new AuditView(new AuditViewModel(services.audit(), exports, tasks, dialogs, messages,
                    services.clock().getZone()));
        }
        if (type == UsersView.class) {
            return new UsersView(new UsersViewModel(services.users(), services.units(), tasks, dialogs, messages));
        }
        if (type == CadreView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var cadreDialogs = new FxCadreDialogs(services.cadres(), services.units(), tasks, dialogs, messages,
                    services.clock(), loader, owner, preview, cadreFilePrinting(messages.locale()), purpose,
                    new org.integritydesk.exchange.RosterImport(services.cadreRoster()));
            return new CadreView(new CadreListViewModel(services.cadres(), services.units(), tasks, dialogs, messages),
                    new CadreFileViewModel(services.cadres(), tasks, messages, purpose), cadreDialogs, messages);
        }
        if (type == EducationView.class) {
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.CREATE);
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var educationDialogs = new FxEducationDialogs(services.education(), services.educationBases(),
                    services.educationPrinting(), services.cadres(), services.units(), tasks, dialogs, messages,
                    services.clock(), loader, owner, preview, services.attendanceImport());
            return new EducationView(new EducationViewModel(services.education(), services.units(), tasks, dialogs, messages),
                    new BasesViewModel(services.educationBases(), tasks, dialogs, messages),
                    new AttachmentsViewModel(services.attachments(), EducationService.OWNER_TYPE, tasks, dialogs,
                            new FxFileDesk(owner), messages), educationDialogs, messages, mayChange);
        }
        if (type == RegulationsView.class) {
            var attachments = new AttachmentsViewModel(services.attachments(), RegulationService.OWNER_TYPE, tasks,
                    dialogs, new FxFileDesk(owner), messages);
            return new RegulationsView(new RegulationsViewModel(services.regulations(), attachments, tasks, dialogs,
                    messages, services.clock(), new FxPreviewOpener(tasks, dialogs, messages, loader, owner)), messages);
        }
        if (type == TalkView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var talkDialogs = new FxTalkDialogs(services.talks(), services.cadres(), tasks, dialogs, messages,
                    services.clock(), loader, owner, preview, purpose);
            return new TalkView(new TalkListViewModel(services.talks(), services.units(), tasks, dialogs, messages,
                    year(), mayChange()), talkDialogs, messages);
        }
        if (type == CommitmentView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var commitmentDialogs = new FxCommitmentDialogs(services.commitments(), tasks, dialogs, messages,
                    services.clock(), loader, owner, preview, purpose);
            return new CommitmentView(new CommitmentListViewModel(services.commitments(), services.units(), tasks, dialogs,
                    messages, year(), mayChange()), commitmentDialogs);
        }
        if (type == RectificationView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.UPDATE);
            return new RectificationView(new RectificationListViewModel(services.rectifications(), services.units(),
                    tasks, dialogs, messages, preview, mayChange), new FxRectificationDialogs(services.rectifications(),
                    services.units(), services.cadres(), tasks, dialogs, messages, services.clock(), loader, owner));
        }
        if (type == org.integritydesk.ui.responsibility.ResponsibilityView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var evidence = new AttachmentsViewModel(services.attachments(),
                    org.integritydesk.service.ResponsibilityService.OWNER_TYPE, tasks, dialogs, new FxFileDesk(owner),
                    messages);
            boolean mayDefine = AccessPolicy.allows(services.currentUser().require().role(),
                    Action.MANAGE_RESPONSIBILITY);
            return new org.integritydesk.ui.responsibility.ResponsibilityView(
                    new org.integritydesk.ui.responsibility.ResponsibilityListViewModel(services.responsibility(),
                            services.units(), tasks, dialogs, messages, preview, evidence, mayDefine, year()),
                    new org.integritydesk.ui.responsibility.FxResponsibilityDialogs(services.responsibility(),
                            services.units(), services.cadres(), tasks, dialogs, messages, loader, owner), messages);
        }
        if (type == SupervisionView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.UPDATE);
            var evidence = new AttachmentsViewModel(services.attachments(), SupervisionService.FINDING_OWNER_TYPE, tasks,
                    dialogs, new FxFileDesk(owner), messages);
            return new SupervisionView(new SupervisionListViewModel(services.supervision(), tasks, dialogs, messages,
                    preview, mayChange), new FxVisitDialogs(services.supervision(), services.units(), services.cadres(),
                    tasks, dialogs, messages, services.clock(), loader, owner), evidence, messages);
        }
        if (type == org.integritydesk.ui.selfinspection.SelfInspectionView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            var forms = new org.integritydesk.ui.selfinspection.FxSelfInspectionDialogs(services.selfInspection(),
                    services.units(), tasks, dialogs, messages, services.clock(), loader, owner);
            return new org.integritydesk.ui.selfinspection.SelfInspectionView(
                    new org.integritydesk.ui.selfinspection.SelfInspectionViewModel(services.selfInspection(), tasks,
                            dialogs, messages, preview, forms, mayChange()));
        }
        if (type == org.integritydesk.ui.debriefing.DebriefingView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            UserAccount user = services.currentUser().require();
            return new org.integritydesk.ui.debriefing.DebriefingView(new org.integritydesk.ui.debriefing.DebriefingViewModel(
                    services.debriefing(), services.cadres(), services.units(), tasks, dialogs, messages, preview,
                    AccessPolicy.allows(user.role(), Action.UPDATE), AccessPolicy.allows(user.role(), Action.RESOLVE_BALLOTS)),
                    (session, onImported) -> {
                        var model = new org.integritydesk.ui.common.SheetImportViewModel<>(
                                new org.integritydesk.ui.debriefing.BallotImport(services.ballotImport(), session, messages),
                                tasks, dialogs, messages);
                        model.setOnImported(onImported);
                        org.integritydesk.ui.common.SheetImportView.open(loader, owner.get(), model);
                    });
        }
        if (type == org.integritydesk.ui.assessment.AssessmentView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            boolean mayAssess = AccessPolicy.allows(services.currentUser().require().role(), Action.MANAGE_ASSESSMENT);
            return new org.integritydesk.ui.assessment.AssessmentView(
                    new org.integritydesk.ui.assessment.AssessmentViewModel(services.assessment(), tasks, dialogs, messages,
                            preview, year(), mayAssess),
                    new org.integritydesk.ui.assessment.SchemeEditorViewModel(services.assessment(), tasks, dialogs,
                            messages),
                    new org.integritydesk.ui.assessment.SanctionsViewModel(services.sanctions(), tasks, dialogs, messages));
        }
        if (type == UnitsView.class) {
            return new UnitsView(new UnitsViewModel(services.units(), tasks, dialogs, messages), messages);
        }
        if (type == YearsView.class) {
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.CLOSE_YEAR);
            return new YearsView(new YearsViewModel(services.years(), tasks, dialogs, messages, services.clock().getZone(),
                    mayChange), messages);
        }
        if (type == org.integritydesk.ui.admin.DatabaseView.class) {
            return new org.integritydesk.ui.admin.DatabaseView(new org.integritydesk.ui.admin.DatabaseViewModel(
                    services.databaseSettings(), services.dataMove()::moveTo, tasks, dialogs, messages, currentDatabase(),
                    services.serverAddress().isEmpty()));
        }
        if (type == ExchangeView.class) {
            return new ExchangeView(new ExchangeViewModel(services.exchange(), tasks, dialogs, messages,
                    services.clock().getZone()), messages);
        }
        throw new IllegalArgumentException("no controller known for " + type.getName());
    }

    /**
     * The feature areas' tabs, in the order they stand after the cadre tab. Each feature adds its
     * line here and its controller case in {@link #call}.
     */
    /** A tab's view, carrying its refresh for other users' changes ({@link TabRefresh}) when it has one. */
    private <C> Parent tab(Class<C> view, String fxml) {
        var loaded = loader.load(view, fxml);
        return TabRefresh.attach(loaded.root(), loaded.controller());
    }

    /** The main window, once its view has been loaded. */
    MainView mainView() {
        return mainView;
    }

    private List<MainView.FeatureTab> featureTabs() {
        List<MainView.FeatureTab> tabs = new java.util.ArrayList<>();
        UserAccount user = services.currentUser().require();
        // every role: first, and selected when the window opens
        tabs.add(MainView.FeatureTab.leading("homeTab", messages.get("tab.home"),
                () -> tab(HomeView.class, "HomeView")));
        if (AccessPolicy.allows(user.role(), Action.VIEW)) {
            tabs.add(new MainView.FeatureTab("educationTab", messages.get("tab.education"),
                    () -> tab(EducationView.class, "EducationView")));
        }
        if (AccessPolicy.allows(user.role(), Action.VIEW)) {
            tabs.add(new MainView.FeatureTab("talks", messages.get("tab.talks"),
                    () -> tab(TalkView.class, "TalkView")));
            tabs.add(new MainView.FeatureTab("commitments", messages.get("tab.commitments"),
                    () -> tab(CommitmentView.class, "CommitmentView")));
        }
        if (AccessPolicy.allows(user.role(), Action.VIEW)) {
            tabs.add(new MainView.FeatureTab("supervisionTab", messages.get("tab.supervision"),
                    () -> tab(SupervisionView.class, "SupervisionView")));
            tabs.add(new MainView.FeatureTab("rectificationTab", messages.get("tab.rectification"),
                    () -> tab(RectificationView.class, "RectificationView")));
            tabs.add(new MainView.FeatureTab("debriefingTab", messages.get("tab.debriefing"),
                    () -> tab(org.integritydesk.ui.debriefing.DebriefingView.class, "DebriefingView")));
            tabs.add(new MainView.FeatureTab("responsibilityTab", messages.get("tab.responsibility"),
                    () -> tab(org.integritydesk.ui.responsibility.ResponsibilityView.class, "ResponsibilityView")));
            tabs.add(new MainView.FeatureTab("assessmentTab", messages.get("tab.assessment"),
                    () -> tab(org.integritydesk.ui.assessment.AssessmentView.class, "AssessmentView")));
        }
        if (AccessPolicy.allows(user.role(), Action.VIEW)) {
            tabs.add(new MainView.FeatureTab("regulationsTab", messages.get("tab.regulations"),
                    () -> tab(RegulationsView.class, "RegulationsView")));
        }
        // inspectors only: an administrator would otherwise land on this tab first (they have no cadre
        // tab); they see the years with `year list` and check archives with `archive verify`
        if (AccessPolicy.allows(user.role(), Action.CLOSE_YEAR)) {
            tabs.add(new MainView.FeatureTab("yearsTab", messages.get("tab.years"),
                    () -> tab(YearsView.class, "YearsView")));
        }
        if (AccessPolicy.allows(user.role(), Action.EXCHANGE)) {
            tabs.add(new MainView.FeatureTab("exchangeTab", messages.get("tab.exchange"),
                    () -> tab(ExchangeView.class, "ExchangeView")));
        }
        // administrators only (系统管理 → 数据库, issue 9): embedded or a shared PostgreSQL server
        if (AccessPolicy.allows(user.role(), Action.MANAGE_SETTINGS)) {
            tabs.add(new MainView.FeatureTab("databaseTab", messages.get("tab.database"),
                    () -> tab(org.integritydesk.ui.admin.DatabaseView.class, "DatabaseView")));
        }
        return tabs;
    }

    /** The database this window runs on, as the 数据库 tab states it. */
    private String currentDatabase() {
        return services.serverAddress().map(address -> messages.get("database.currentServer", address))
                .orElseGet(() -> messages.get("database.currentEmbedded", services.dataDir()));
    }

    private int year() {
        return java.time.LocalDate.now(services.clock()).getYear();
    }

    /** Whether the user's role may add and change records (a leader reads and prints only). */
    private boolean mayChange() {
        return AccessPolicy.allows(services.currentUser().require().role(), Action.CREATE);
    }

    private MainView.Access access() {
        UserAccount user = services.currentUser().require();
        String text = messages.get("main.user", user.displayName(), messages.label(user.role()));
        return new MainView.Access(text, AccessPolicy.allows(user.role(), Action.VIEW),
                AccessPolicy.allows(user.role(), Action.MANAGE_UNITS), AccessPolicy.allows(user.role(), Action.MANAGE_USERS),
                AccessPolicy.allows(user.role(), Action.VIEW_AUDIT), AccessPolicy.allows(user.role(), Action.BACKUP));
    }

    /** Printing as the cadre tab asks for it, in the window's language. */
    private FxCadreDialogs.CadreFilePrinting cadreFilePrinting(Locale locale) {
        return new FxCadreDialogs.CadreFilePrinting() {
            @Override
            public PrintableDocument cadreFile(UUID cadreId, String purpose, TaskRunner.WorkContext context) {
                return services.printing().cadreFiles(new PrintService.CadreSelection.OneCadre(cadreId), year(), locale,
                        purpose, context::progress, context::isCancelled);
            }

            @Override
            public PrintableDocument cadreFiles(List<UUID> unitIds, String purpose, TaskRunner.WorkContext context) {
                return services.printing().cadreFiles(new PrintService.CadreSelection.Units(unitIds), year(), locale,
                        purpose, context::progress, context::isCancelled);
            }

            private int year() {
                return java.time.LocalDate.now(services.clock()).getYear();
            }
        };
    }

}

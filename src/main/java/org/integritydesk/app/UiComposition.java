package org.integritydesk.app;

import java.nio.file.Path;
import java.util.List;
import org.integritydesk.model.AuditFilter;
import java.util.Locale;
import java.util.UUID;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.PrintableDocument;
import java.util.function.Supplier;
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
import org.integritydesk.ui.common.DialogService;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.main.MainView;
import org.integritydesk.ui.print.FxPreviewOpener;
import org.integritydesk.ui.rectification.FxRectificationDialogs;
import org.integritydesk.ui.rectification.RectificationListViewModel;
import org.integritydesk.ui.rectification.RectificationView;
import org.integritydesk.ui.supervision.FxVisitDialogs;
import org.integritydesk.ui.supervision.SupervisionListViewModel;
import org.integritydesk.ui.supervision.SupervisionView;

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

    UiComposition(AppServices services, TaskRunner tasks, Locale locale, Supplier<Window> owner, MainView.Actions actions,
            String bureauName) {
        this.services = services;
        this.tasks = tasks;
        this.messages = new Messages(locale);
        this.owner = owner;
        this.actions = actions;
        this.bureauName = bureauName;
        this.dialogs = new FxDialogService(owner, messages);
        this.loader = new ViewLoader(messages, this);
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
            return new MainView(actions, access(), () -> loader.load(CadreView.class, "CadreView"),
                    () -> loader.load(UnitsView.class, "UnitsView").root(),
                    () -> loader.load(UsersView.class, "UsersView").root(),
                    () -> loader.load(AuditView.class, "AuditView").root(),
                    () -> loader.load(BackupsView.class, "BackupsView").root(), featureTabs(), bureauName,
                    services.dataDir().toString(), messages.locale());
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
                    services.clock(), loader, owner, preview, cadreFilePrinting(messages.locale()), purpose);
            return new CadreView(new CadreListViewModel(services.cadres(), services.units(), tasks, dialogs, messages),
                    new CadreFileViewModel(services.cadres(), tasks, messages, purpose), cadreDialogs, messages);
        }
        if (type == RectificationView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.UPDATE);
            return new RectificationView(new RectificationListViewModel(services.rectifications(), services.units(),
                    tasks, dialogs, messages, preview, mayChange), new FxRectificationDialogs(services.rectifications(),
                    services.units(), services.cadres(), tasks, dialogs, messages, services.clock(), loader, owner));
        }
        if (type == SupervisionView.class) {
            var preview = new FxPreviewOpener(tasks, dialogs, messages, loader, owner);
            boolean mayChange = AccessPolicy.allows(services.currentUser().require().role(), Action.UPDATE);
            return new SupervisionView(new SupervisionListViewModel(services.supervision(), tasks, dialogs, messages,
                    preview, mayChange), new FxVisitDialogs(services.supervision(), services.units(), services.cadres(),
                    tasks, dialogs, messages, services.clock(), loader, owner));
        }
        if (type == UnitsView.class) {
            return new UnitsView(new UnitsViewModel(services.units(), tasks, dialogs, messages), messages);
        }
        throw new IllegalArgumentException("no controller known for " + type.getName());
    }

    /**
     * The feature areas' tabs, in the order they stand after the cadre tab. Each feature adds its
     * line here and its controller case in {@link #call}.
     */
    private List<MainView.FeatureTab> featureTabs() {
        List<MainView.FeatureTab> tabs = new java.util.ArrayList<>();
        if (AccessPolicy.allows(services.currentUser().require().role(), Action.VIEW)) {
            tabs.add(new MainView.FeatureTab("supervisionTab", messages.get("tab.supervision"),
                    () -> loader.load(SupervisionView.class, "SupervisionView").root()));
            tabs.add(new MainView.FeatureTab("rectificationTab", messages.get("tab.rectification"),
                    () -> loader.load(RectificationView.class, "RectificationView").root()));
        }
        return tabs;
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

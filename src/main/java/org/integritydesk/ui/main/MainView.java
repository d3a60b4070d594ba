package org.integritydesk.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.integritydesk.ui.cadre.CadreView;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.ViewLoader;

/**
 * The main window: menus, the tabs and the status bar. Tabs other than the first are built the
 * first time they are shown, so start-up pays only for what the user sees.
 */
public final class MainView {
    /** What the menus ask of the application itself. */
    public interface Actions {
        void switchLanguage(Locale locale);

        void exit();

        void changePassword();

        void lockScreen();

        /** Closes the database, restores {@code backup} over it and asks for a new login. */
        void restoreFrom(java.nio.file.Path backup);

        void about();
    }

    /** Which tabs the logged-in user's role may open, and who they are. */
    public record Access(String userText, boolean cadres, boolean units, boolean users, boolean audit, boolean backups) {
    }

    /**
     * A tab of a feature area (education, talks, supervision...), placed after the cadre tab in
     * the order given and built the first time it is shown. The caller leaves out the tabs the
     * user's role may not open. A {@code leading} tab (the home tab, 首页) stands before the cadre
     * tab instead, and the first leading tab is the one selected when the window opens.
     */
    public record FeatureTab(String id, String title, Supplier<Parent> content, boolean leading) {
        public FeatureTab(String id, String title, Supplier<Parent> content) {
            this(id, title, content, false);
        }

        /** A tab placed first and selected when the window opens. */
        public static FeatureTab leading(String id, String title, Supplier<Parent> content) {
            return new FeatureTab(id, title, content, true);
        }
    }

    private final Actions actions;
    private final Access access;
    private final Supplier<Parent> usersViewFactory;
    private final Supplier<Parent> auditViewFactory;
    private final Supplier<Parent> backupsViewFactory;
    private final Supplier<Parent> unitsViewFactory;
    private final List<FeatureTab> featureTabs;
    private final String bureauName;
    /** The database in use, as the status bar tells it: the embedded one with its folder, or the server. */
    private final String databaseInUse;
    private final Locale locale;
    /** Tabs that other users' changes have made out of date since they last read their records. */
    private final java.util.Set<Tab> stale = new java.util.HashSet<>();

    @FXML private TabPane tabs;
    @FXML private Tab cadreTab;
    @FXML private Tab unitsTab;
    @FXML private Tab usersTab;
    @FXML private Tab auditTab;
    @FXML private Tab backupsTab;
    @FXML private Label userLabel;
    private CadreView cadreController;
    private final Supplier<ViewLoader.Loaded<CadreView>> cadreViewFactory;
    @FXML private Label bureauLabel;
    @FXML private Label dataDirLabel;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;

    public MainView(Actions actions, Access access, Supplier<ViewLoader.Loaded<CadreView>> cadreViewFactory,
            Supplier<Parent> unitsViewFactory, Supplier<Parent> usersViewFactory, Supplier<Parent> auditViewFactory,
            Supplier<Parent> backupsViewFactory, List<FeatureTab> featureTabs, String bureauName, String databaseInUse,
            Locale locale) {
        this.featureTabs = List.copyOf(featureTabs);
        this.backupsViewFactory = backupsViewFactory;
        this.auditViewFactory = auditViewFactory;
        this.actions = actions;
        this.cadreViewFactory = cadreViewFactory;
        this.access = access;
        this.usersViewFactory = usersViewFactory;
        this.unitsViewFactory = unitsViewFactory;
        this.bureauName = bureauName;
        this.databaseInUse = databaseInUse;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        bureauLabel.setText(bureauName);
        dataDirLabel.setText(databaseInUse);
        ToggleGroup languages = new ToggleGroup();
        chineseItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? englishItem : chineseItem).setSelected(true);
        userLabel.setText(access.userText());
        if (access.cadres()) {
            var cadre = cadreViewFactory.get();
            cadreTab.setContent(TabRefresh.attach(cadre.root(), cadre.controller()));
            cadreController = cadre.controller();
        }
        addFeatureTabs();
        buildWhenFirstShown(unitsTab, unitsViewFactory);
        buildWhenFirstShown(usersTab, usersViewFactory);
        buildWhenFirstShown(auditTab, auditViewFactory);
        buildWhenFirstShown(backupsTab, backupsViewFactory);
        if (!access.backups()) {
            tabs.getTabs().remove(backupsTab);
        }
        if (!access.audit()) {
            tabs.getTabs().remove(auditTab);
        }
        if (!access.users()) {
            tabs.getTabs().remove(usersTab);
        }
        if (!access.units()) {
            tabs.getTabs().remove(unitsTab);
        }
        if (!access.cadres()) {
            tabs.getTabs().remove(cadreTab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, shown) -> refreshIfStale(shown));
        tabs.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, old, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, was, focused) -> {
                            if (focused) {
                                refreshIfStale(tabs.getSelectionModel().getSelectedItem());
                            }
                        });
                    }
                });
            }
        });
        featureTabs.stream().filter(FeatureTab::leading).findFirst()
                .flatMap(first -> tabs.getTabs().stream().filter(t -> first.id().equals(t.getId())).findFirst())
                .ifPresent(tabs.getSelectionModel()::select);
    }

    /**
     * Other users changed records on the shared server: every tab built so far reads its records again,
     * the shown one now if the window has the focus, the others when they are next shown or the window
     * is focused again (so PCs nobody is looking at do not all ask the server at once).
     */
    public void othersChanged() {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() != null) {
                stale.add(tab);
            }
        }
        Window window = tabs.getScene() == null ? null : tabs.getScene().getWindow();
        if (window != null && window.isFocused()) {
            refreshIfStale(tabs.getSelectionModel().getSelectedItem());
        }
    }

    private void refreshIfStale(Tab tab) {
        if (tab != null && stale.contains(tab)
                && TabRefresh.of(tab.getContent()).map(TabRefresh::refresh).orElse(true)) {
            stale.remove(tab);
        }
    }

    private void addFeatureTabs() {
        int leading = 0;
        int position = tabs.getTabs().indexOf(cadreTab) + 1;
        for (FeatureTab feature : featureTabs) {
            Tab tab = new Tab(feature.title());
            tab.setId(feature.id());
            if (feature.leading()) {
                tabs.getTabs().add(leading++, tab);
                position++;
            } else {
                tabs.getTabs().add(position++, tab);
            }
            buildWhenFirstShown(tab, feature.content());
        }
    }

    /**
     * Selects the tab {@code tabId} (building it if need be) and, when its view handles it, shows
     * the records asked for: filtered by {@code filterValue} and with {@code recordId} selected
     * (see {@link org.integritydesk.ui.common.TabNavigation}). An unknown or hidden tab does nothing.
     *
     * @return whether the tab was found
     */
    public boolean open(String tabId, String filterValue, String recordId) {
        Tab tab = tabs.getTabs().stream().filter(t -> tabId != null && tabId.equals(t.getId())).findFirst()
                .orElse(null);
        if (tab == null) {
            return false;
        }
        tabs.getSelectionModel().select(tab);
        if (tab.getContent() != null
                && tab.getContent().getProperties().get(org.integritydesk.ui.common.TabNavigation.KEY)
                        instanceof org.integritydesk.ui.common.TabNavigation navigation) {
            navigation.show(filterValue, recordId);
        }
        return true;
    }

    private static void buildWhenFirstShown(Tab tab, Supplier<Parent> factory) {
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.setContent(factory.get());
            }
        });
        if (tab.isSelected() && tab.getContent() == null) {
            tab.setContent(factory.get());
        }
    }

    public CadreView cadreView() {
        return cadreController;
    }

    public TabPane tabs() {
        return tabs;
    }

    @FXML
    private void onNewCadre() {
        if (access.cadres()) {
            tabs.getSelectionModel().select(cadreTab);
            cadreController.addCadre();
        }
    }

    @FXML
    private void onFind() {
        if (access.cadres()) {
            tabs.getSelectionModel().select(cadreTab);
            cadreController.focusSearch();
        }
    }

    @FXML
    private void onLock() {
        actions.lockScreen();
    }

    @FXML
    private void onChangePassword() {
        actions.changePassword();
    }

    @FXML
    private void onExit() {
        actions.exit();
    }

    @FXML
    private void onChinese() {
        actions.switchLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    private void onEnglish() {
        actions.switchLanguage(Locale.ENGLISH);
    }

    @FXML
    private void onAbout() {
        actions.about();
    }
}

package org.integritydesk.ui.main;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import org.integritydesk.ui.cadre.CadreView;

/**
 * The main window: menus, the tabs and the status bar. Tabs other than the first are built the
 * first time they are shown, so start-up pays only for what the user sees.
 */
public final class MainView {
    /** What the menus ask of the application itself. */
    public interface Actions {
        void switchLanguage(Locale locale);

        void exit();

        void about();
    }

    private final Actions actions;
    private final Supplier<Parent> unitsViewFactory;
    private final String bureauName;
    private final String dataDir;
    private final Locale locale;

    @FXML private TabPane tabs;
    @FXML private Tab unitsTab;
    @FXML private CadreView cadreController;
    @FXML private Label bureauLabel;
    @FXML private Label dataDirLabel;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;

    public MainView(Actions actions, Supplier<Parent> unitsViewFactory, String bureauName, String dataDir, Locale locale) {
        this.actions = actions;
        this.unitsViewFactory = unitsViewFactory;
        this.bureauName = bureauName;
        this.dataDir = dataDir;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        bureauLabel.setText(bureauName);
        dataDirLabel.setText(dataDir);
        ToggleGroup languages = new ToggleGroup();
        chineseItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? englishItem : chineseItem).setSelected(true);
        unitsTab.setOnSelectionChanged(e -> {
            if (unitsTab.isSelected() && unitsTab.getContent() == null) {
                unitsTab.setContent(unitsViewFactory.get());
            }
        });
    }

    public CadreView cadreView() {
        return cadreController;
    }

    public TabPane tabs() {
        return tabs;
    }

    @FXML
    private void onNewCadre() {
        tabs.getSelectionModel().select(0);
        cadreController.addCadre();
    }

    @FXML
    private void onFind() {
        tabs.getSelectionModel().select(0);
        cadreController.focusSearch();
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

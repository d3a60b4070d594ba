package org.integritydesk.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.store.DatabaseInUseException;
import org.integritydesk.ui.common.BundledFonts;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.main.MainView;
import org.integritydesk.ui.setup.SetupView;
import org.integritydesk.ui.setup.SetupViewModel;

/**
 * The window's application: loads the font in {@link #init()} (off the JavaFX thread) and takes
 * the database the launcher began opening while the toolkit started, then shows the first-start
 * setup or the main window.
 */
public final class IntegrityDeskApp extends Application {
    private final Clock clock;
    private LaunchOptions options;
    private LocalSettings settings;
    private AppServices services;
    private Optional<BureauProfile> profile = Optional.empty();
    private RuntimeException openFailure;
    private final FxTaskRunner tasks = new FxTaskRunner(2);
    private Stage stage;
    private Locale locale;

    /** The data folder the launcher began opening before the toolkit started, if it did. */
    private static volatile CompletableFuture<OpenedDataFolder> openedEarly;

    /** Called by the launcher before {@link Application#launch}, with the options the window will read. */
    static void startOpening(LaunchOptions options) {
        openedEarly = OpenedDataFolder.openInBackground(options.dataDirOrDefault(), Clock.systemDefaultZone());
    }

    /** Used by {@link Application#launch}; reads the options from the command line. */
    public IntegrityDeskApp() {
        this(Clock.systemDefaultZone(), null);
    }

    /** Used by tests: a fixed clock and options given directly. */
    IntegrityDeskApp(Clock clock, LaunchOptions options) {
        this.clock = clock;
        this.options = options;
    }

    @Override
    public void init() {
        if (options == null) {
            options = LaunchOptions.parse(getParameters().getRaw());
        }
        CompletableFuture<OpenedDataFolder> early = openedEarly;
        openedEarly = null;
        BundledFonts.loadUiFont();
        var dataDir = options.dataDirOrDefault();
        settings = LocalSettings.load(dataDir);
        locale = settings.locale();
        OpenedDataFolder opened = early != null ? early.join() : OpenedDataFolder.open(dataDir, clock);
        services = opened.services();
        profile = opened.profile();
        openFailure = opened.failure();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.getIcons().add(new Image(IntegrityDeskApp.class.getResourceAsStream("/org/integritydesk/ui/common/icon.png")));
        if (openFailure != null) {
            refuseToStart();
            return;
        }
        if (profile.isEmpty()) {
            showSetup();
        } else {
            showMain();
        }
    }

    private void refuseToStart() {
        Messages messages = new Messages(locale);
        String text = openFailure instanceof DatabaseInUseException inUse
                ? messages.get("startup.alreadyRunning", inUse.dataDir())
                : messages.get("startup.cannotOpen", new ErrorDescriber(messages).describe(openFailure));
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        if (options.startupProbe()) {
            System.err.println(text);
        }
        Platform.exit();
    }

    private void showSetup() {
        Messages messages = new Messages(locale);
        var demo = new DemoLoader(services);
        SetupViewModel setup = new SetupViewModel(services.setup(), demo::load, tasks, messages);
        SetupView view = new SetupView(setup);
        var composition = composition();
        var loaded = composition.loader().load(SetupView.class, "SetupView", view);
        view.setOnDone(() -> tasks.submit(ctx -> services.setup().profile(), loadedProfile -> {
            profile = loadedProfile;
            showMain();
        }, failure -> Platform.exit()));
        stage.setTitle(messages.get("setup.title"));
        stage.setScene(Windows.scene(loaded.root()));
        stage.show();
        announceStartup();
    }

    private void showMain() {
        UiComposition composition = composition();
        Parent root = composition.loader().load(MainView.class, "MainView").root();
        stage.setTitle(composition.messages().get("app.title") + " — " + profile.map(BureauProfile::name).orElse(""));
        stage.setScene(Windows.scene(root));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.show();
        announceStartup();
    }

    private UiComposition composition() {
        return new UiComposition(services, tasks, locale, () -> stage, new MainActions(),
                profile.map(BureauProfile::name).orElse(""));
    }

    /** With {@code --startup-probe}: once the window can take input, print the time since the process started and quit. */
    private void announceStartup() {
        if (!options.startupProbe()) {
            return;
        }
        Platform.runLater(() -> {
            System.out.println("startup-ms=" + ProcessUptime.now().toMillis());
            System.out.flush();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        tasks.close();
        if (services != null) {
            services.close();
        }
    }

    private final class MainActions implements MainView.Actions {
        @Override
        public void switchLanguage(Locale newLocale) {
            locale = newLocale;
            settings.setLocale(newLocale);
            tasks.submit(ctx -> {
                settings.save();
                return null;
            }, done -> showMain(), failure -> showMain());
        }

        @Override
        public void exit() {
            Platform.exit();
        }

        @Override
        public void about() {
            Messages messages = new Messages(locale);
            Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text", services.dataDir()));
            alert.initOwner(stage);
            alert.setTitle(messages.get("menu.help.about"));
            alert.setHeaderText(messages.get("app.title"));
            alert.showAndWait();
        }
    }
}

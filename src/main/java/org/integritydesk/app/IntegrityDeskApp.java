package org.integritydesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.integritydesk.service.BureauProfile;
import org.integritydesk.service.SetupService;
import org.integritydesk.store.Database;
import org.integritydesk.store.DatabaseInUseException;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.login.ChangePasswordView;
import org.integritydesk.ui.login.ChangePasswordViewModel;
import org.integritydesk.ui.login.LoginView;
import org.integritydesk.ui.login.IdleLockView;
import org.integritydesk.ui.login.IdleLockViewModel;
import org.integritydesk.ui.login.LoginViewModel;
import org.integritydesk.ui.common.BundledFonts;
import org.integritydesk.service.ErrorDescriber;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.Windows;
import org.integritydesk.ui.main.MainView;
import org.integritydesk.ui.setup.JoinServerViewModel;
import org.integritydesk.ui.setup.SetupView;
import org.integritydesk.ui.setup.SetupViewModel;

/**
 * The window's application: loads the font and builds the first window's view in {@link #init()}
 * (off the JavaFX thread), then shows the first-start setup or the login window, and after the
 * login the main window.
 */
public final class IntegrityDeskApp extends Application {
    private final Clock clock;
    private LaunchOptions options;
    private LocalSettings settings;
    private final Sessions sessions;
    private Path dataDir;
    private boolean setUp;
    private AppServices services;
    private Optional<BureauProfile> profile = Optional.empty();
    private RuntimeException openFailure;
    private SmallWindow firstWindow;
    private Image icon;
    private final FxTaskRunner tasks = new FxTaskRunner(2);
    private Stage stage;
    private Locale locale;
    private WindowActivation activation;
    private IdleLock idleLock;
    private AutomaticBackups automaticBackups;

    /** Used by {@link Application#launch}; reads the options from the command line. */
    public IntegrityDeskApp() {
        this(Clock.systemDefaultZone(), null);
    }

    /** Used by tests: a fixed clock and options given directly. */
    IntegrityDeskApp(Clock clock, LaunchOptions options) {
        this.clock = clock;
        this.options = options;
        this.sessions = new Sessions(clock);
    }

    /**
     * Runs on the launcher thread while the JavaFX thread waits: everything of the first window that
     * need not be on the JavaFX thread is done here, so {@link #start} only puts it on the screen.
     * The 10 MB UI font and the system's default font load on a thread of their own meanwhile (the
     * two took a third of the start-up over a minimal window: docs/performance.md); the first
     * window's view is built here (JavaFX allows nodes, not scenes, off its thread); the fonts are in
     * before the window's style sheet is applied.
     */
    @Override
    public void init() {
        if (options == null) {
            options = LaunchOptions.parse(getParameters().getRaw());
        }
        Thread font = new Thread(() -> {
            // the system font (fontconfig on Linux: ~100 ms) is otherwise looked up on the JavaFX
            // thread when the first scene applies its styles
            Font.getDefault();
            BundledFonts.loadUiFont();
        }, "ui-font");
        font.setDaemon(true);
        font.start();
        try {
            prepareFirstWindow();
        } finally {
            try {
                font.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void prepareFirstWindow() {
        icon = new Image(IntegrityDeskApp.class.getResourceAsStream("/org/integritydesk/ui/common/icon.png"));
        dataDir = options.dataDirOrDefault();
        settings = LocalSettings.load(dataDir);
        locale = settings.locale();
        if (options.cdsTraining()) {
            // ClassDataArchive's hidden start: the first window's classes, never the database or the
            // listener (its file would replace a running window's); the in-use probe only reads
            Database.inUseByAnotherProcess(dataDir);
            setUp = sessions.isSetUp(dataDir);
            firstWindow = setUp ? loginWindow() : setupWindow();
            return;
        }
        if (Database.inUseByAnotherProcess(dataDir)) {
            openFailure = new DatabaseInUseException(dataDir, null);
            return;
        }
        setUp = sessions.isSetUp(dataDir);
        try {
            activation = WindowActivation.listen(dataDir, () -> Platform.runLater(this::bringForward));
        } catch (IOException e) {
            // without the loopback listener a second start cannot raise this window; everything else works
            activation = null;
        }
        firstWindow = setUp ? loginWindow() : setupWindow();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.getIcons().add(icon);
        if (openFailure != null) {
            refuseToStart();
            return;
        }
        show(firstWindow);
        firstWindow = null;
    }

    private void refuseToStart() {
        Messages messages = new Messages(locale);
        if (options.startupProbe()) {
            System.err.println(new ErrorDescriber(messages).describe(openFailure));
            Platform.exit();
            return;
        }
        if (openFailure instanceof DatabaseInUseException inUse) {
            offerToShowRunningWindow(messages, inUse);
        } else {
            Alert alert = Windows.styled(new Alert(Alert.AlertType.ERROR,
                    messages.get("startup.cannotOpen", new ErrorDescriber(messages).describe(openFailure))));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
        }
        Platform.exit();
    }

    private void offerToShowRunningWindow(Messages messages, DatabaseInUseException inUse) {
        ButtonType show = new ButtonType(messages.get("startup.showRunning"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("menu.file.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Windows.styled(
                new Alert(Alert.AlertType.INFORMATION, messages.get("startup.alreadyRunning", inUse.dataDir()), show, quit));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        if (alert.showAndWait().filter(show::equals).isPresent()) {
            WindowActivation.askRunningWindowToShow(inUse.dataDir());
        }
    }

    private void bringForward() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** A small window's content (setup, login), built before it is shown, possibly off the JavaFX thread. */
    private record SmallWindow(String title, Parent root, Runnable afterShow) {
    }

    private void show(SmallWindow window) {
        showSmallWindow(window.title(), window.root());
        window.afterShow().run();
    }

    private SmallWindow setupWindow() {
        Messages messages = new Messages(locale);
        SetupViewModel setup = new SetupViewModel(this::setUpNewFolder, tasks, messages);
        JoinServerViewModel join = new JoinServerViewModel(server -> sessions.join(dataDir, server), tasks, messages);
        join.setOnJoined(this::showLogin);
        SetupView view = new SetupView(setup, join);
        var loaded = preLoginLoader(messages).load(SetupView.class, "SetupView", view);
        view.setOnDone(this::showMain);
        return new SmallWindow(messages.get("setup.title"), loaded.root(), () -> { });
    }

    /** Runs in the background: validates first, so a refused bureau code leaves no half-made folder. */
    private String setUpNewFolder(SetupViewModel.SetupRequest request, TaskRunner.WorkContext context) {
        if (!request.loadDemo()) {
            SetupService.check(request.bureauName(), request.bureauCode());
        }
        Sessions.NewFolder created = sessions.create(dataDir, request.adminUsername(), request.adminPassword());
        services = created.services();
        if (request.loadDemo()) {
            new DemoLoader(services).load(context);
        } else {
            services.setup().setUp(request.bureauName(), request.bureauCode());
        }
        profile = services.setup().profile();
        rememberUser(request.adminUsername());
        return created.recoveryCode();
    }

    private void showLogin() {
        show(loginWindow());
    }

    private SmallWindow loginWindow() {
        Messages messages = new Messages(locale);
        LoginViewModel login = new LoginViewModel(this::logIn, tasks, messages, settings.lastUser());
        tasks.submit(ctx -> sessions.serverAddress(dataDir), server -> server.ifPresent(
                address -> login.showDatabase(messages.get("login.onServer", address))), failure -> { });
        LoginView view = new LoginView(login);
        var loaded = preLoginLoader(messages).load(LoginView.class, "LoginView", view);
        view.setOnSuccess(mustChange -> {
            if (mustChange) {
                showChangePassword(true);
            } else {
                showMain();
            }
        });
        return new SmallWindow(messages.get("login.title"), loaded.root(), view::focusFirstEmptyField);
    }

    /** Runs in the background: unlocking the key and opening the database take a moment. */
    private boolean logIn(String username, char[] password) {
        services = sessions.login(dataDir, username, password);
        profile = services.setup().profile();
        rememberUser(username);
        return services.currentUser().require().mustChangePassword();
    }

    private void rememberUser(String username) {
        settings.setLastUser(username);
        try {
            settings.save();
        } catch (RuntimeException e) {
            // remembering the last user name is a convenience; the login itself succeeded
        }
    }

    /** The change-password window; {@code forced} at first login, where only a changed password goes on. */
    private void showChangePassword(boolean forced) {
        Messages messages = new Messages(locale);
        var user = services.currentUser().require();
        ChangePasswordViewModel form = new ChangePasswordViewModel(
                (old, fresh) -> services.users().changeOwnPassword(old, fresh), tasks, messages, user.username());
        ChangePasswordView view = new ChangePasswordView(form,
                messages.get(forced ? "password.mustChange" : "password.heading", user.displayName()));
        var loaded = preLoginLoader(messages).load(ChangePasswordView.class, "ChangePasswordView", view);
        if (forced) {
            view.setOnDone(this::showMain);
            showSmallWindow(messages.get("password.title"), loaded.root());
        } else {
            Stage dialog = Windows.modal(stage, messages.get("password.title"), loaded.root());
            view.setOnDone(dialog::close);
            dialog.show();
        }
    }

    private ViewLoader preLoginLoader(Messages messages) {
        return new ViewLoader(messages, type -> {
            throw new IllegalStateException("no controller factory before login: " + type.getName());
        });
    }

    private void showSmallWindow(String title, Parent root) {
        stage.setTitle(title);
        // the main window's minimum size stays on the stage after a restore or a language switch
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(Windows.scene(root));
        stage.sizeToScene();
        stage.centerOnScreen();
        if (options.cdsTraining()) {
            // the hidden start of ClassDataArchive: drawn (so rendering's classes are recorded), never seen
            stage.setOpacity(0);
            stage.setX(-20000);
            stage.setY(-20000);
        }
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
        startIdleLock(composition.messages());
        showOthersChanges(composition.mainView());
        if (automaticBackups == null) {
            automaticBackups = AutomaticBackups.start(services.backups());
        }
    }

    /**
     * On the shared server, the main window reads again what other users changed (issue 9): the
     * notices of a second come together into one refresh, at most one a second.
     */
    private void showOthersChanges(MainView main) {
        PauseTransition gathering = new PauseTransition(Duration.seconds(1));
        gathering.setOnFinished(e -> main.othersChanged());
        services.listenForOthersChanges(tables -> Platform.runLater(() -> {
            if (gathering.getStatus() != Animation.Status.RUNNING) {
                gathering.playFromStart();
            }
        }));
    }

    /** Locks the screen after the configured idle minutes (settings.properties: idleLockMinutes, 0 = never). */
    private void startIdleLock(Messages messages) {
        if (idleLock != null) {
            idleLock.stop();
        }
        var user = services.currentUser().require();
        IdleLockViewModel lock = new IdleLockViewModel(clock, settings.idleLockTime(),
                password -> services.users().checkPassword(password), tasks, messages);
        IdleLockView view = new IdleLockView(lock, messages.get("main.user", user.displayName(), messages.label(user.role())));
        var loaded = preLoginLoader(messages).load(IdleLockView.class, "IdleLockView", view);
        idleLock = new IdleLock(lock, stage, loaded.root(), view, messages.get("lock.heading"));
        lockNow = lock::lockNow;
    }

    private Runnable lockNow = () -> { };

    private UiComposition composition() {
        return new UiComposition(services, tasks, locale, () -> stage, new MainActions(),
                profile.map(BureauProfile::name).orElse(""));
    }

    /** With {@code --startup-probe}: once the window can take input, print the time since the process started and quit. */
    private void announceStartup() {
        if (options.cdsTraining()) {
            Platform.runLater(Platform::exit);
            return;
        }
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
        if (idleLock != null) {
            idleLock.stop();
        }
        if (activation != null) {
            activation.close();
        }
        if (automaticBackups != null) {
            // first: closing the task runner interrupts its threads, and H2 closes the database when
            // a thread is interrupted during a write (measured), which would fail this backup too.
            // BACKUP TO is consistent even while a task still saves. Failures are only logged.
            automaticBackups.stopAndBackUpAtExit();
        }
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
        public void changePassword() {
            showChangePassword(false);
        }

        @Override
        public void lockScreen() {
            lockNow.run();
        }

        @Override
        public void restoreFrom(Path backup) {
            Messages messages = new Messages(locale);
            AppServices closing = services;
            // nothing in the window may reach the services while the database is swapped underneath
            stage.getScene().getRoot().setDisable(true);
            stage.setTitle(messages.get("backups.restoring"));
            if (automaticBackups != null) {
                automaticBackups.stop();
                automaticBackups = null;
            }
            if (idleLock != null) {
                idleLock.stop();
                idleLock = null;
            }
            tasks.submit(ctx -> {
                var key = closing.fileKey();
                closing.close();
                return AppServices.restore(dataDir, backup, key, clock);
            }, result -> {
                services = null;
                new FxDialogService(() -> stage, messages).showInfo(
                        messages.get("backups.title"),
                        messages.get("backups.restored", result.safetyCopy().map(Path::toString).orElse("-")));
                showLogin();
            }, failure -> {
                services = null;
                new FxDialogService(() -> stage, messages).showError(
                        messages.get("backups.title"), new ErrorDescriber(messages).describe(failure));
                showLogin();
            });
        }

        @Override
        public void about() {
            Messages messages = new Messages(locale);
            Alert alert = Windows.styled(
                    new Alert(Alert.AlertType.INFORMATION, messages.get("about.text", services.dataDir())));
            alert.initOwner(stage);
            alert.setTitle(messages.get("menu.help.about"));
            alert.setHeaderText(messages.get("app.title"));
            alert.showAndWait();
        }
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.common.TabRefresh;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Other users' changes on the shared server (issue 9 item 3) in the real main window: the shown tab
 * reads its records again at once, a tab built earlier when it is shown next, a tab never built not at
 * all, and nothing is read again without a notice.
 */
@Tag("ui")
class OthersChangesUiTest {
    private final AtomicInteger homeRefreshes = new AtomicInteger();
    private final AtomicInteger talkRefreshes = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();
    private MainView main;
    /** The talks tab's answer: it holds typed input a reload would overwrite. */
    private volatile boolean typing;
    private Stage stage;

    @BeforeEach
    void showTheWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        main = new MainView(new NoMainActions(), new MainView.Access("纪检监察员", false, false, false, false, false),
                () -> null, () -> null, () -> null, () -> null, () -> null,
                List.of(MainView.FeatureTab.leading("homeTab", "首页", () -> content("home", homeRefreshes)),
                        new MainView.FeatureTab("talks", "廉政谈话", () -> content("talks", talkRefreshes)),
                        new MainView.FeatureTab("commitments", "廉政承诺书", () -> content("commitments", null))),
                "县局", "/data", Locale.SIMPLIFIED_CHINESE);
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalArgumentException(type.getName());
        });
        FxToolkit.setupStage(s -> {
            Parent root = loader.load(MainView.class, "MainView", main).root();
            s.setScene(new Scene(root, 1000, 700));
            s.show();
            s.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parent content(String name, AtomicInteger refreshes) {
        built.incrementAndGet();
        Label label = new Label(name);
        return refreshes == null ? label : TabRefresh.attach(label, (TabRefresh) () -> {
            refreshes.incrementAndGet();
            return !typing;
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShownTabRefreshesAtOnceAnotherBuiltTabWhenShownAndUnbuiltTabsStayUnbuilt() throws Exception {
        fx(() -> stage.requestFocus());
        fx(() -> main.open("talks", null, null));
        fx(() -> main.open("homeTab", null, null));
        assertThat(built.get()).as("home and talks built, commitments not").isEqualTo(2);
        assertThat(homeRefreshes.get() + talkRefreshes.get()).as("nothing read again without a notice").isZero();

        fx(() -> main.othersChanged());

        assertThat(homeRefreshes.get()).as("the shown tab, at once").isEqualTo(1);
        assertThat(talkRefreshes.get()).as("a hidden tab waits until shown").isZero();

        fx(() -> main.open("talks", null, null));
        fx(() -> main.open("homeTab", null, null));
        fx(() -> main.open("talks", null, null));

        assertThat(talkRefreshes.get()).as("once, when first shown after the notice").isEqualTo(1);
        assertThat(homeRefreshes.get()).as("the home tab was up to date").isEqualTo(1);
        assertThat(built.get()).as("the notice builds no tab").isEqualTo(2);
    }

    @Test
    void aTabHoldingTypedInputIsNotReloadedUnderItAndIsAskedAgainLater() throws Exception {
        fx(() -> stage.requestFocus());
        fx(() -> main.open("talks", null, null));
        typing = true;

        fx(() -> main.othersChanged());
        assertThat(talkRefreshes.get()).as("asked, and declined").isEqualTo(1);

        fx(() -> main.open("homeTab", null, null));
        typing = false;
        fx(() -> main.open("talks", null, null));
        assertThat(talkRefreshes.get()).as("still out of date: asked again when shown").isEqualTo(2);
        fx(() -> main.open("homeTab", null, null));
        fx(() -> main.open("talks", null, null));
        assertThat(talkRefreshes.get()).as("refreshed once it could").isEqualTo(2);
    }
}

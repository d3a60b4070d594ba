package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.integritydesk.service.exchange.ExchangeService;
import org.integritydesk.service.exchange.SiteKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 数据交换 tab through the real window, as an inspector: this site's key, the trusted sub-bureau, export ready. */
@Tag("ui")
class ExchangeUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;
    private String fingerprint;

    @BeforeEach
    void start() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            Folders.subBureau(services, "36082101", "城关分局");
            Folders.addInspector(services);
            fingerprint = services.exchange().keys(null).fingerprint();
            SiteKeys.Generated sub = SiteKeys.generate();
            services.exchange().trust("36082101", SiteKeys.publicFile(
                    new SiteKeys.PublicKeys("36082101", sub.signPublic(), sub.agreePublic())));
        }
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<ExchangeService.PeerStatus> peers() {
        return app.in(app.stage, "#peerTable", TableView.class, t -> t.getScene() != null);
    }

    @Test
    void theTabShowsThisSiteAndTheSubBureauReadyToExport() throws Exception {
        List<String> tabs = app.tabTexts();
        assertThat(tabs.indexOf("数据交换")).isGreaterThan(0).isEqualTo(tabs.indexOf("单位管理") - 1);
        TabPane tabPane = app.in(app.stage, "#tabs", TabPane.class);
        app.robot.clickOn(app.fx(() -> tabPane.lookup("#exchangeTab")));
        app.waitUntil("the sub-bureau is listed", () -> {
            try {
                return peers().getItems().size() == 1;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        Label site = app.in(app.stage, "#siteLabel", Label.class);
        assertThat(app.fx(site::getText)).isEqualTo("本站 360821（县局），县局 360821；密钥指纹 " + fingerprint);
        Button export = app.in(app.stage, "#exportButton", Button.class);
        app.robot.clickOn(app.in(app.stage, "#peerTable .table-cell", TableCell.class,
                c -> "36082101".equals(c.getText())));
        app.waitUntil("export is possible", () -> !export.isDisabled());
        assertThat(app.fx(() -> peers().getItems().get(0).recordsToSend())).isGreaterThan(0);
        assertThat(app.fx(() -> app.in(app.stage, "#keepMineButton", Button.class).isDisabled())).isTrue();
        assertThat(app.fx(() -> app.in(app.stage, "#generateButton", Button.class).isVisible())).isFalse();
    }
}

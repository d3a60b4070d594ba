package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home tab (首页) through the real window: it is first and selected after login, shows the
 * year's figures once counted, and a to-do line opens the ledger with its item selected; a bar of the
 * problem chart opens the ledger filtered by its unit. Today is 2025-03-15 (the tests' clock).
 */
@Tag("ui")
class HomeUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;
    private Rectification overdue;

    @BeforeEach
    void prepare() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            Folders.subBureau(services, "36082102", "敦厚分局");
            services.currentUser().set(Folders.addInspector(services));
            overdue = services.rectifications().create(new RectificationDraft(ProblemSource.SUPERVISION,
                    chengguan.id(), null, ProblemCategory.CIVIL_SERVICE, ProblemSeverity.MINOR_VIOLATION,
                    ProblemResponse.TALK_EDUCATION, "窗口人员服务态度生硬", LocalDate.of(2025, 2, 1), "开展文明服务培训",
                    chengguan.id(), "张建国", LocalDate.of(2025, 3, 1), null));
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

    private TabPane tabs() {
        return app.in(app.stage, "#tabs", TabPane.class);
    }

    private String selectedTab() {
        return app.fx(() -> tabs().getSelectionModel().getSelectedItem().getId());
    }

    private List<String> figureValues() {
        return app.fx(() -> app.in(app.stage, "#homeFigures", FlowPane.class).getChildren().stream()
                .map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText()).toList());
    }

    @SuppressWarnings("unchecked")
    private TableView<LedgerKey> ledger() {
        return (TableView<LedgerKey>) app.fx(() -> app.stage.getScene().lookup(".ledger-table"));
    }

    @Test
    void theHomeTabIsSelectedAfterLoginAndAToDoLineOpensItsItem() {
        assertThat(app.fx(() -> tabs().getTabs().get(0).getText())).isEqualTo("首页");
        assertThat(selectedTab()).isEqualTo("homeTab");
        app.waitUntil("the figures are counted", () -> figureValues().size() == 8);
        // 教育活动, 学时, 出勤率, 发现问题, 超期未整改, 按期整改率, 廉政谈话, 承诺书签订
        assertThat(figureValues()).containsExactly("0", "0", "—", "1", "1", "0.0%", "0", "0/0");

        ListCell<?> line = app.in(app.stage, "#homeTodos .list-cell", ListCell.class,
                c -> c.getText() != null && c.getText().startsWith(overdue.number()));
        assertThat(app.fx(line::getText)).contains("城关分局", "已超期 14 天");
        app.click(line);

        app.waitUntil("the ledger opens", () -> "rectificationTab".equals(selectedTab()));
        app.waitUntil("the item is selected", () -> ledger() != null
                && ledger().getSelectionModel().getSelectedItem() != null
                && ledger().getSelectionModel().getSelectedItem().id().equals(overdue.id()));
    }

    @Test
    void aBarOfTheProblemChartOpensTheLedgerOfItsUnit() {
        app.waitUntil("the problem chart is drawn", () -> app.stage.getScene().lookup(".chart-bar") != null);
        Node bar = app.fx(() -> app.stage.getScene().getRoot().lookupAll(".chart-bar").stream()
                .filter(n -> n.isVisible() && n.getBoundsInLocal().getHeight() > 1).findFirst().orElseThrow());
        app.click(bar);

        app.waitUntil("the ledger opens", () -> "rectificationTab".equals(selectedTab()));
        app.waitUntil("filtered by 城关分局", () -> ledger() != null && ledger().getItems().size() == 1);
        Tab tab = app.fx(() -> tabs().getSelectionModel().getSelectedItem());
        assertThat(app.fx(() -> ((javafx.scene.control.ComboBox<?>) tab.getContent().lookup("#unitFilter")).getValue()))
                .isInstanceOf(OrgUnit.class).extracting(u -> ((OrgUnit) u).name()).isEqualTo("城关分局");
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.testing.DraftBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 专项自查 sub-tab of 监督检查 through the real window: define a campaign with the seed checklist
 * and send it to a sub-bureau, record a cadre's declaration with one 有, and see the issue in the
 * 问题整改 ledger as an item of source 自查自纠.
 */
@Tag("ui")
class SelfInspectionFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void prepare() {
        OrgUnit chengguan;
        try (AppServices services = Folders.setUp(dataDir)) {
            chengguan = Folders.subBureau(services, "36082101", "城关分局");
            Folders.addInspector(services);
        }
        try (AppServices services = Folders.login(dataDir, Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD)) {
            services.cadres().create(DraftBuilder.draft(chengguan.id()).name("李四").build());
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void selectTab(TabPane tabs, String id) {
        app.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) app.fx(() -> app.stage.getScene().lookup(id));
    }

    private <T> List<T> rows(String id) {
        TableView<T> table = table(id);
        return app.fx(() -> List.copyOf(table.getItems()));
    }

    @Test
    void aDeclaredIssueAppearsInTheLedger() throws Exception {
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        selectTab(app.in(app.stage, "#tabs", TabPane.class), "supervisionTab");
        app.waitUntil("the supervision tab shows", () -> app.stage.getScene().lookup("#supervisionTabs") != null);
        selectTab(app.in(app.stage, "#supervisionTabs", TabPane.class), "selfInspectionTab");
        app.waitUntil("the campaign list shows", () -> app.stage.getScene().lookup("#siAddButton") != null);

        app.click(app.in(app.stage, "#siAddButton", Button.class));
        Stage form = app.awaitWindow(app.messages.get("selfInspection.form.titleNew"));
        app.typeInto(app.in(form, "#titleField", TextField.class), "廉洁从政专项自查");
        app.waitUntil("the unit list shows", () -> form.getScene().lookup("#unit36082101") != null);
        app.click(app.in(form, "#unit36082101", CheckBox.class));
        app.click(app.in(form, "#saveButton", Button.class));
        app.waitUntil("the campaign is listed", () -> rows("#siCampaignTable").size() == 1);
        assertThat(this.<SelfInspectionCampaign>rows("#siCampaignTable").get(0).items()).hasSize(5);
        app.waitUntil("the cadre is on the list", () -> rows("#siDeclarationTable").size() == 1);

        TableView<SelfInspectionDeclaration> declarations = table("#siDeclarationTable");
        app.onFx(() -> declarations.getSelectionModel().select(0));
        app.click(app.in(app.stage, "#siDeclareButton", Button.class));
        Stage declare = app.awaitWindow(app.messages.get("selfInspection.declare.title", "李四"));
        app.click(app.in(declare, "#issue4", RadioButton.class));
        app.typeInto(app.in(declare, "#explanation4", TextField.class), "收受招商企业红包");
        app.click(app.in(declare, "#restNoneButton", Button.class));
        app.click(app.in(declare, "#saveButton", Button.class));

        app.waitUntil("the declaration shows its issue",
                () -> this.<SelfInspectionDeclaration>rows("#siDeclarationTable").get(0).issueCount() == 1);
        app.onFx(() -> declarations.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<String> answers = app.in(app.stage, "#siAnswerList", ListView.class);
        app.waitUntil("the answer names its ledger item",
                () -> app.fx(() -> answers.getItems().stream().anyMatch(a -> a.contains("ZG-"))));

        selectTab(app.in(app.stage, "#tabs", TabPane.class), "rectificationTab");
        app.waitUntil("the ledger shows the item", () -> app.stage.getScene().lookup(".ledger-table") != null
                && !this.<LedgerKey>rows(".ledger-table").isEmpty());
        LedgerKey item = this.<LedgerKey>rows(".ledger-table").get(0);
        assertThat(item.source()).isEqualTo(ProblemSource.SELF_INSPECTION);
        assertThat(item.cadreName()).isEqualTo("李四");
        assertThat(item.description()).contains("以招商引资名义收受红包", "收受招商企业红包");
    }
}

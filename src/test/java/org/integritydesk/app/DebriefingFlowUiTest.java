package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.integritydesk.model.CadreBallotResult;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.Cadre;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 述职述廉 tab's main flow through the real window: choose a planned session, type the returned ballots
 * into the grid with the keyboard (Enter moves on; a row with more returned than issued shows the Chinese
 * reason as it is typed), save, and read each cadre's satisfaction in the results.
 */
@Tag("ui")
class DebriefingFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startWithAPlannedSession() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            Cadre zhang = services.cadres().create(draft(Folders.bureau(services).id()).name("张国强")
                    .idNumber(IdNumbers.of("360821", "19700101", "011")).position("局长")
                    .category(CadreCategory.LEADING).importantPosition(false).build());
            Cadre li = services.cadres().create(draft(chengguan.id()).name("李四")
                    .idNumber(IdNumbers.of("360821", "19850314", "019")).position("分局局长")
                    .category(CadreCategory.MIDDLE_LEVEL).importantPosition(true)
                    .workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null).build());
            DebriefingSession s = services.debriefing().create(new DebriefingDraft(LocalDate.now(services.clock()),
                    "县局三楼会议室", Folders.bureau(services).id(), SatisfactionFormula.DEFAULT, 10, false));
            services.debriefing().addCadres(s.id(), ReportingCategory.PARTY_GROUP_MEMBER, List.of(zhang.id()));
            services.debriefing().addCadres(s.id(), ReportingCategory.SUB_BUREAU_DIRECTOR, List.of(li.id()));
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

    private Parent openTab() {
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "debriefingTab".equals(t.getId())).findFirst().orElseThrow()));
        app.waitUntil("the tab is built", () -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return "debriefingTab".equals(selected.getId()) && selected.getContent() != null;
        });
        return (Parent) app.fx(() -> tabs.getSelectionModel().getSelectedItem().getContent());
    }

    private <T extends Node> T inTab(Parent tab, String query, Class<T> type) {
        return app.robot.from(tab).lookup(query).queryAs(type);
    }

    private void selectInnerTab(Parent tab, String id) {
        TabPane inner = inTab(tab, "#detailTabs", TabPane.class);
        String title = app.fx(() -> inner.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()
                .getText());
        app.robot.clickOn(app.in(app.stage, ".tab-label", Label.class, l -> title.equals(l.getText())));
        app.waitUntil("the " + id + " tab shows", () -> id.equals(inner.getSelectionModel().getSelectedItem().getId()));
    }

    /** Types into the focused field and presses Enter, as a clerk working through the grid does. */
    private void typeAndEnter(String text) {
        app.robot.write(text, 0);
        app.robot.type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    @Test
    void enterTheBallotsWithTheKeyboardAndReadTheSummary() throws Exception {
        Parent tab = openTab();
        TableView<DebriefingSession> sessions = inTab(tab, "#sessionTable", TableView.class);
        app.waitUntil("the planned session is listed", () -> sessions.getItems().size() == 1);
        app.onFx(() -> sessions.getSelectionModel().select(0));
        selectInnerTab(tab, "ballotsTab");
        app.waitUntil("the grid has a row per cadre", () -> tab.lookup("#cell-1-ISSUED") != null);

        app.click(inTab(tab, "#cell-0-ISSUED", TextField.class));
        typeAndEnter("10");
        typeAndEnter("11");
        Label firstCheck = inTab(tab, "#check-0", Label.class);
        app.waitUntil("returned over issued is refused as typed", () -> app.fx(firstCheck::getText)
                .equals("张国强：收回票 11 张多于发出票 10 张，本次测评无效，不能录入"));
        TextField returned = inTab(tab, "#cell-0-RETURNED", TextField.class);
        assertThat(app.fx(() -> returned.isFocused() || inTab(tab, "#cell-0-VOIDED", TextField.class).isFocused()))
                .isTrue();
        app.onFx(() -> returned.setText(""));
        app.click(returned);
        typeAndEnter("9");
        // void, 满意, 基本满意, 不满意, 弃权, then the second row
        typeAndEnter("1");
        typeAndEnter("6");
        typeAndEnter("1");
        typeAndEnter("1");
        typeAndEnter("0");
        app.waitUntil("the first row gives its satisfaction", () -> app.fx(firstCheck::getText).equals("满意度 81.25%"));
        for (String n : new String[] {"10", "9", "0", "9", "0", "0", "0"}) {
            typeAndEnter(n);
        }
        app.waitUntil("the second row gives its satisfaction",
                () -> app.fx(() -> inTab(tab, "#check-1", Label.class).getText()).equals("满意度 100.00%"));
        app.click(inTab(tab, "#saveTalliesButton", Button.class));
        Label message = inTab(tab, "#entryMessage", Label.class);
        app.waitUntil("the entry is saved and final",
                () -> app.fx(message::getText).equals(app.messages.get("debriefing.grid.savedFinal")));

        selectInnerTab(tab, "summaryTab");
        TableView<CadreBallotResult> results = inTab(tab, "#resultTable", TableView.class);
        app.waitUntil("the summary lists both cadres", () -> results.getItems().size() == 2
                && results.getItems().get(0).satisfaction() != null);
        assertThat(app.fx(() -> results.getItems().stream().map(r -> r.cadre().name() + " " + r.satisfaction()).toList()))
                .containsExactly("张国强 81.25", "李四 100.00");
        assertThat(app.fx(() -> inTab(tab, "#resultText", Label.class).getText()))
                .contains("应参评 10 人", "至少 6 张", "全部结果已最终确定");
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talk tab's main flow through the real window: an important-position cadre is listed as
 * "缺任前谈话"; recording their pre-appointment talk takes the mark away, in the talk tab and in
 * the cadre's file.
 */
@Tag("ui")
class TalkFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startWithAnImportantPositionCadre() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            services.cadres().create(draft(Folders.bureau(services).id()).name("张国强")
                    .idNumber(IdNumbers.of("360821", "19700101", "011")).position("局长")
                    .category(CadreCategory.LEADING).importantPosition(false).build());
            services.cadres().create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                    .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true)
                    .workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null).build());
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

    private Parent openTab(String key) {
        String title = app.messages.get(key);
        app.robot.clickOn(app.in(app.stage, ".tab-label", Label.class, l -> title.equals(l.getText())));
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.waitUntil("the tab is built", () -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return title.equals(selected.getText()) && selected.getContent() != null;
        });
        return (Parent) app.fx(() -> tabs.getSelectionModel().getSelectedItem().getContent());
    }

    private <T extends Node> T inTab(Parent tab, String query, Class<T> type) {
        return app.robot.from(tab).lookup(query).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    @Test
    void recordingThePreAppointmentTalkTakesTheMissingMarkAway() throws Exception {
        Parent talkTab = openTab("tab.talks");
        TableView<CadreSummary> missing = inTab(talkTab, "#missingTable", TableView.class);
        app.waitUntil("李四 is listed as missing the talk",
                () -> missing.getItems().stream().anyMatch(c -> c.name().equals("李四")));
        assertThat(app.fx(() -> inTab(talkTab, "#missingTitle", Label.class).getText()))
                .isEqualTo(app.messages.get("talk.missing.title", 1));

        app.robot.clickOn(app.robot.from(missing).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "李四".equals(c.getText())).findFirst().orElseThrow());
        app.robot.clickOn(inTab(talkTab, "#recordMissingButton", Button.class));
        Stage form = app.awaitWindow(app.messages.get("talk.form.titleNew"));

        app.typeInto(app.in(form, "#talkerField", TextField.class), "李四");
        app.waitUntil("the cadre as their own talker is refused as typed",
                () -> app.messages.get("validation.talk.talkerIsCadre").equals(app.in(form, "#talkerError", Label.class).getText()));
        app.onFx(() -> app.in(form, "#talkerField", TextField.class).clear());
        app.typeInto(app.in(form, "#talkerField", TextField.class), "张国强");
        app.typeInto(app.in(form, "#recorderField", TextField.class), "刘敏");
        app.typeInto(app.in(form, "#contentField", TextArea.class), "任前廉政谈话，重申廉洁纪律。");
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));

        app.waitUntil("the form closes", () -> !form.isShowing());
        app.waitUntil("李四 is no longer missing the talk", () -> missing.getItems().isEmpty());
        TableView<TalkSummary> talks = inTab(talkTab, "#table", TableView.class);
        app.waitUntil("the talk is listed", () -> talks.getItems().size() == 1);
        assertThat(app.fx(() -> talks.getItems().get(0))).satisfies(t -> {
            assertThat(t.cadreName()).isEqualTo("李四");
            assertThat(t.talkerName()).isEqualTo("张国强");
        });

        Parent cadreTab = openTab("tab.cadres");
        app.robot.clickOn(app.robot.from(cadreTab).lookup("#table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "李四".equals(c.getText())).findFirst().orElseThrow());
        app.confirmPurpose();
        VBox detail = inTab(cadreTab, "#detailBox", VBox.class);
        String preAppointment = app.messages.get("enum.talkKind.PRE_APPOINTMENT");
        app.waitUntil("the file shows the talk", () -> shows(detail, preAppointment));
        assertThat(app.fx(() -> shows(detail, app.messages.get("talk.missingPreAppointment")))).isFalse();
    }

    private static boolean shows(VBox detail, String text) {
        return detail.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && text.equals(l.getText()));
    }
}

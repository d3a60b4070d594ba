package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.LedgerKey;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 问题整改 tab's main flow through the real window: record a problem (the form refuses a deadline
 * before the finding as it is typed), start and finish the rectification, be refused verifying it as
 * the same user, and verify it as a second user: the item is closed in the ledger.
 */
@Tag("ui")
class RectificationFlowUiTest {
    private static final String SECOND = "inspector2";
    private static final String SECOND_PASSWORD = "Verify#2026";

    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void prepare() {
        try (AppServices services = Folders.setUp(dataDir)) {
            Folders.subBureau(services, "36082101", "城关分局");
            Folders.addInspector(services);
            Folders.addUser(services, SECOND, "检查员刘静", Role.INSPECTOR, SECOND_PASSWORD, false);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void openLedger(String user, String password) throws Exception {
        app = RunningApp.start(dataDir);
        app.logIn(user, password);
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "rectificationTab".equals(t.getId())).findFirst().orElseThrow()));
        app.waitUntil("the ledger tab shows", () -> app.stage.getScene().lookup("#countLabel") != null
                && ((Label) app.stage.getScene().lookup("#countLabel")).getText().contains("共"));
    }

    @SuppressWarnings("unchecked")
    private TableView<LedgerKey> table() {
        return (TableView<LedgerKey>) app.fx(() -> app.stage.getScene().lookup(".ledger-table"));
    }

    private List<LedgerKey> rows() {
        return app.fx(() -> List.copyOf(table().getItems()));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(Stage form, String id, java.util.function.Predicate<T> which) {
        ComboBox<T> box = app.in(form, id, ComboBox.class);
        app.onFx(() -> box.getItems().stream().filter(v -> v != null && which.test(v)).findFirst()
                .ifPresent(box.getSelectionModel()::select));
    }

    private void step(String buttonId) {
        app.waitUntil("the button " + buttonId + " shows", () -> app.stage.getScene().lookup(buttonId) != null);
        app.robot.clickOn(app.in(app.stage, buttonId, Button.class));
    }

    private RectificationStatus onlyStatus() {
        return rows().get(0).status();
    }

    @Test
    void recordMoveAndVerifyAProblemAsASecondUser() throws Exception {
        openLedger(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        app.robot.clickOn(app.in(app.stage, "#addButton", Button.class));
        Stage form = app.awaitWindow(app.messages.get("rectification.form.titleNew"));
        choose(form, "#unitField", (OrgUnit u) -> u.name().equals("城关分局"));
        choose(form, "#categoryField", (ProblemCategory c) -> c == ProblemCategory.CIVIL_SERVICE);
        choose(form, "#severityField", (ProblemSeverity s) -> s == ProblemSeverity.TENDENCY);
        assertThat(app.fx(() -> app.in(form, "#responseField", ComboBox.class).getValue()))
                .isEqualTo(ProblemResponse.WARNING_EDUCATION);
        app.typeInto(app.in(form, "#descriptionField", TextArea.class), "窗口人员服务态度生硬");
        app.typeInto(app.in(form, "#measuresField", TextArea.class), "开展文明服务培训");
        app.typeInto(app.in(form, "#responsiblePersonField", TextField.class), "张建国");
        DatePicker deadline = app.in(form, "#deadlineField", DatePicker.class);
        app.typeInto(deadline.getEditor(), "2025-03-01");
        app.waitUntil("the early deadline is refused as it is typed", () -> app.in(form, "#deadlineError", Label.class)
                .getText().equals(app.messages.get("validation.rectification.deadlineBeforeFound")));
        app.onFx(() -> deadline.getEditor().clear());
        app.typeInto(deadline.getEditor(), "2025-04-15");
        app.waitUntil("the deadline is accepted", () -> app.in(form, "#deadlineError", Label.class).getText().isEmpty());
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));
        app.waitUntil("the item is in the ledger", () -> rows().size() == 1);
        assertThat(rows().get(0).number()).isEqualTo("ZG-2025-0001");
        assertThat(onlyStatus()).isEqualTo(RectificationStatus.OPEN);

        app.onFx(() -> table().getSelectionModel().select(0));
        step("#stepSTART");
        app.waitUntil("the item is being rectified", () -> onlyStatus() == RectificationStatus.RECTIFYING);
        app.onFx(() -> table().getSelectionModel().select(0));
        step("#stepMARK_RECTIFIED");
        app.confirmPurpose();
        app.waitUntil("the item is rectified", () -> onlyStatus() == RectificationStatus.RECTIFIED);

        app.onFx(() -> table().getSelectionModel().select(0));
        step("#stepVERIFY");
        app.waitUntil("the note question shows", () -> app.dialog().filter(d -> d.lookup(".combo-box") != null).isPresent());
        DialogPane note = app.dialog().orElseThrow();
        app.robot.clickOn(app.fx(() -> (Button) note.lookupButton(note.getButtonTypes().get(0))));
        app.waitUntil("the refusal shows", () -> app.dialog().filter(d -> d.lookup(".combo-box") == null).isPresent());
        DialogPane refusal = app.dialog().orElseThrow();
        assertThat(app.fx(refusal::getContentText)).contains("须由另一名用户验收销号");
        javafx.stage.Window refusalWindow = app.fx(() -> refusal.getScene().getWindow());
        app.robot.clickOn(app.fx(() -> (Button) refusal.lookupButton(refusal.getButtonTypes().get(0))));
        app.waitUntil("the refusal closes", () -> !refusalWindow.isShowing());
        assertThat(onlyStatus()).isEqualTo(RectificationStatus.RECTIFIED);
        app.close();

        openLedger(SECOND, SECOND_PASSWORD);
        app.waitUntil("the item is listed", () -> rows().size() == 1);
        app.onFx(() -> table().getSelectionModel().select(0));
        step("#stepVERIFY");
        app.confirmPurpose();
        app.waitUntil("the item is closed", () -> onlyStatus() == RectificationStatus.VERIFIED);
        // the selection is kept across the reload, and its item read again: the details name the verifier
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> details = app.in(app.stage, "#detailList", javafx.scene.control.ListView.class);
        app.waitUntil("the details show who verified it", () -> details.getItems().stream()
                .anyMatch(line -> line.startsWith("销号：" + SECOND + "，")));
        assertThat(app.fx(() -> Window.getWindows().stream().filter(Window::isShowing).count())).isEqualTo(1);

        // the closed item is counted in the 问题分析 of its year: found, rectified, on time
        TabPane subTabs = app.fx(() -> {
            javafx.scene.Node node = table();
            while (!(node instanceof TabPane pane && pane.getTabs().stream().anyMatch(t -> "analysisTab".equals(t.getId())))) {
                node = node.getParent();
            }
            return (TabPane) node;
        });
        app.onFx(() -> subTabs.getSelectionModel().select(subTabs.getTabs().stream()
                .filter(t -> "analysisTab".equals(t.getId())).findFirst().orElseThrow()));
        app.waitUntil("the analysis shows the year's counts", () -> app.fx(() -> ((Label) app.stage.getScene()
                .lookup("#analysisSummary")).getText()).contains("共发现问题 1 项，未整改 0 项（其中超期 0 项），已整改 1 项"));
        assertThat(app.fx(() -> ((Label) app.stage.getScene().lookup("#analysisSummary")).getText()))
                .contains("按期 1 项，逾期 0 项");
    }
}

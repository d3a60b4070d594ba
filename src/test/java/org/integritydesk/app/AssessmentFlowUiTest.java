package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.integritydesk.model.AssessmentResult;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 考核评价 tab's main flow through the real window: compute the year, see a cadre's total, grade
 * and how it was computed, and open the cadre's 考核表 in the print preview.
 */
@Tag("ui")
class AssessmentFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void prepare() {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            services.cadres().create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                    .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<AssessmentResult> table() {
        return (TableView<AssessmentResult>) app.fx(() -> app.stage.getScene().lookup("#resultTable"));
    }

    private List<AssessmentResult> rows() {
        return app.fx(() -> List.copyOf(table().getItems()));
    }

    @Test
    void computeTheYearAndOpenACadresSheetInThePreview() throws Exception {
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "assessmentTab".equals(t.getId())).findFirst().orElseThrow()));
        app.waitUntil("the tab says the year is not computed", () -> app.stage.getScene().lookup("#statusLabel") != null
                && ((Label) app.stage.getScene().lookup("#statusLabel")).getText().contains("尚未计算"));

        app.robot.clickOn(app.in(app.stage, "#computeButton", Button.class));
        app.waitUntil("the confirmation shows", () -> app.dialog().isPresent());
        DialogPane confirm = app.dialog().orElseThrow();
        Window question = app.fx(() -> confirm.getScene().getWindow());
        app.robot.clickOn(app.fx(() -> (Button) confirm.lookupButton(confirm.getButtonTypes().get(0))));
        app.waitUntil("the confirmation closes", () -> !question.isShowing());
        app.waitUntil("the result is listed", () -> rows().size() == 1);
        assertThat(rows().get(0).cadreName()).isEqualTo("李四");
        // nothing on record: no commitment (0 of 10), no pre-appointment talk for an important position (0 of 5)
        assertThat(rows().get(0).total()).isEqualByComparingTo("85.0");

        app.onFx(() -> table().getSelectionModel().select(0));
        TextArea explanation = app.in(app.stage, "#explanationArea", TextArea.class);
        app.waitUntil("the explanation shows", () -> app.fx(explanation::getText).contains("签订廉政承诺书"));
        String explained = app.fx(explanation::getText);
        assertThat(explained).contains("李四", "任前廉政谈话：0.0 / 5", "总分 85.0", "称职");

        MenuButton print = app.in(app.stage, "#printButton", MenuButton.class);
        app.onFx(() -> print.getItems().get(0).fire());
        Stage preview = app.awaitWindow(app.messages.get("assessment.print.title"));
        app.waitUntil("the sheet is drawn", () -> !app.in(preview, "#pageLabel", Label.class).getText().isEmpty()
                && !app.in(preview, "#progressBox", javafx.scene.layout.VBox.class).isVisible());
        String pageText = app.fx(() -> app.in(preview, "#pageLabel", Label.class).getText());
        assertThat(pageText).contains("1");
        app.waitUntil("the first page shows", () -> app.fx(
                () -> app.in(preview, "#pageView", javafx.scene.image.ImageView.class).getImage()) != null);
    }
}

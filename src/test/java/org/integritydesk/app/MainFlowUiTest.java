package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cadre tab's main flow through the real window, logged in as an inspector: add, find, edit,
 * delete, restore.
 */
@Tag("ui")
class MainFlowUiTest {
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");
    /** 王五, a woman born 1990-01-01. */
    private static final String WANG_WU_ID = IdNumbers.of("360821", "19900101", "022");
    private static final String WANG_WU_WRONG_CHECK = WANG_WU_ID.substring(0, 17) + (WANG_WU_ID.endsWith("1") ? "2" : "1");

    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startOnABureauWithOneCadre() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            services.cadres().create(draft(chengguan.id()).name("李四").idNumber(LI_SI_ID).position("执法队员")
                    .workStartDate(LocalDate.of(2008, 9, 1)).appointmentDate(null).build());
        }
        app = RunningApp.start(dataDir);
        app.logIn(Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD);
        app.selectTab("cadreTab");
        app.waitUntil("the list shows the stored cadre", () -> rows().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CadreSummary> table() {
        return app.in(app.stage, "#table", TableView.class);
    }

    private List<CadreSummary> rows() {
        return app.fx(() -> List.copyOf(table().getItems()));
    }

    private List<String> shownNames() {
        return rows().stream().map(CadreSummary::name).toList();
    }

    private String countText() {
        return app.fx(() -> app.in(app.stage, "#countLabel", Label.class).getText());
    }

    private Stage openForm(Node button, String title) {
        app.robot.clickOn(button);
        return app.awaitWindow(title);
    }

    private void chooseUnit(Stage form, String name) {
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> unitField = app.in(form, "#unitField", ComboBox.class);
        app.onFx(() -> unitField.getItems().stream().filter(u -> u != null && u.name().equals(name)).findFirst()
                .ifPresent(unitField.getSelectionModel()::select));
    }

    private String text(Stage window, String query) {
        return app.fx(() -> app.in(window, query, Label.class).getText());
    }

    private void clickRow(Stage window, String name) {
        TableCell<?, ?> cell = app.in(window, "#table .table-cell", TableCell.class,
                c -> name.equals(c.getText()));
        app.robot.clickOn(cell);
    }

    private String fieldText(TextField field) {
        return app.fx(field::getText);
    }

    private boolean detailShows(String text) {
        VBox detail = app.in(app.stage, "#detailBox", VBox.class);
        return detail.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && text.equals(l.getText()));
    }

    @Test
    void addFindEditDeleteAndRestoreACadre() throws Exception {
        String titleNew = app.messages.get("cadre.form.titleNew");

        // add, first with a wrong check digit
        Stage form = openForm(app.in(app.stage, "#addButton", Button.class), titleNew);
        app.typeInto(app.in(form, "#nameField", TextField.class), "王五");
        app.typeInto(app.in(form, "#idNumberField", TextField.class), WANG_WU_WRONG_CHECK);
        chooseUnit(form, "城关分局");
        app.typeInto(app.in(form, "#positionField", TextField.class), "科员");
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));

        app.waitUntil("the ID number error shows",
                () -> !text(form, "#idNumberError").isEmpty());
        assertThat(text(form, "#idNumberError")).isEqualTo(app.messages.get("validation.idNumber.WRONG_CHECK_CHARACTER"));
        assertThat(text(form, "#summaryError")).isEqualTo(app.messages.get("cadre.form.errorSummary", 1));
        assertThat(app.fx(form::isShowing)).as("the form stays open").isTrue();
        assertThat(shownNames()).as("nothing was saved").containsExactly("李四");
        assertThat(countText()).isEqualTo(app.messages.get("cadre.list.count", 1, 1));

        // correct the last character and save
        TextField idField = app.in(form, "#idNumberField", TextField.class);
        app.robot.clickOn(idField).type(KeyCode.END).type(KeyCode.BACK_SPACE).write(WANG_WU_ID.substring(17), 0);
        app.waitUntil("the ID number error goes", () -> text(form, "#idNumberError").isEmpty());
        assertThat(fieldText(idField)).isEqualTo(WANG_WU_ID);
        assertThat(text(form, "#genderValue")).isEqualTo(app.messages.get("enum.gender.FEMALE"));
        assertThat(text(form, "#birthDateValue")).isEqualTo("1990-01-01");
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));
        app.waitUntil("the form closes and the list shows the new cadre",
                () -> !form.isShowing() && table().getItems().size() == 2);
        // the new cadre's file opens, and the first file of a session asks for the purpose
        app.confirmPurpose();

        // find it
        app.typeInto(app.in(app.stage, "#searchField", TextField.class), "王五");
        app.waitUntil("the search narrows the list", () -> table().getItems().size() == 1);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("王五");
            assertThat(row.position()).isEqualTo("科员");
            assertThat(row.idNumber().value()).isEqualTo(WANG_WU_ID);
        });
        assertThat(countText()).isEqualTo(app.messages.get("cadre.list.count", 1, 2));

        // edit the position
        clickRow(app.stage, "王五");
        app.waitUntil("the detail pane shows the file", () -> detailShows("科员"));
        Stage edit = openForm(app.in(app.stage, "#editButton", Button.class), app.messages.get("cadre.form.titleEdit", "王五"));
        TextField position = app.in(edit, "#positionField", TextField.class);
        assertThat(fieldText(position)).isEqualTo("科员");
        app.robot.clickOn(position).type(KeyCode.END).type(KeyCode.BACK_SPACE, 2).write("副科长", 0);
        assertThat(fieldText(position)).isEqualTo("副科长");
        app.robot.clickOn(app.in(edit, "#saveButton", Button.class));
        app.waitUntil("the list shows the new position",
                () -> !edit.isShowing() && table().getItems().size() == 1
                        && "副科长".equals(table().getItems().get(0).position()));
        app.waitUntil("the detail pane shows the new position", () -> detailShows("副科长"));
        assertThat(app.fx(() -> table().getSelectionModel().getSelectedItem().name())).isEqualTo("王五");

        // delete it, confirming
        app.robot.clickOn(app.in(app.stage, "#deleteButton", Button.class));
        app.waitUntil("the confirmation shows", () -> app.dialog().isPresent());
        assertThat(app.fx(() -> app.dialog().orElseThrow().getContentText()))
                .isEqualTo(app.messages.get("cadre.delete.confirm", "王五"));
        app.robot.clickOn(app.fx(() -> (Button) app.dialog().orElseThrow()
                .lookupButton(app.dialog().orElseThrow().getButtonTypes().get(0))));
        app.waitUntil("the cadre leaves the list", () -> table().getItems().isEmpty());
        assertThat(countText()).isEqualTo(app.messages.get("cadre.list.count", 0, 1));

        // restore it from the recycle bin
        app.robot.clickOn(app.in(app.stage, "#recycleBinButton", Button.class));
        Stage bin = app.awaitWindow(app.messages.get("recycle.title"));
        app.waitUntil("the recycle bin lists the cadre",
                () -> app.in(bin, "#table", TableView.class).getItems().size() == 1);
        clickRow(bin, "王五");
        app.robot.clickOn(app.in(bin, "#restoreButton", Button.class));
        app.waitUntil("the recycle bin empties", () -> app.in(bin, "#table", TableView.class).getItems().isEmpty());
        app.waitUntil("the cadre is back in the list", () -> table().getItems().size() == 1);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("王五");
            assertThat(row.position()).isEqualTo("副科长");
        });
        app.robot.clickOn(app.in(bin, "#closeButton", Button.class));
        app.waitUntil("the recycle bin closes", () -> !bin.isShowing());

        app.close();
        app = null;
        try (AppServices services = Folders.login(dataDir, Folders.INSPECTOR, Folders.INSPECTOR_PASSWORD)) {
            assertThat(services.cadres().listCadres()).extracting(CadreSummary::name, CadreSummary::position)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("李四", "执法队员"),
                            org.assertj.core.groups.Tuple.tuple("王五", "副科长"));
            assertThat(services.cadres().listRecycleBin()).isEmpty();
        }
    }
}

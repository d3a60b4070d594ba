package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.ui.education.AttendeeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The education tab's main flow through the real window, logged in as an inspector: record an
 * activity, put a cadre on its list, record the attendance, and see the hours in the cadre's file.
 */
@Tag("ui")
class EducationFlowUiTest {
    @TempDir
    Path dataDir;

    private RunningApp app;

    @BeforeEach
    void startOnABureauWithOneCadre() throws Exception {
        try (AppServices services = Folders.setUp(dataDir)) {
            OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
            services.currentUser().set(Folders.addInspector(services));
            services.cadres().create(draft(chengguan.id()).name("李四").position("执法队员").build());
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
    private TableView<ActivitySummary> activities() {
        return app.in(app.stage, "#activityTable", TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<AttendeeRow> attendees() {
        return app.in(app.stage, "#attendeeTable", TableView.class);
    }

    private void showTab(String id) {
        TabPane tabs = app.in(app.stage, "#tabs", TabPane.class);
        app.onFx(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
    }

    @Test
    void recordAnActivityTakeAttendanceAndSeeTheHoursInTheFile() {
        showTab("educationTab");
        app.waitUntil("the education tab shows", () -> app.showing(app.mainTitle(), "#activityTable"));

        // a new activity, held yesterday morning
        app.robot.clickOn(app.in(app.stage, "#newButton", Button.class));
        Stage form = app.awaitWindow(app.messages.get("education.form.titleNew"));
        app.typeInto(app.in(form, "#titleField", TextField.class), "廉洁从政专题党课");
        LocalDate yesterday = org.integritydesk.testing.TestServices.TODAY.minusDays(1);
        app.onFx(() -> app.in(form, "#dateField", DatePicker.class).setValue(yesterday));
        TextField hours = app.in(form, "#hoursField", TextField.class);
        app.onFx(() -> hours.setText("3"));
        app.robot.clickOn(app.in(form, "#saveButton", Button.class));
        app.waitUntil("the form closes and the activity is listed and chosen", () -> !form.isShowing()
                && activities().getItems().size() == 1 && activities().getSelectionModel().getSelectedItem() != null);

        assertThat(app.fx(() -> activities().getItems().get(0).startsAt()))
                .isEqualTo(yesterday.atTime(9, 0));

        // put 李四 on the list
        Button addPeople = app.in(app.stage, "#addPeopleButton", Button.class);
        app.waitUntil("adding people is possible", () -> !addPeople.isDisabled());
        // fired rather than clicked: under load a robot click on this pane was now and then lost
        app.onFx(addPeople::fire);
        app.waitUntil("the chooser shows", () -> chooser().isPresent());
        DialogPane chooser = chooser().orElseThrow();
        @SuppressWarnings("unchecked")
        ListView<CadreSummary> people = (ListView<CadreSummary>) app.fx(() -> chooser.lookup("#chooserPeople"));
        app.onFx(() -> people.getSelectionModel().select(0));
        app.robot.clickOn(app.fx(() -> (Button) chooser.lookupButton(chooser.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow())));
        app.waitUntil("李四 is on the list", () -> app.fx(() -> attendees().getItems().size()) == 1);

        // everyone present, save
        app.robot.clickOn(app.in(app.stage, "#allPresentButton", Button.class));
        app.waitUntil("the entry counts as unsaved", () -> app.in(app.stage, "#attendanceLabel", Label.class).getText()
                .equals(app.messages.get("education.attendance.count", 1, 1)));
        app.robot.clickOn(app.in(app.stage, "#saveAttendanceButton", Button.class));
        app.waitUntil("the list shows full attendance", () -> app.fx(() -> activities().getItems().size() == 1
                && activities().getItems().get(0).attendance().present() == 1));
        assertThat(app.fx(() -> app.in(app.stage, "#attendanceLabel", Label.class).getText()))
                .isEqualTo(app.messages.get("education.attendance.count", 1, 0));

        // the cadre's file shows the hours
        showTab("cadreTab");
        TableCell<?, ?> cell = app.in(app.stage, "#table .table-cell", TableCell.class, c -> "李四".equals(c.getText()));
        app.robot.clickOn(cell);
        app.confirmPurpose();
        String yearLine = app.messages.get("education.section.yearTitle", String.valueOf(yesterday.getYear()));
        app.waitUntil("the file shows the education section", () -> detailTexts().contains(yearLine));
        assertThat(detailTexts()).anyMatch(t -> t.startsWith("学时 3，出勤率 100.0%"))
                .contains("参加活动 1 次", yesterday.getMonthValue() + "月" + yesterday.getDayOfMonth() + "日 廉洁从政专题党课");
    }

    /**
     * The attendee chooser, looked for among every showing dialog: a dialog another test left
     * open in this JVM must not hide it.
     */
    private java.util.Optional<DialogPane> chooser() {
        return app.fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && pane.lookup("#chooserPeople") != null)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst());
    }

    private List<String> detailTexts() {
        return app.fx(() -> {
            VBox detail = app.in(app.stage, "#detailBox", VBox.class);
            return detail.lookupAll(".label").stream().filter(n -> n instanceof Label)
                    .map(n -> ((Label) n).getText()).toList();
        });
    }
}

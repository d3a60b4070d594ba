package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.ActivityDraft;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.AttendanceStatus;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.service.EducationService.AttendeeChoice;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.ui.cadre.RosterSheetImport;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.ui.common.SheetImport;
import org.integritydesk.ui.common.SheetImport.Line;
import org.integritydesk.ui.common.SheetImportView;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.common.ViewLoader;
import org.integritydesk.ui.debriefing.BallotImport;
import org.integritydesk.ui.education.AttendanceImport;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 导入干部名册, 导入签到表 and 导入测评票数 on the real shared import window, services and task runner, as an
 * inspector: read a file, (map the one column its header does not name,) preview with each row's
 * problem, import the valid rows, save the refused row. Only the confirmation and save dialogs are fakes.
 */
@Tag("ui")
class SheetImportUiTest {
    @TempDir Path dataDir;
    @TempDir Path desktop;
    private AppServices services;
    private FxTaskRunner tasks;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private EducationActivity activity;
    private DebriefingSession session;
    private int imported;

    @BeforeEach
    void setUp() throws Exception {
        services = Folders.setUp(dataDir);
        services.currentUser().set(Folders.addInspector(services));
        OrgUnit chengguan = Folders.subBureau(services, "36082101", "城关分局");
        Cadre zhang = services.cadres().create(draft(chengguan.id()).build());
        Cadre li = services.cadres().create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).appointmentDate(null).build());
        LocalDate today = LocalDate.now(services.clock());
        activity = services.education().create(new ActivityDraft(ActivityKind.PARTY_CLASS, "廉洁从政专题党课",
                today.minusDays(2), LocalTime.of(9, 0), new BigDecimal("2"), "局三楼会议室", null,
                Folders.bureau(services).id(), "局党组书记", Set.of(OutreachTarget.INSTITUTION), "学习准则和条例"));
        services.education().addAttendees(activity.id(), new AttendeeChoice(Set.of(chengguan.id()), Set.of(), Set.of()));
        session = services.debriefing().create(new DebriefingDraft(today, "县局三楼会议室",
                Folders.bureau(services).id(), SatisfactionFormula.DEFAULT, 40, false));
        services.debriefing().addCadres(session.id(), ReportingCategory.SUB_BUREAU_DIRECTOR, List.of(zhang.id(), li.id()));
        tasks = new FxTaskRunner(2);
        stage = FxToolkit.registerPrimaryStage();
    }

    private <F> void show(SheetImport<F> source) throws Exception {
        SheetImportViewModel<F> model = new SheetImportViewModel<>(source, tasks, dialogs, messages);
        model.setOnImported(() -> imported++);
        SheetImportView<F> view = new SheetImportView<>(model);
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalArgumentException(type.getName());
        });
        @SuppressWarnings("unchecked")
        Class<SheetImportView<F>> type = (Class<SheetImportView<F>>) (Class<?>) SheetImportView.class;
        FxToolkit.setupStage(s -> {
            Parent root = loader.load(type, "SheetImportView", view).root();
            s.setScene(new Scene(root, 1100, 720));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        services.close();
    }

    private <T> T fx(java.util.concurrent.Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; errors shown: " + dialogs.errors(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends javafx.scene.Node> T node(String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private Path workbook(String name, Object[][] rows) throws Exception {
        Path file = desktop.resolve(name);
        return Workbooks.write(file, "Sheet1", rows);
    }

    private void read(Path file) {
        robot.clickOn(node("#fileField", TextField.class)).write(file.toString(), 0);
        robot.clickOn(node("#readButton", Button.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAttendanceSheetIsPreviewedImportedAndItsRefusedRowSaved() throws Exception {
        show(new AttendanceImport(services.attendanceImport(), activity.id(), activity.title(), messages));
        Path file = workbook("签到表.xlsx", new Object[][] {{"序号", "姓名", "出勤情况", "请假事由"},
            {1, "张三", "出勤", ""}, {2, "李四", "请假", "外出执法"}, {3, "赵六", "出勤", ""}});
        Path rejected = desktop.resolve("未导入.xlsx");
        dialogs.answerSaveFile(rejected);
        assertThat(fx(() -> node("#hintLabel", Label.class).getText())).startsWith("每人一行");
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#mappingGrid").tryQuery()).isEmpty();

        read(file);
        Button preview = node("#previewButton", Button.class);
        waitUntil("the file is read", () -> !preview.isDisabled());
        robot.clickOn(preview);
        TableView<Line> table = node("#previewTable", TableView.class);
        waitUntil("the preview lists every row", () -> table.getItems().size() == 3);
        assertThat(fx(() -> table.getColumns().get(3).getText())).isEqualTo("出勤情况");
        assertThat(fx(() -> table.getColumns().get(5).getCellData(2))).isEqualTo("姓名：不在本次活动的应到名单上");
        assertThat(fx(() -> node("#summaryLabel", Label.class).getText())).isEqualTo("将记录 2 人的出勤情况，1 行不能导入");

        robot.clickOn(node("#importButton", Button.class));
        Label result = node("#resultLabel", Label.class);
        waitUntil("the import is done", () -> result.getText().startsWith("导入完成"));
        assertThat(services.education().attendees(activity.id())).extracting(Attendee::name, Attendee::status)
                .contains(org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.ON_LEAVE));
        assertThat(imported).isEqualTo(1);

        robot.clickOn(node("#saveRejectedButton", Button.class));
        waitUntil("the refused row is saved", () -> Files.exists(rejected) && !dialogs.infos().isEmpty());
        try (InputStream in = Files.newInputStream(rejected); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(1).getStringCellValue()).contains("不在本次活动的应到名单上");
        }
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ballotTotalsNeedTheirUnnamedColumnMappedAndAllOrNothingImportsNothing() throws Exception {
        show(new BallotImport(services.ballotImport(), session, messages));
        Path file = workbook("票数.xlsx", new Object[][] {{"姓名", "发出票数", "收回票数", "无效票", "满意", "基本满意", "差"},
            {"张三", 40, 38, 1, 33, 3, 1}, {"李四", 40, 41, 1, 30, 8, 2}});

        read(file);
        waitUntil("the columns are offered for mapping",
                () -> robot.from(stage.getScene().getRoot()).lookup("#mapping6").tryQuery().isPresent());
        assertThat(fx(() -> node("#mapping1", ComboBox.class).getValue())).isEqualTo(BallotColumn.ISSUED);
        assertThat(fx(() -> node("#summaryLabel", Label.class).getText())).isEqualTo("还没有对应的必填列：不满意");
        assertThat(fx(() -> node("#previewButton", Button.class).isDisabled())).isTrue();

        ComboBox<BallotColumn> unnamed = node("#mapping6", ComboBox.class);
        robot.interact(() -> unnamed.setValue(BallotColumn.UNSATISFIED));
        robot.clickOn(node("#previewButton", Button.class));
        TableView<Line> table = node("#previewTable", TableView.class);
        waitUntil("the preview lists every row", () -> table.getItems().size() == 2);
        assertThat(fx(() -> table.getColumns().get(5).getCellData(1)))
                .isEqualTo("李四：收回票 41 张多于发出票 40 张，本次测评无效，不能录入");

        robot.clickOn(node("#allOrNothing", CheckBox.class));
        robot.clickOn(node("#importButton", Button.class));
        Label result = node("#resultLabel", Label.class);
        waitUntil("the import refused everything", () -> result.getText().startsWith("有 1 行不能导入"));
        assertThat(services.debriefing().details(session.id()).results()).extracting(r -> r.state())
                .containsOnly(EntryState.NOT_ENTERED);
        assertThat(imported).isZero();
        assertThat(dialogs.errors()).isEmpty();
    }

    /** 导入干部名册 (issue 7): columns suggested from their headers, a row of an unknown unit refused and saved apart. */
    @Test
    @SuppressWarnings("unchecked")
    void aRosterIsMappedPreviewedImportedAndItsRefusedRowSaved() throws Exception {
        Path file = Workbooks.write(desktop.resolve("城关分局名册.xlsx"), "名册", new Object[][] {
            {"序号", "姓名", "公民身份号码", "所在单位", "现任职务", "干部类别", "手机号码"},
            {"1", "刘伟", IdNumbers.of("360821", LocalDate.of(1978, 5, 2), "031"), "城关分局", "局长", "领导干部", "13907960001"},
            {"2", "陈静", IdNumbers.of("360821", LocalDate.of(1986, 9, 12), "042"), "36082101", "科员", "一般干部", ""},
            {"3", "周洋", IdNumbers.of("360821", LocalDate.of(1990, 1, 20), "053"), "新区分局", "科员", "一般干部", ""}});
        Path rejected = desktop.resolve("未导入的名册行.xlsx");
        dialogs.answerSaveFile(rejected);
        show(new RosterSheetImport(new RosterImport(services.cadreRoster()), messages));

        robot.clickOn(node("#fileField", TextField.class)).write(file.toString(), 0);
        robot.clickOn(node("#readButton", Button.class));
        waitUntil("the columns are offered for mapping",
                () -> robot.from(stage.getScene().getRoot()).lookup("#mapping6").tryQuery().isPresent());
        assertThat(fx(() -> node("#mapping2", ComboBox.class).getValue())).isEqualTo(ImportField.ID_NUMBER);
        assertThat(fx(() -> node("#mapping0", ComboBox.class).getValue())).isNull();
        assertThat(fx(() -> node("#summaryLabel", Label.class).getText())).isEqualTo("必填列都已对应，可以预览");

        robot.clickOn(node("#previewButton", Button.class));
        TableView<Line> table = node("#previewTable", TableView.class);
        waitUntil("the preview lists every row", () -> table.getItems().size() == 3);
        assertThat(fx(() -> table.getItems().stream().map(Line::outcome).toList())).containsExactly("新增", "新增", "不导入");
        assertThat(fx(() -> table.getColumns().get(3).getText())).isEqualTo("单位");
        assertThat(fx(() -> table.getColumns().get(3).getCellData(0))).isEqualTo("城关分局");
        assertThat(fx(() -> table.getColumns().get(5).getCellData(2))).isEqualTo("单位：没有代码或全称为“新区分局”的单位");
        assertThat(services.cadres().listCadres()).extracting(c -> c.name()).containsExactlyInAnyOrder("张三", "李四");

        robot.clickOn(node("#importButton", Button.class));
        Label result = node("#resultLabel", Label.class);
        waitUntil("the import is done", () -> result.getText().startsWith("导入完成"));
        assertThat(fx(result::getText)).isEqualTo("导入完成：新增 2 人，更新 0 人，0 人没有变化，1 行未导入");
        assertThat(services.cadres().listCadres()).extracting(c -> c.name())
                .containsExactlyInAnyOrder("张三", "李四", "刘伟", "陈静");
        assertThat(imported).isEqualTo(1);

        Button save = node("#saveRejectedButton", Button.class);
        assertThat(fx(save::isDisabled)).isFalse();
        robot.clickOn(save);
        waitUntil("the refused row is saved", () -> Files.exists(rejected) && !dialogs.infos().isEmpty());
        try (InputStream in = Files.newInputStream(rejected); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(1).getStringCellValue()).contains("新区分局");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("周洋");
        }
        assertThat(dialogs.errors()).isEmpty();
    }
}

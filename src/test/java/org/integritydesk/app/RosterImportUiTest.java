package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.ImportField;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.ui.cadre.RosterSheetImport;
import org.integritydesk.ui.common.SheetImport.Line;
import org.integritydesk.ui.common.SheetImportView;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.ui.common.ViewLoader;
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
 * 导入干部名册 on the real view, services and task runner, as an inspector: read a roster file,
 * see the suggested column mapping, preview (one row refused with its reason), import the valid
 * rows, save the refused row as a workbook. Only the confirmation and the save dialog are fakes.
 */
@Tag("ui")
class RosterImportUiTest {
    @TempDir Path dataDir;
    @TempDir Path desktop;
    private AppServices services;
    private FxTaskRunner tasks;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private int imported;

    @BeforeEach
    void showTheDialog() throws Exception {
        services = Folders.setUp(dataDir);
        services.currentUser().set(Folders.addInspector(services));
        Folders.subBureau(services, "36082101", "城关分局");
        tasks = new FxTaskRunner(2);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        stage = FxToolkit.registerPrimaryStage();
        SheetImportViewModel<ImportField> model = new SheetImportViewModel<>(
                new RosterSheetImport(new RosterImport(services.cadreRoster()), messages), tasks, dialogs, messages);
        model.setOnImported(() -> imported++);
        SheetImportView<ImportField> view = new SheetImportView<>(model);
        ViewLoader loader = new ViewLoader(messages, type -> {
            throw new IllegalArgumentException(type.getName());
        });
        FxToolkit.setupStage(s -> {
            @SuppressWarnings("unchecked")
            Class<SheetImportView<ImportField>> type = (Class<SheetImportView<ImportField>>) (Class<?>) SheetImportView.class;
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

    private Path roster() throws Exception {
        Path file = desktop.resolve("城关分局名册.xlsx");
        String[][] rows = {
            {"序号", "姓名", "公民身份号码", "所在单位", "现任职务", "干部类别", "手机号码"},
            {"1", "刘伟", IdNumbers.of("360821", LocalDate.of(1978, 5, 2), "031"), "城关分局", "局长", "领导干部", "13907960001"},
            {"2", "陈静", IdNumbers.of("360821", LocalDate.of(1986, 9, 12), "042"), "36082101", "科员", "一般干部", ""},
            {"3", "周洋", IdNumbers.of("360821", LocalDate.of(1990, 1, 20), "053"), "新区分局", "科员", "一般干部", ""}};
        return Workbooks.write(file, "名册", rows);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsPreviewsImportsAndSavesTheRefusedRow() throws Exception {
        Path file = roster();
        Path rejected = desktop.resolve("未导入.xlsx");
        dialogs.answerSaveFile(rejected);

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
        assertThat(services.cadres().listCadres()).isEmpty();

        robot.clickOn(node("#importButton", Button.class));
        Label result = node("#resultLabel", Label.class);
        waitUntil("the import is done", () -> result.getText().startsWith("导入完成"));
        assertThat(fx(result::getText)).isEqualTo("导入完成：新增 2 人，更新 0 人，0 人没有变化，1 行未导入");
        assertThat(services.cadres().listCadres()).extracting(c -> c.name()).containsExactlyInAnyOrder("刘伟", "陈静");
        assertThat(imported).isEqualTo(1);
        assertThat(dialogs.confirmations()).hasSize(1);

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

package org.integritydesk.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.integritydesk.exchange.RosterImport;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.Role;
import org.integritydesk.service.Messages;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster in the shared import window's steps, without a toolkit: what may be done when, and what it says. */
class RosterSheetImportTest {
    @TempDir
    Path dir;

    private TestServices services;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SheetImportViewModel<ImportField> model;
    private int reloads;

    @BeforeEach
    void open() throws Exception {
        services = TestServices.open(dir.resolve("db"));
        services.subBureau(services.setUpBureau(), "36082101", "城关分局");
        services.actAs(Role.INSPECTOR, null, null);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new SheetImportViewModel<>(new RosterSheetImport(new RosterImport(services.cadreRoster), messages), tasks,
                dialogs, messages);
        model.setOnImported(() -> reloads++);
        model.filePathProperty().set(roster().toString());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path roster() throws Exception {
        Path file = dir.resolve("r.xlsx");
        String[][] rows = {{"姓名", "身份证号", "单位", "岗位", "干部类别"},
            {"刘伟", IdNumbers.of("360821", LocalDate.of(1978, 5, 2), "031"), "城关分局", "局长", "领导干部"},
            {"周洋", IdNumbers.of("360821", LocalDate.of(1990, 1, 20), "053"), "新区分局", "科员", "一般干部"}};
        return Workbooks.write(file, "名册", rows);
    }

    @Test
    void aRequiredColumnTheHeadersDoNotNameMustBeMappedBeforeThePreview() {
        model.readFile();

        assertThat(model.headers()).containsExactly("姓名", "身份证号", "单位", "岗位", "干部类别");
        assertThat(model.summaryProperty().get()).isEqualTo("还没有对应的必填列：职务");
        assertThat(model.canPreviewProperty().get()).isFalse();

        model.setField(3, ImportField.POSITION);

        assertThat(model.canPreviewProperty().get()).isTrue();
        assertThat(model.fieldAt(3)).isEqualTo(ImportField.POSITION);
    }

    @Test
    void thePreviewCountsAndTheImportSkipsTheRejectedRow() {
        model.readFile();
        model.setField(3, ImportField.POSITION);
        model.preview();

        assertThat(model.summaryProperty().get()).isEqualTo("新增 1 人，更新 0 人，0 人没有变化，1 行不能导入");
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(model.canSaveRejectedProperty().get()).isTrue();
        assertThat(model.previewRows()).extracting(l -> l.name() + " " + l.detail() + " " + l.outcome())
                .containsExactly("刘伟 城关分局 新增", "周洋 新区分局 不导入");

        model.importRows();

        assertThat(dialogs.confirmations()).singleElement().satisfies(c -> assertThat(c.message())
                .isEqualTo("将新增 1 人、更新 0 人；1 行不能导入，将跳过。确定导入吗？"));
        assertThat(model.resultTextProperty().get()).isEqualTo("导入完成：新增 1 人，更新 0 人，0 人没有变化，1 行未导入");
        assertThat(services.cadres.listCadres()).extracting(c -> c.name()).containsExactly("刘伟");
        assertThat(reloads).isEqualTo(1);
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void allOrNothingWithARejectedRowImportsNothingAndSaysSo() {
        model.readFile();
        model.setField(3, ImportField.POSITION);
        model.preview();
        model.allOrNothingProperty().set(true);
        ContentFingerprint before = services.fingerprint();

        model.importRows();

        assertThat(dialogs.confirmations()).singleElement()
                .satisfies(c -> assertThat(c.message()).startsWith("有 1 行不能导入"));
        assertThat(model.resultTextProperty().get()).isEqualTo("有 1 行不能导入，一行也没有导入，数据库没有改变");
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(reloads).isZero();
    }

    @Test
    void changingTheMappingDropsThePreview() {
        model.readFile();
        model.setField(3, ImportField.POSITION);
        model.preview();

        model.setField(0, null);

        assertThat(model.previewRows()).isEmpty();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.canPreviewProperty().get()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorAndLeavesNothingToImport() throws Exception {
        model.filePathProperty().set(Files.writeString(dir.resolve("x.xlsx"), "不是表格").toString());

        model.readFile();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("不是 Excel 表格"));
        assertThat(model.headers()).isEmpty();
        assertThat(model.canPreviewProperty().get()).isFalse();
    }
}

package org.integritydesk.ui.debriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.service.Messages;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.common.SheetImport.Line;
import org.integritydesk.ui.common.SheetImportViewModel;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 导入测评票数 without a toolkit: mapping, preview, import, all-or-nothing, the rejected rows' workbook. */
class BallotImportViewModelTest {
    @TempDir
    Path dir;

    private TestServices services;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private SheetImportViewModel<BallotColumn> model;
    private DebriefingSession session;
    private int reloads;

    @BeforeEach
    void open() throws Exception {
        services = TestServices.open(dir.resolve("db"));
        OrgUnit bureau = services.setUpBureau();
        Cadre zhang = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        Cadre li = services.cadres.create(draft(bureau.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("副局长").category(CadreCategory.LEADING).importantPosition(false).build());
        session = services.debriefing.create(new DebriefingDraft(LocalDate.of(2025, 3, 10), "县局三楼会议室", bureau.id(),
                SatisfactionFormula.DEFAULT, 40, false));
        services.debriefing.addCadres(session.id(), ReportingCategory.PARTY_GROUP_MEMBER, List.of(zhang.id(), li.id()));
        model = new SheetImportViewModel<>(new BallotImport(services.ballotImport, session,
                new Messages(Locale.SIMPLIFIED_CHINESE)), tasks, dialogs, new Messages(Locale.SIMPLIFIED_CHINESE));
        model.setOnImported(() -> reloads++);
        model.filePathProperty().set(totals().toString());
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** 李四's returned count is over the issued; 不满意 is headed 差 (no suggestion): the user maps it. */
    private Path totals() throws Exception {
        Path file = dir.resolve("票数.xlsx");
        Object[][] rows = {{"序号", "姓名", "发放票数", "收回票数", "无效票", "满意", "基本满意", "差"},
            {1, "张国强", 40, 38, 1, 33, 3, 1},
            {2, "李四", 40, 41, 1, 30, 8, 2}};
        return Workbooks.write(file, "票数", rows);
    }

    @Test
    void aBoxOfTheBallotTheHeadersDoNotNameMustBeMappedBeforeThePreview() {
        model.readFile();

        assertThat(model.hasMapping()).isTrue();
        assertThat(model.title()).isEqualTo("导入测评票数（" + session.number() + "）");
        assertThat(model.hint()).contains("满意、基本满意、不满意");
        assertThat(model.fields()).doesNotContain(BallotColumn.FAIRLY_SATISFIED, BallotColumn.LESS_SATISFIED);
        assertThat(model.fieldAt(2)).isEqualTo(BallotColumn.ISSUED);
        assertThat(model.summaryProperty().get()).isEqualTo("还没有对应的必填列：不满意");
        assertThat(model.canPreviewProperty().get()).isFalse();

        model.setField(7, BallotColumn.UNSATISFIED);

        assertThat(model.summaryProperty().get()).isEqualTo("必填列都已对应，可以预览");
        assertThat(model.canPreviewProperty().get()).isTrue();
        assertThat(model.fieldLabel(BallotColumn.UNSATISFIED)).isEqualTo("不满意 *");
        assertThat(model.fieldLabel(null)).isEqualTo("（不导入）");
    }

    @Test
    void thePreviewShowsEveryRowAndTheImportSavesTheValidOne() {
        model.readFile();
        model.setField(7, BallotColumn.UNSATISFIED);
        model.preview();

        assertThat(model.summaryProperty().get())
                .isEqualTo("将存为第一次录入：新增 1 人，更新 0 人，0 人没有变化，1 行不能导入");
        List<Line> rows = model.previewRows();
        assertThat(rows).extracting(Line::outcome).containsExactly("新增", "不导入");
        assertThat(rows.get(0).detail()).isEqualTo("40/38/1：满意 33，基本满意 3，不满意 1，弃权 0");
        assertThat(rows.get(1).problems()).isEqualTo("李四：收回票 41 张多于发出票 40 张，本次测评无效，不能录入");
        assertThat(model.canImportProperty().get()).isTrue();

        model.importRows();

        assertThat(dialogs.confirmations()).singleElement().satisfies(c -> assertThat(c.message())
                .isEqualTo("将把 1 位述职人的票数存为第一次录入；1 行不能导入，将跳过。确定导入吗？"));
        assertThat(model.resultTextProperty().get())
                .isEqualTo("导入完成，已存为第一次录入：新增 1 人，更新 0 人，0 人没有变化，1 行未导入");
        assertThat(services.debriefing.details(session.id()).results()).extracting(r -> r.state())
                .containsExactly(EntryState.SINGLE, EntryState.NOT_ENTERED);
        assertThat(reloads).isEqualTo(1);
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.canSaveRejectedProperty().get()).isTrue();
    }

    @Test
    void allOrNothingWithARejectedRowImportsNothingAndTheRejectedRowsCanBeSaved() throws Exception {
        model.readFile();
        model.setField(7, BallotColumn.UNSATISFIED);
        model.preview();
        model.allOrNothingProperty().set(true);
        ContentFingerprint before = services.fingerprint();

        model.importRows();

        assertThat(dialogs.confirmations()).singleElement()
                .satisfies(c -> assertThat(c.message()).startsWith("有 1 行不能导入"));
        assertThat(model.resultTextProperty().get()).isEqualTo("有 1 行不能导入，一行也没有导入，数据库没有改变");
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(reloads).isZero();

        Path report = dir.resolve("未导入.xlsx");
        dialogs.answerSaveFile(report);
        model.saveRejected();
        assertThat(dialogs.saveRequests()).singleElement()
                .satisfies(r -> assertThat(r.suggestedName()).isEqualTo("票数-未导入的行.xlsx"));
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("李四：收回票 41 张");
        }
    }

    @Test
    void anUnreadableFileIsOneErrorAndNothingMore() throws Exception {
        model.filePathProperty().set(Files.writeString(dir.resolve("x.xlsx"), "不是表格").toString());

        model.readFile();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("不是 Excel 表格"));
        assertThat(model.canPreviewProperty().get()).isFalse();
        assertThat(model.headers()).isEmpty();
    }
}

package org.integritydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.BallotColumn;
import org.integritydesk.model.BallotMapping;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingDetails;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Role;
import org.integritydesk.model.SatisfactionFormula;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.BallotImportService;
import org.integritydesk.service.BallotImportService.BallotPreview;
import org.integritydesk.service.BallotImportService.BallotResult;
import org.integritydesk.service.BallotImportService.BallotRow;
import org.integritydesk.service.BallotImportService.Outcome;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ServiceException;
import org.integritydesk.service.YearClosedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A session's ballot totals from a sheet: matched by ID number or name, checked, all-or-nothing, idempotent. */
class BallotImportTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final List<String> HEADERS = List.of("序号", "姓名", "身份证号", "发出票数", "收回票数", "无效票", "满意",
            "基本满意", "不满意", "弃权");

    @TempDir
    Path dir;

    private TestServices services;
    private BallotImportService imports;
    private OrgUnit bureau;
    private Cadre director;
    private Cadre liSi;
    private Cadre wangWu;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("db"));
        imports = services.ballotImport;
        bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        director = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        wangWu = services.cadres.create(draft(chengguan.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").category(CadreCategory.LAW_ENFORCEMENT).importantPosition(false)
                .workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DebriefingSession planned(LocalDate date, boolean doubleEntry) {
        DebriefingSession s = services.debriefing.create(new DebriefingDraft(date, "县局三楼会议室", bureau.id(),
                SatisfactionFormula.DEFAULT, 40, doubleEntry));
        services.debriefing.addCadres(s.id(), ReportingCategory.PARTY_GROUP_MEMBER, List.of(director.id()));
        services.debriefing.addCadres(s.id(), ReportingCategory.SUB_BUREAU_DIRECTOR, List.of(liSi.id()));
        services.debriefing.addCadres(s.id(), ReportingCategory.LAW_ENFORCEMENT_OFFICER, List.of(wangWu.id()));
        return s;
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private List<List<Object>> goodRows(int satisfiedOfDirector) {
        return List.of(
                row(1, "张国强", director.idNumber().value(), 40, 38, 1, satisfiedOfDirector, 36 - satisfiedOfDirector, 1, 0),
                row(2, "李四", liSi.idNumber().value(), 40, 38, 1, 30, 5, 2, 0),
                // by name alone, counts as text as a CSV or a text-formatted cell gives them
                row(3, "王五", null, "40", "38", "1", "20", "10", "6", "1"));
    }

    private SheetData sheet(String name, List<List<Object>> rows) throws Exception {
        return RosterImport.readFile(Rosters.xlsx(dir.resolve(name), HEADERS, rows), BallotColumn.allHeaders());
    }

    private BallotMapping mapping(DebriefingSession s, SheetData sheet) {
        return BallotMapping.suggest(sheet.headers(), s.formula());
    }

    private BallotResult importAll(DebriefingSession s, SheetData sheet, boolean allOrNothing) {
        return imports.importRows(s.id(), sheet, mapping(s, sheet), allOrNothing);
    }

    private List<AuditEvent> events() {
        return services.audit.find(AuditFilter.ANY, 0, 200);
    }

    @Test
    void theHeaderNamesSuggestEveryColumnOfTheSessionsBallot() throws Exception {
        DebriefingSession s = planned(DAY, false);
        SheetData sheet = sheet("票数.xlsx", goodRows(33));
        BallotMapping m = mapping(s, sheet);

        assertThat(m.columns()).containsEntry(BallotColumn.NAME, 1).containsEntry(BallotColumn.ID_NUMBER, 2)
                .containsEntry(BallotColumn.ISSUED, 3).containsEntry(BallotColumn.RETURNED, 4)
                .containsEntry(BallotColumn.VOIDED, 5).containsEntry(BallotColumn.SATISFIED, 6)
                .containsEntry(BallotColumn.BASICALLY_SATISFIED, 7).containsEntry(BallotColumn.UNSATISFIED, 8)
                .containsEntry(BallotColumn.ABSTAINED, 9).hasSize(9);
        assertThat(m.missingRequired(s.formula())).isEmpty();
        // the weighted ballot has two more boxes the file lacks
        assertThat(BallotMapping.suggest(sheet.headers(), SatisfactionFormula.WEIGHTED)
                .missingRequired(SatisfactionFormula.WEIGHTED))
                .containsExactly(BallotColumn.FAIRLY_SATISFIED, BallotColumn.LESS_SATISFIED);
        // other spellings: 发放票数, 收回票, 废票, 满意票数, 不满意票
        assertThat(BallotMapping.suggest(List.of("述职人", "发放票数", "收回票", "废票", "满意票数", "基本满意票", "不满意票"),
                SatisfactionFormula.DEFAULT).missingRequired(SatisfactionFormula.DEFAULT)).isEmpty();
    }

    @Test
    void aGoodFileSavesEveryCadresCountsAndImportingItAgainChangesNothing() throws Exception {
        DebriefingSession s = planned(DAY, false);
        SheetData sheet = sheet("票数.xlsx", goodRows(33));

        BallotPreview preview = imports.preview(s.id(), sheet, mapping(s, sheet));
        assertThat(preview.rows()).extracting(BallotRow::outcome).containsOnly(Outcome.CREATE);
        assertThat(preview.round()).isEqualTo(EntryRound.FIRST);
        assertThat(preview.notInFile()).isEmpty();
        assertThat(preview.rows().get(1).maskedIdNumber()).contains("*").doesNotContain("19850314");

        BallotResult result = importAll(s, sheet, true);
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.rejected()).isEmpty();
        DebriefingDetails d = services.debriefing.details(s.id());
        assertThat(d.results()).extracting(r -> r.state()).containsOnly(EntryState.SINGLE);
        // (33 + 3 × 0.5) / 37
        assertThat(d.results().get(0).satisfaction()).isEqualTo(new BigDecimal("93.24"));
        assertThat(d.results().get(2).finalTally().abstained()).isEqualTo(1);
        AuditEvent importEvent = events().get(0);
        assertThat(importEvent.kind()).isEqualTo(AuditKind.IMPORT);
        assertThat(importEvent.recordType()).isEqualTo("ballot_tally");
        assertThat(importEvent.recordLabel()).isEqualTo(s.number());
        assertThat(events().get(1).kind()).isEqualTo(AuditKind.CREATE);

        var afterFirst = services.fingerprint();
        BallotResult again = importAll(s, sheet, true);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.imported()).isZero();
        var afterSecond = services.fingerprint();
        assertThat(afterSecond.rows("BALLOT_TALLY")).isEqualTo(afterFirst.rows("BALLOT_TALLY")).isEqualTo(3);
        assertThat(afterSecond.rows("AUDIT_EVENT")).isEqualTo(afterFirst.rows("AUDIT_EVENT") + 1);

        SheetData corrected = sheet("票数-改.xlsx", goodRows(30));
        BallotResult update = importAll(s, corrected, true);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(2);
        assertThat(services.fingerprint().rows("BALLOT_TALLY")).isEqualTo(3);
        assertThat(services.debriefing.details(s.id()).results().get(0).finalTally().satisfied()).isEqualTo(30);
    }

    @Test
    void everyKindOfBadRowIsRejectedWithItsReasonInChinese() throws Exception {
        DebriefingSession s = planned(DAY, false);
        Cadre outsider = services.cadres.create(draft(bureau.id()).name("赵六")
                .idNumber(IdNumbers.of("360821", "19800101", "033")).position("副局长").category(CadreCategory.LEADING)
                .importantPosition(false).build());
        SheetData sheet = sheet("票数.xlsx", List.of(
                row(1, "张国强", director.idNumber().value(), 40, 41, 0, 38, 2, 1, 0),
                row(2, "李四", liSi.idNumber().value(), 40, 38, 2, 30, 5, 2, 0),
                row(3, "王五", null, 40, "三十八", 1, 20, 10, 6, 1),
                row(4, "赵六", outsider.idNumber().value(), 40, 38, 1, 30, 5, 2, 0),
                row(5, "钱七", null, 40, 38, 1, 30, 5, 2, 0),
                row(6, null, null, 40, 38, 1, 30, 5, 2, 0),
                row(7, "王五", wangWu.idNumber().value(), null, 38, 1, 30, 5, 2, 0),
                row(8, "李五", liSi.idNumber().value(), 40, 38, 1, 30, 5, 2, 0),
                row(9, "张国强", null, 40, 38, 1, -1, 36, 2, 0),
                row(10, "王五", null, 40, 38, 1, 20, 10, 6, 1)));

        BallotPreview preview = imports.preview(s.id(), sheet, mapping(s, sheet));

        List<String> reasons = preview.rows().stream().map(r -> RosterImport.reasons(r.problems(), ZH)).toList();
        assertThat(reasons.get(0)).isEqualTo("张国强：收回票 41 张多于发出票 40 张，本次测评无效，不能录入");
        assertThat(reasons.get(1)).isEqualTo("李四：有效票 37 张 + 废票 2 张 = 39 张，与收回票 38 张不符");
        assertThat(reasons.get(2)).isEqualTo("收回票数：“三十八”不是整数");
        assertThat(reasons.get(3)).isEqualTo("不是本次会议的述职人");
        assertThat(reasons.get(4)).isEqualTo("不是本次会议的述职人");
        assertThat(reasons.get(5)).isEqualTo("姓名和身份证号都没有填");
        assertThat(reasons.get(6)).isEqualTo("与第 4 行是同一人；发出票数：没有填");
        assertThat(reasons.get(7)).isEqualTo("姓名“李五”与身份证号不符（该身份证号是述职人李四的）；与第 3 行是同一人");
        assertThat(reasons.get(8)).startsWith("与第 2 行是同一人；张国强：票数不能为负数");
        assertThat(reasons.get(9)).isEqualTo("与第 4 行是同一人");
        assertThat(preview.rows()).extracting(BallotRow::outcome).containsOnly(Outcome.REJECTED);
        assertThat(preview.notInFile()).isEmpty();
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsRejectedOtherwiseTheValidRows() throws Exception {
        DebriefingSession s = planned(DAY, false);
        List<List<Object>> rows = new ArrayList<>(goodRows(33));
        rows.set(1, row(2, "李四", liSi.idNumber().value(), 40, 41, 1, 30, 5, 2, 0));
        SheetData sheet = sheet("票数.xlsx", rows);
        var before = services.fingerprint();

        BallotResult nothing = importAll(s, sheet, true);

        assertThat(nothing.importedNothing()).isTrue();
        assertThat(nothing.rejected()).extracting(BallotRow::rowNumber).containsExactly(3);
        assertThat(services.fingerprint()).isEqualTo(before);

        BallotResult some = importAll(s, sheet, false);
        assertThat(some.created()).isEqualTo(2);
        assertThat(some.rejected()).hasSize(1);
        DebriefingDetails d = services.debriefing.details(s.id());
        assertThat(d.results()).extracting(r -> r.state())
                .containsExactly(EntryState.SINGLE, EntryState.NOT_ENTERED, EntryState.SINGLE);

        // the corrected row alone completes the session; the others are kept
        SheetData fix = sheet("李四.xlsx", List.of(row(1, "李四", liSi.idNumber().value(), 40, 38, 1, 30, 5, 2, 0)));
        BallotPreview preview = imports.preview(s.id(), fix, mapping(s, fix));
        assertThat(preview.notInFile()).extracting(c -> c.name()).containsExactly("张国强", "王五");
        assertThat(importAll(s, fix, true).created()).isEqualTo(1);
        assertThat(services.debriefing.details(s.id()).isFinal()).isTrue();
    }

    @Test
    void theRejectedRowsAreSavedAsAWorkbookWithTheReason() throws Exception {
        DebriefingSession s = planned(DAY, false);
        List<List<Object>> rows = new ArrayList<>(goodRows(33));
        rows.set(1, row(2, "李四", liSi.idNumber().value(), 40, 41, 1, 30, 5, 2, 0));
        SheetData sheet = sheet("票数.xlsx", rows);
        BallotResult result = importAll(s, sheet, false);
        Path report = dir.resolve("未导入.xlsx");

        RosterImport.writeRejectedRows(sheet, result.rejected().stream()
                .map(r -> new RosterImport.Rejected(r.rowNumber(), RosterImport.reasons(r.problems(), ZH))).toList(),
                ZH, report);

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet first = book.getSheetAt(0);
            assertThat(first.getRow(0).getCell(1).getStringCellValue()).isEqualTo("未导入原因");
            assertThat(first.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getRow(1).getCell(1).getStringCellValue()).contains("收回票 41 张多于发出票 40 张");
            assertThat(first.getRow(1).getCell(3).getStringCellValue()).isEqualTo("李四");
        }
    }

    @Test
    void withDoubleEntryASecondPersonsImportFillsTheSecondRound() throws Exception {
        DebriefingSession s = planned(DAY, true);
        SheetData sheet = sheet("票数.xlsx", goodRows(33));
        services.actAs(Role.INSPECTOR, null, null, "first");
        assertThat(importAll(s, sheet, true).round()).isEqualTo(EntryRound.FIRST);
        assertThat(importAll(s, sheet, true).round()).isEqualTo(EntryRound.FIRST);
        services.actAs(Role.INSPECTOR, null, null, "second");
        BallotResult second = importAll(s, sheet("第二次.xlsx", goodRows(32)), true);
        assertThat(second.round()).isEqualTo(EntryRound.SECOND);
        assertThat(second.created()).isEqualTo(3);
        DebriefingDetails d = services.debriefing.details(s.id());
        assertThat(d.results().get(0).state()).isEqualTo(EntryState.MISMATCH);
        assertThat(d.results().get(1).state()).isEqualTo(EntryState.AGREED);
    }

    @Test
    void aClosedYearRefusesTheImportAndChangesNothing() throws Exception {
        DebriefingSession old = planned(LocalDate.of(2024, 12, 18), false);
        services.years.close(2024);
        SheetData sheet = sheet("票数.xlsx", goodRows(33));
        var before = services.fingerprint();

        assertThatThrownBy(() -> importAll(old, sheet, false)).isInstanceOfSatisfying(YearClosedException.class,
                e -> assertThat(e.year()).isEqualTo(2024));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefused() throws Exception {
        DebriefingSession s = planned(DAY, false);
        SheetData sheet = RosterImport.readFile(Rosters.xlsx(dir.resolve("少列.xlsx"), List.of("姓名", "发出票数", "收回票数"),
                List.of(row("李四", 40, 38))), BallotColumn.allHeaders());
        var before = services.fingerprint();
        assertThatThrownBy(() -> importAll(s, sheet, false)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(ZH.get(e.messageKey(), e.args())).contains("缺少 3 个必需的列").contains("数据库没有改变"));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void textInEveryNumberColumnRejectsEveryRowAndChangesNothing() throws Exception {
        DebriefingSession s = planned(DAY, false);
        SheetData sheet = sheet("票数.xlsx", List.of(row(1, "李四", null, "四十", "三十八", "一", "三十", "五", "二", "零")));
        var before = services.fingerprint();

        BallotResult result = importAll(s, sheet, false);

        assertThat(result.imported()).isZero();
        assertThat(RosterImport.reasons(result.rejected().get(0).problems(), ZH))
                .startsWith("发出票数：“四十”不是整数；收回票数：“三十八”不是整数");
        assertThat(services.fingerprint().rows("BALLOT_TALLY")).isEqualTo(before.rows("BALLOT_TALLY")).isZero();
        assertThat(services.fingerprint().rows("AUDIT_EVENT")).isEqualTo(before.rows("AUDIT_EVENT") + 1);
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("bytes neither UTF-8 nor GBK", "import.error.encoding"),
                Arguments.of("a text file renamed .xlsx", "import.error.notSpreadsheet"),
                Arguments.of("a workbook with only an empty sheet", "import.error.empty"),
                Arguments.of("a header row only", "import.error.empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aFileThatCannotBeReadGivesOneClearMessageAndChangesNothing(String what, String key) throws Exception {
        DebriefingSession s = planned(DAY, false);
        Path file = malformed(what);
        var before = services.fingerprint();

        assertThatThrownBy(() -> {
            SheetData sheet = RosterImport.readFile(file, BallotColumn.allHeaders());
            importAll(s, sheet, false);
        }).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(ZH.get(e.messageKey(), e.args())).contains("数据库没有改变");
        });
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    private Path malformed(String what) throws Exception {
        switch (what) {
            case "bytes neither UTF-8 nor GBK" -> {
                byte[] head = "姓名,发出票数,收回票数\r\n".getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Arrays.copyOf(head, head.length + 4);
                bytes[head.length] = (byte) 0xFF;
                bytes[head.length + 1] = (byte) 0x80;
                bytes[head.length + 2] = (byte) 0xFF;
                bytes[head.length + 3] = (byte) 0x30;
                return Files.write(dir.resolve("bad.csv"), bytes);
            }
            case "a text file renamed .xlsx" -> {
                return Files.writeString(dir.resolve("票数.xlsx"), "这不是表格，只是改了扩展名");
            }
            case "a workbook with only an empty sheet" -> {
                Path file = dir.resolve("空.xlsx");
                try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
                    book.createSheet("票数");
                    book.write(out);
                }
                return file;
            }
            case "a header row only" -> {
                return Rosters.csv(dir.resolve("表头.csv"), Charset.forName("GBK"), false, HEADERS, List.of());
            }
            default -> throw new IllegalArgumentException(what);
        }
    }
}

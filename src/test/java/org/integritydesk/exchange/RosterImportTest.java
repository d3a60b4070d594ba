package org.integritydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;
import static org.integritydesk.testing.DraftBuilder.familyRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.ImportField;
import org.integritydesk.model.ImportMapping;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.SheetData;
import org.integritydesk.service.CadreRosterService.Outcome;
import org.integritydesk.service.CadreRosterService.Preview;
import org.integritydesk.service.CadreRosterService.Result;
import org.integritydesk.service.CadreRosterService.RowPlan;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.ServiceException;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A roster file into the database: reading, the preview's problems, all-or-nothing, idempotence, bad files. */
class RosterImportTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private TestServices services;
    private RosterImport importer;
    private OrgUnit chengguan;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("db"));
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.subBureau(bureau, "36082102", "敦厚分局");
        services.actAs(Role.INSPECTOR, null, null);
        importer = new RosterImport(services.cadreRoster);
        auditAtStart = services.fingerprint().rows("AUDIT_EVENT");
    }

    private long auditAtStart;

    @AfterEach
    void close() {
        services.close();
    }

    private Result importAll(Path file, boolean allOrNothing) {
        SheetData sheet = RosterImport.readFile(file);
        return importer.importRows(sheet, importer.mappingFor(sheet), allOrNothing, ProgressListener.NONE, () -> false);
    }

    private Preview preview(Path file) {
        SheetData sheet = RosterImport.readFile(file);
        return importer.preview(sheet, importer.mappingFor(sheet), ProgressListener.NONE, () -> false);
    }

    private static List<List<Object>> people(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(Rosters.person(i, i % 2 == 0 ? "城关分局" : "36082102"));
        }
        return rows;
    }

    @Test
    void importsEveryRowOfAValidWorkbookThroughTheCadreService() throws IOException {
        Path file = Rosters.xlsx(dir.resolve("名册.xlsx"), Rosters.HEADERS, people(5));

        Result result = importAll(file, true);

        assertThat(result.created()).isEqualTo(5);
        assertThat(result.rejected()).isEmpty();
        List<CadreSummary> cadres = services.cadres.listCadres();
        assertThat(cadres).hasSize(5).extracting(CadreSummary::unitName).containsOnly("城关分局", "敦厚分局");
        Cadre first = services.cadres.findByIdNumber(Rosters.person(1, "").get(2).toString(),
                org.integritydesk.model.Action.VIEW).orElseThrow();
        assertThat(first.name()).isEqualTo("干部一");
        assertThat(first.mobile()).isEqualTo("13800130001");
        assertThat(first.workStartDate()).isEqualTo(first.birthDate().plusYears(22));
        // one CREATE event a cadre (the form's own) and one IMPORT event
        assertThat(services.fingerprint().rows("AUDIT_EVENT")).isEqualTo(auditAtStart + 6);
    }


    @Test
    void thePreviewNamesEveryRowsProblemsAndTheRuleThatFailed() throws IOException {
        List<List<Object>> rows = people(9);
        String goodId = rows.get(0).get(2).toString();
        rows.get(1).set(2, goodId.substring(0, 17) + (goodId.charAt(17) == '1' ? '2' : '1'));   // wrong check character
        rows.get(2).set(3, "不存在的分局");
        rows.set(3, new ArrayList<>(rows.get(0)));                                               // same as row 2
        rows.get(3).set(1, "重复者");
        rows.get(4).set(4, null);                                                                // no position
        rows.get(5).set(9, "不详");                                                               // text in a date column
        rows.get(6).set(6, rows.get(6).get(6).equals("男") ? "女" : "男");                        // gender against the ID
        rows.get(7).set(5, "临时工");                                                              // no such category
        Path file = Rosters.xlsx(dir.resolve("problems.xlsx"), Rosters.HEADERS, rows);

        Preview preview = preview(file);

        assertThat(preview.rows()).extracting(RowPlan::rowNumber).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(Outcome.CREATE, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.CREATE);
        List<String> reasons = preview.rejected().stream().map(r -> RosterImport.reasons(r, ZH)).toList();
        assertThat(reasons).containsExactly(
                "身份证号：" + ZH.get("validation.idNumber.WRONG_CHECK_CHARACTER"),
                "单位：没有代码或全称为“不存在的分局”的单位",
                "身份证号：与第 2 行的身份证号重复",
                "职务：必填项为空",
                "参加工作时间：“不详”不是日期",
                "性别：与身份证号显示的性别不符",
                "干部类别：“临时工”不是可选的值");
        assertThat(services.cadres.listCadres()).isEmpty();
    }

    @Test
    void aRowWhoseIdNumberIsStoredUpdatesThatCadreAndKeepsTheFamilyRows() throws IOException {
        List<List<Object>> rows = people(1);
        String id = rows.get(0).get(2).toString();
        services.cadres.create(draft(chengguan.id()).idNumber(id).name("干部一").position("副局长")
                .family(List.of(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院"))).build());
        rows.get(0).set(3, "城关分局");

        Result result = importAll(Rosters.xlsx(dir.resolve("update.xlsx"), Rosters.HEADERS, rows), true);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.created()).isZero();
        Cadre cadre = services.cadres.findByIdNumber(id, org.integritydesk.model.Action.VIEW).orElseThrow();
        assertThat(cadre.position()).isEqualTo("科员");
        assertThat(services.cadres.draftOf(cadre.id()).familyBusinesses()).hasSize(1);
    }

    @Test
    void importingTheSameFileTwiceChangesNoCadreTheSecondTime() throws IOException {
        Path file = Rosters.xlsx(dir.resolve("twice.xlsx"), Rosters.HEADERS, people(6));
        importAll(file, true);
        ContentFingerprint afterFirst = services.fingerprint();

        Result second = importAll(file, true);

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(services.cadres.listCadres()).hasSize(6);
        ContentFingerprint afterSecond = services.fingerprint();
        assertThat(afterSecond.rows("CADRE")).isEqualTo(afterFirst.rows("CADRE"));
        // only the second IMPORT event was added
        assertThat(afterSecond.rows("AUDIT_EVENT")).isEqualTo(afterFirst.rows("AUDIT_EVENT") + 1);
    }

    @Test
    void allOrNothingImportsNothingWhenAnyRowIsRejected() throws IOException {
        List<List<Object>> rows = people(4);
        rows.get(2).set(3, "不存在的分局");
        Path file = Rosters.xlsx(dir.resolve("one-bad.xlsx"), Rosters.HEADERS, rows);
        ContentFingerprint before = services.fingerprint();

        Result result = importAll(file, true);

        assertThat(result.importedNothing()).isTrue();
        assertThat(result.rejected()).extracting(RowPlan::rowNumber).containsExactly(4);
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void otherwiseTheValidRowsAreImportedAndTheRejectedListed() throws IOException {
        List<List<Object>> rows = people(4);
        rows.get(2).set(3, "不存在的分局");

        Result result = importAll(Rosters.xlsx(dir.resolve("one-bad.xlsx"), Rosters.HEADERS, rows), false);

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.rejected()).extracting(RowPlan::rowNumber).containsExactly(4);
    }

    @Test
    void aClerkCannotImportIntoAnotherSubBureau() throws IOException {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);

        Preview preview = preview(Rosters.xlsx(dir.resolve("clerk.xlsx"), Rosters.HEADERS, people(2)));

        assertThat(preview.rows()).extracting(RowPlan::outcome).containsExactly(Outcome.REJECTED, Outcome.CREATE);
        assertThat(RosterImport.reasons(preview.rows().get(0), ZH)).isEqualTo("单位：无权向“敦厚分局”导入干部");
    }

    @Test
    void aLeaderMayNotImportAtAll() throws IOException {
        services.actAs(Role.LEADER, null, null);
        Path file = Rosters.xlsx(dir.resolve("leader.xlsx"), Rosters.HEADERS, people(2));
        ContentFingerprint before = services.fingerprint();

        assertThatThrownBy(() -> importAll(file, false)).isInstanceOf(ServiceException.class);
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void readsCsvInUtf8WithAndWithoutBomAndInGbk() throws IOException {
        List<List<Object>> rows = people(3);
        for (Object[] variant : new Object[][] {{StandardCharsets.UTF_8, false}, {StandardCharsets.UTF_8, true},
                {Charset.forName("GBK"), false}}) {
            Path file = Rosters.csv(dir.resolve("r.csv"), (Charset) variant[0], (Boolean) variant[1], Rosters.HEADERS, rows);
            SheetData sheet = RosterImport.readFile(file);
            assertThat(sheet.headers()).as(variant[0] + " bom " + variant[1]).isEqualTo(Rosters.HEADERS);
            assertThat(sheet.rows().get(2).cells().get(1)).isEqualTo("干部三");
        }
        Result result = importAll(dir.resolve("r.csv"), true);
        assertThat(result.created()).isEqualTo(3);
    }

    @Test
    void aGbkFileWithARareCharacterFromTheUserDefinedAreaIsStillRead() throws IOException {
        byte[] head = "姓名,身份证号,单位,职务,干部类别\r\n张".getBytes(Charset.forName("GBK"));
        byte[] rare = {(byte) 0xAA, (byte) 0xA1};   // GBK's user-defined area: U+E000 in Unicode
        byte[] tail = (",1,城关分局,科员,一般干部\r\n").getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[head.length + rare.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(rare, 0, bytes, head.length, rare.length);
        System.arraycopy(tail, 0, bytes, head.length + rare.length, tail.length);

        SheetData sheet = RosterImport.readFile(Files.write(dir.resolve("rare.csv"), bytes));

        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("张\uE000");
    }

    @Test
    void aTitleRowAboveTheHeaderAndMergedCellsAreReadAsExcelShowsThem() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("名册");
            sheet.createRow(0).createCell(0).setCellValue("2025 年城关分局干部名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
            List<List<Object>> rows = people(3);
            rows.forEach(r -> r.set(3, null));
            rows.get(0).set(3, "城关分局");
            Rosters.fill(workbook, sheet, 1, Rosters.HEADERS, rows);
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 3, 3));   // the unit merged down three rows
            workbook.write(out);
        }

        SheetData sheet = RosterImport.readFile(file);

        assertThat(sheet.headerRowNumber()).isEqualTo(2);
        assertThat(sheet.rows()).extracting(r -> r.cell(3)).containsExactly("城关分局", "城关分局", "城关分局");
        assertThat(importAll(file, true).created()).isEqualTo(3);
    }

    @Test
    void formulasGiveTheirValues() throws IOException {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("名册");
            List<List<Object>> rows = people(2);
            Rosters.fill(workbook, sheet, 0, Rosters.HEADERS, rows);
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.getRow(r);
                row.getCell(0).setCellFormula("ROW()-1");
                row.getCell(1).setCellFormula("\"干部\"&\"" + (r == 1 ? "一" : "二") + "\"");
                row.getCell(9).setCellFormula("DATE(2001,9,1)");
            }
            workbook.write(out);   // no cached values: the reader evaluates them
        }

        SheetData sheet = RosterImport.readFile(file);

        assertThat(sheet.rows()).extracting(r -> r.cell(1)).containsExactly("干部一", "干部二");
        Preview preview = importer.preview(sheet, importer.mappingFor(sheet), ProgressListener.NONE, () -> false);
        assertThat(preview.rows()).extracting(RowPlan::outcome).containsOnly(Outcome.CREATE);
        assertThat(preview.rows().get(0).draft().workStartDate()).isEqualTo(LocalDate.of(2001, 9, 1));
    }

    @Test
    void anIdNumberTypedAsANumberIsRefusedSayingItsDigitsAreLost() throws IOException {
        List<List<Object>> rows = people(1);
        rows.get(0).set(2, Double.parseDouble(rows.get(0).get(2).toString().replace('X', '0')));
        Preview preview = preview(Rosters.xlsx(dir.resolve("number-id.xlsx"), Rosters.HEADERS, rows));
        assertThat(RosterImport.reasons(preview.rows().get(0), ZH)).startsWith("身份证号：身份证号被存成了数字");
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("bytes neither UTF-8 nor GBK", "import.error.encoding"),
                Arguments.of("Big5 text", "import.error.encoding"),
                Arguments.of("UTF-16 without a byte-order mark", "import.error.encoding"),
                Arguments.of("a text file renamed .xlsx", "import.error.notSpreadsheet"),
                Arguments.of("a zip that is no workbook, renamed .xlsx", "import.error.notSpreadsheet"),
                Arguments.of("a password-protected workbook", "import.error.encrypted"),
                Arguments.of("a workbook with only empty sheets", "import.error.empty"),
                Arguments.of("an empty file", "import.error.empty"),
                Arguments.of("a sheet without a header row", "import.error.noHeader"),
                Arguments.of("a huge sheet", "import.error.tooManyRows"),
                Arguments.of("a PDF", "import.error.unsupportedType"),
                Arguments.of("no such file", "import.error.noFile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aFileThatCannotBeReadGivesOneClearMessageAndChangesNothing(String what, String key) throws Exception {
        Path file = malformed(what);
        ContentFingerprint before = services.fingerprint();

        assertThatThrownBy(() -> importAll(file, false)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(ZH.get(e.messageKey(), e.args())).doesNotContain("!").contains("数据库没有改变");
        });
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    private Path malformed(String what) throws Exception {
        switch (what) {
            case "bytes neither UTF-8 nor GBK" -> {
                byte[] head = "姓名,身份证号,单位\r\n".getBytes(StandardCharsets.UTF_8);
                byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
                bytes[head.length] = (byte) 0xFF;
                bytes[head.length + 1] = (byte) 0x80;
                bytes[head.length + 2] = (byte) 0xFF;
                bytes[head.length + 3] = (byte) 0x30;
                return Files.write(dir.resolve("bad.csv"), bytes);
            }
            case "Big5 text" -> {
                return Files.write(dir.resolve("big5.csv"), "姓名,身份證號,單位,職務\r\n張三,1,2,3\r\n"
                        .getBytes(Charset.forName("Big5")));
            }
            case "UTF-16 without a byte-order mark" -> {
                return Files.write(dir.resolve("utf16.csv"), "姓名,身份证号\r\n".getBytes(StandardCharsets.UTF_16LE));
            }
            case "a text file renamed .xlsx" -> {
                return Files.writeString(dir.resolve("notes.xlsx"), "这不是表格，只是改了扩展名");
            }
            case "a zip that is no workbook, renamed .xlsx" -> {
                Path zip = dir.resolve("archive.xlsx");
                try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                    out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
                    out.write("hello".getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
                return zip;
            }
            case "a password-protected workbook" -> {
                return encrypted(Rosters.xlsx(dir.resolve("plain.xlsx"), Rosters.HEADERS, people(2)),
                        dir.resolve("locked.xlsx"));
            }
            case "a workbook with only empty sheets" -> {
                Path file = dir.resolve("empty.xlsx");
                try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                    workbook.createSheet("Sheet1");
                    workbook.createSheet("Sheet2");
                    workbook.write(out);
                }
                return file;
            }
            case "an empty file" -> {
                return Files.write(dir.resolve("nothing.csv"), new byte[0]);
            }
            case "a sheet without a header row" -> {
                return Rosters.xlsx(dir.resolve("no-header.xlsx"), List.of("a", "b", "c"), List.of(List.of(1, 2, 3)));
            }
            case "a huge sheet" -> {
                return Rosters.bigXlsx(dir.resolve("huge.xlsx"), org.integritydesk.service.CadreRosterService.MAX_ROWS + 20);
            }
            case "a PDF" -> {
                return Files.writeString(dir.resolve("roster.pdf"), "%PDF-1.7");
            }
            case "no such file" -> {
                return dir.resolve("missing.xlsx");
            }
            default -> throw new IllegalArgumentException(what);
        }
    }

    static Path encrypted(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    @Test
    void theRejectedRowsWorkbookHasTheRowNumberTheReasonAndTheFilesColumns() throws Exception {
        List<List<Object>> rows = people(3);
        rows.get(1).set(3, "不存在的分局");
        Path file = Rosters.xlsx(dir.resolve("r.xlsx"), Rosters.HEADERS, rows);
        SheetData sheet = RosterImport.readFile(file);
        Result result = importer.importRows(sheet, importer.mappingFor(sheet), false, ProgressListener.NONE, () -> false);
        Path report = dir.resolve("未导入.xlsx");

        RosterImport.writeRejected(sheet, result.rejected(), ZH, report);

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("未导入原因");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("姓名");
            assertThat(s.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).contains("不存在的分局");
            assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("干部二");
            assertThat(s.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theRosterExportMasksIdNumbersForALeaderAndImportsBackUnchangedForAnInspector() throws Exception {
        importAll(Rosters.xlsx(dir.resolve("in.xlsx"), Rosters.HEADERS, people(4)), true);
        Path full = dir.resolve("full.xlsx");
        Path masked = dir.resolve("masked.xlsx");

        assertThat(new RosterExport(services.cadreRoster).write(null, ZH, full)).isEqualTo(4);
        services.actAs(Role.LEADER, null, null);
        new RosterExport(services.cadreRoster).write("36082101", ZH, masked);
        services.actAs(Role.INSPECTOR, null, null);

        SheetData maskedSheet = RosterImport.readFile(masked);
        assertThat(maskedSheet.rows()).hasSize(2)
                .allSatisfy(r -> assertThat(r.cell(1).toString()).matches("\\d{6}\\*{8}\\d{3}[\\dX]"));
        Result again = importAll(full, true);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.rejected()).isEmpty();
    }

    @Test
    void theMappingUsedIsRememberedForTheNextFile() throws IOException {
        List<List<Object>> rows = List.of(new ArrayList<>(List.of("干部一", "13800138000", Rosters.person(1, "").get(2), "城关分局",
                "科员", "一般干部")));
        SheetData sheet = importer.read(Rosters.xlsx(dir.resolve("odd.xlsx"),
                List.of("姓名", "手机", "证件", "所属", "岗位", "类型"), rows));
        ImportMapping chosen = importer.mappingFor(sheet).with(2, ImportField.ID_NUMBER)
                .with(3, ImportField.UNIT).with(4, ImportField.POSITION).with(5, ImportField.CATEGORY);
        assertThat(importer.importRows(sheet, chosen, true, ProgressListener.NONE, () -> false).created()).isEqualTo(1);
        Path next = Rosters.xlsx(dir.resolve("next.xlsx"), List.of("类型", "岗位", "所属", "证件", "人员"), List.of());

        SheetData nextSheet = importer.read(next);
        ImportMapping remembered = importer.mappingFor(nextSheet);

        assertThat(remembered.missingRequired()).containsExactly(ImportField.NAME);
        assertThat(remembered.columnOf(ImportField.UNIT)).contains(2);
        assertThat(remembered.columnOf(ImportField.ID_NUMBER)).contains(3);
        assertThat(remembered.columnOf(ImportField.CATEGORY)).contains(0);
    }

    @Test
    void aCancelledImportChangesNothing() throws IOException {
        Path file = Rosters.xlsx(dir.resolve("cancel.xlsx"), Rosters.HEADERS, people(10));
        SheetData sheet = RosterImport.readFile(file);
        ContentFingerprint before = services.fingerprint();
        int[] asked = {0};

        assertThatThrownBy(() -> importer.importRows(sheet, importer.mappingFor(sheet), false, ProgressListener.NONE,
                () -> ++asked[0] > 15)).isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.cancelled"));
        assertThat(services.fingerprint()).isEqualTo(before);
    }
}

package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code integrity-desk audit export}: {@code events=N} and the file on success; one line on
 * standard error, a non-zero exit and no file (and no login, for bad options) on failure.
 */
class AuditExportCommandTest {
    private static final String PASSWORD = "Demo@2026";

    /** One demo folder for the class: the failing cases change nothing, the others only add events. */
    @TempDir static Path shared;
    private static Path data;

    @TempDir Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeAll
    static void demo() {
        data = shared.resolve("数据 folder");
        PrintStream originalOut = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(CommandLineEntry.run(new String[] {"demo", "--data-dir", data.toString(), "--cadres", "12",
                "--seed", "5"})).isZero();
        } finally {
            System.setOut(originalOut);
        }
    }

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** Runs a command with the demo password on standard input. */
    private int run(String... args) {
        out.reset();
        err.reset();
        InputStream originalIn = System.in;
        System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandLineEntry.run(args);
        } finally {
            System.setIn(originalIn);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Events other than the inspector's logins (each look here is a login). */
    private static long eventsInTrail() {
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(data, "inspector", PASSWORD.toCharArray())) {
            return services.audit().count(AuditFilter.ANY)
                    - services.audit().count(AuditFilter.ANY.withActor("inspector").withKinds(AuditKind.LOGIN));
        }
    }

    private static List<AuditEvent> exportEvents() {
        try (AppServices services = new Sessions(Clock.systemDefaultZone()).login(data, "inspector", PASSWORD.toCharArray())) {
            return services.audit().find(AuditFilter.ANY.withKinds(AuditKind.EXPORT), 0, 100);
        }
    }

    private String[] export(Path file, String... filter) {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "export", "--data-dir", data.toString(),
                "--user", "inspector", "--out", file.toString()));
        args.addAll(List.of(filter));
        return args.toArray(String[]::new);
    }

    private long printedEvents() {
        return Long.parseLong(stdout().lines().filter(l -> l.startsWith("events=")).findFirst().orElseThrow().substring(7));
    }

    @Test
    void exportsEverythingAsPdfAndPrintsTheCountAndThePath() throws Exception {
        Path pdf = temp.resolve("审计 日志.pdf");

        assertThat(run(export(pdf, "--purpose", "季度检查"))).isZero();

        assertThat(stderr()).isEmpty();
        assertThat(stdout()).containsPattern("(?m)^events=\\d+$").contains(pdf.toAbsolutePath().toString());
        long events = printedEvents();
        assertThat(events).isPositive();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("审计日志").contains("吉安县").contains("admin").contains("共 " + events + " 条记录");
        }
        assertThat(exportEvents()).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("inspector");
            assertThat(e.purpose()).isEqualTo("季度检查");
            assertThat(e.after()).contains("\"format\":\"pdf\"").contains("\"events\":" + events);
        });
    }

    @Test
    void exportsAFilteredLogAsExcel() throws Exception {
        Path xlsx = temp.resolve("logins.xlsx");

        assertThat(run(export(xlsx, "--actor", "inspector", "--kind", "login", "--kind", "导出", "--from", "2000-01-01",
                "--to", "2999-12-31"))).isZero();

        assertThat(stderr()).isEmpty();
        long events = printedEvents();
        assertThat(events).isPositive();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) events);
            for (int r = 1; r <= events; r++) {
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("inspector");
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isIn("登录", "导出");
            }
        }
        assertThat(exportEvents()).first().satisfies(e -> {
            assertThat(e.purpose()).isEqualTo("命令行导出审计日志");
            assertThat(e.after()).contains("\"format\":\"xlsx\"").contains("\"kinds\":[\"EXPORT\",\"LOGIN\"]")
                    .contains("\"actor\":\"inspector\"").contains("\"from\":\"2000-01-01\"");
        });
    }

    @Test
    void anUnknownKindIsOneLineAndTouchesNothing() {
        long before = eventsInTrail();
        Path pdf = temp.resolve("x.pdf");

        assertThat(run(export(pdf, "--kind", "SNOOP"))).isEqualTo(1);

        assertThat(stderr().strip().lines()).singleElement().asString().contains("SNOOP").contains("VIEW");
        assertThat(stdout()).isEmpty();
        assertThat(pdf).doesNotExist();
        assertThat(eventsInTrail()).isEqualTo(before);
    }

    @Test
    void aBadDateIsOneLineAndTouchesNothing() {
        long before = eventsInTrail();
        Path xlsx = temp.resolve("x.xlsx");

        assertThat(run(export(xlsx, "--from", "2026-02-30"))).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("2026-02-30").contains("yyyy-MM-dd");
        assertThat(run(export(xlsx, "--from", "2026-03-01", "--to", "2026-01-01"))).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("晚于");

        assertThat(xlsx).doesNotExist();
        assertThat(eventsInTrail()).isEqualTo(before);
    }

    @Test
    void anUnwritableFolderIsOneLineAndLeavesNoFile() {
        Path pdf = temp.resolve("no-such-folder").resolve("x.pdf");

        assertThat(run(export(pdf))).isEqualTo(1);

        assertThat(stderr().strip().lines()).singleElement().asString().contains("no-such-folder");
        assertThat(pdf.getParent()).doesNotExist();
    }

    @Test
    void anOutputThatIsNeitherPdfNorExcelIsOneLine() {
        Path csv = temp.resolve("x.csv");

        assertThat(run(export(csv))).isEqualTo(1);

        assertThat(stderr().strip().lines()).singleElement().asString().contains(".pdf").contains(".xlsx");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aClerkIsRefusedAndNothingIsWritten() {
        Path pdf = temp.resolve("clerk.pdf");
        int before = exportEvents().size();

        int exit = run("audit", "export", "--data-dir", data.toString(), "--user", "clerk-36082104", "--out", pdf.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("无权");
        assertThat(pdf).doesNotExist();
        assertThat(exportEvents()).hasSize(before);
    }

    @Test
    void aLeaderIsRefusedToo() {
        Path xlsx = temp.resolve("leader.xlsx");

        assertThat(run("audit", "export", "--data-dir", data.toString(), "--user", "leader", "--out", xlsx.toString()))
                .isEqualTo(1);
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void withoutOutIsAUsageError() {
        assertThat(run("audit", "export", "--data-dir", data.toString(), "--user", "inspector")).isEqualTo(2);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("--out");
    }
}

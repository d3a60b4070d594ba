package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.integritydesk.exchange.AuditExcelExport;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.AuditRecordType;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.service.AuditService.ExportFormat;
import org.integritydesk.service.AuditService.ExportResult;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.AuditRepository;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exporting the audit trail: what is read, the caps, the EXPORT event, failures and who may. */
class AuditExportTest {
    private static final UUID RECORD = UUID.fromString("5b0e7c1a-0000-4000-8000-00000000000a");

    @TempDir Path dir;
    private TestServices services;
    private AuditService audit;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        audit = services.audit;
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void views(int count) {
        services.tx.run(() -> {
            for (int i = 0; i < count; i++) {
                services.auditTrail.record(i % 2 == 0 ? AuditKind.VIEW : AuditKind.PRINT, AuditTrail.CADRE, RECORD, "张三",
                        null, null, "核查");
            }
        });
    }

    private long exports() {
        return audit.count(AuditFilter.ANY.withKinds(AuditKind.EXPORT));
    }

    /** The service with small caps: {@code exportCap} for Excel, {@code pdfCap} for PDF. */
    private AuditService withCaps(int exportCap, int pdfCap) {
        return new AuditService(services.tx, new AuditRepository(services.tx), services.stamps, services.access,
                services.auditTrail, services.setup, TestServices::auditLogReport, exportCap, pdfCap);
    }

    @Test
    void exportableIsEveryMatchingEventOldestFirstAcrossPages() {
        views(2 * AuditService.MAX_PAGE + 345);

        List<AuditEvent> all = audit.exportable(AuditFilter.ANY);
        List<AuditEvent> prints = audit.exportable(AuditFilter.ANY.withKinds(AuditKind.PRINT));

        assertThat(all).hasSize(2345);
        assertThat(all).extracting(AuditEvent::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(0).sequence()).isEqualTo(1);
        assertThat(prints).hasSize(1172).allSatisfy(e -> assertThat(e.kind()).isEqualTo(AuditKind.PRINT));
        assertThat(prints).extracting(AuditEvent::sequence).isSorted();
    }

    @Test
    void eventsAppendedWhileExportingAreLeftOut() {
        views(1500);
        List<Integer> pageSizes = new ArrayList<>();

        long handedOver = audit.forEachExportable(AuditFilter.ANY, page -> {
            pageSizes.add(page.size());
            if (pageSizes.size() == 1) {
                views(10);
            }
        });

        assertThat(handedOver).isEqualTo(1500);
        assertThat(pageSizes).containsExactly(1000, 500);
        assertThat(audit.count(AuditFilter.ANY)).isEqualTo(1510);
    }

    @Test
    void tooManyEventsAreRefusedBeforeAnythingIsWritten() {
        views(6);
        AuditService capped = withCaps(5, 2);
        Path xlsx = dir.resolve("log.xlsx");
        Path pdf = dir.resolve("log.pdf");

        assertThatThrownBy(() -> capped.exportable(AuditFilter.ANY)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.audit.tooManyToExport");
            assertThat(e.args()).containsExactly(6L, 5);
        });
        assertThatThrownBy(() -> new AuditExcelExport(capped).export(AuditFilter.ANY, Locale.CHINA, null, xlsx))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.audit.tooManyToExport"));
        assertThatThrownBy(() -> capped.exportPdf(AuditFilter.ANY.withKinds(AuditKind.VIEW), Locale.CHINA, null, pdf))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.audit.tooManyForPdf"));
        assertThat(new Messages(Locale.CHINA).get("error.audit.tooManyToExport", 6L, 5))
                .isEqualTo("符合条件的审计记录有 6 条，一次最多导出 5 条：请缩小筛选范围（用户、操作或日期）");

        assertThat(xlsx).doesNotExist();
        assertThat(pdf).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(exports()).isZero();
        // a narrower filter is within the cap
        assertThat(capped.exportable(AuditFilter.ANY.withKinds(AuditKind.PRINT))).hasSize(3);
    }

    private List<Path> leftovers() {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFirstDayAfterTheLastIsRefused() {
        AuditFilter reversed = AuditFilter.ANY.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> audit.exportInfo(reversed, Locale.CHINA)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.audit.datesReversed"));
        assertThatThrownBy(() -> audit.exportable(reversed)).isInstanceOf(ServiceException.class);
    }

    @Test
    void describesTheFilterInWords() {
        AuditFilter filter = AuditFilter.ANY.withActor("inspector").withKinds(AuditKind.PRINT, AuditKind.VIEW)
                .between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 26));

        assertThat(audit.describe(filter, Locale.CHINA)).isEqualTo("用户：inspector；操作：查阅、打印；日期：2026-01-01 至 2026-11-26");
        assertThat(audit.describe(filter, Locale.ENGLISH))
                .isEqualTo("User: inspector; Actions: View, Print; Dates: 2026-01-01 to 2026-11-26");
        assertThat(audit.describe(AuditFilter.ANY, Locale.CHINA)).isEqualTo("全部（不限用户、记录、操作和日期）");
        assertThat(audit.describe(AuditFilter.ANY.between(LocalDate.of(2026, 3, 1), null), Locale.CHINA))
                .isEqualTo("日期：2026-03-01 起");
        assertThat(audit.describe(AuditFilter.ANY.between(null, LocalDate.of(2026, 3, 1)), Locale.CHINA))
                .isEqualTo("日期：至 2026-03-01");
    }

    @Test
    void aRecordIsDescribedByTheNewestEventAboutIt() {
        views(1);
        assertThat(audit.describe(AuditFilter.ANY.withRecordId(RECORD), Locale.CHINA)).isEqualTo("记录：张三（干部档案）");
        UUID unknown = UUID.randomUUID();
        assertThat(audit.describe(AuditFilter.ANY.withRecordId(unknown), Locale.CHINA)).isEqualTo("记录：" + unknown);
    }

    @Test
    void aPdfExportWritesTheFileAndRecordsItsEvent() throws Exception {
        services.setUpBureau();
        views(3);
        Path pdf = dir.resolve("审计 日志.pdf");
        AuditFilter filter = AuditFilter.ANY.withActor(TestServices.USER).withKinds(AuditKind.VIEW, AuditKind.PRINT)
                .between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        ExportResult result = audit.exportPdf(filter, Locale.CHINA, "年度检查", pdf);

        assertThat(result).isEqualTo(new ExportResult(pdf.toAbsolutePath(), 3));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(leftovers()).isEmpty();
        AuditEvent export = audit.find(AuditFilter.ANY.withKinds(AuditKind.EXPORT), 0, 10).get(0);
        assertThat(export.purpose()).isEqualTo("年度检查");
        assertThat(export.recordType()).isEqualTo("audit_log");
        assertThat(export.after()).isEqualTo("{\"events\":3,\"filter\":{\"actor\":\"" + TestServices.USER
                + "\",\"from\":\"2025-01-01\",\"kinds\":[\"VIEW\",\"PRINT\"],\"to\":\"2025-12-31\"},\"format\":\"pdf\"}");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aFolderThatDoesNotExistLeavesNoFileAndNoEvent() {
        views(3);
        Path missing = dir.resolve("no-such-folder");

        for (ThrowingCallable export : List.<ThrowingCallable>of(
                () -> audit.exportPdf(AuditFilter.ANY, Locale.CHINA, null, missing.resolve("a.pdf")),
                () -> new AuditExcelExport(audit).export(AuditFilter.ANY, Locale.CHINA, null, missing.resolve("a.xlsx")))) {
            assertThatThrownBy(export).isInstanceOfSatisfying(ServiceException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.file.noFolder"));
        }
        assertThat(missing).doesNotExist();
        assertThat(exports()).isZero();
    }

    @Test
    void aFailedRecordingLeavesNoFile() {
        views(3);
        Path pdf = dir.resolve("log.pdf");
        String tooLong = "因".repeat(AuditTrail.MAX_PURPOSE + 1);

        assertThatThrownBy(() -> audit.exportPdf(AuditFilter.ANY, Locale.CHINA, tooLong, pdf))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.audit.purposeTooLong"));
        assertThat(pdf).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(exports()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUB_BUREAU_CLERK", "LEADER"})
    void clerksAndLeadersMayNeitherViewNorExportTheAuditLog(Role role) {
        OrgUnit bureau = services.setUpBureau();
        views(3);
        services.actAs(role, role == Role.SUB_BUREAU_CLERK ? bureau.id() : null, null);
        Path pdf = dir.resolve("log.pdf");
        Path xlsx = dir.resolve("log.xlsx");

        List<ThrowingCallable> uses = List.of(
                () -> audit.find(AuditFilter.ANY, 0, 10),
                () -> audit.count(AuditFilter.ANY),
                audit::verify,
                () -> audit.exportable(AuditFilter.ANY),
                () -> audit.exportInfo(AuditFilter.ANY, Locale.CHINA),
                () -> audit.describe(AuditFilter.ANY, Locale.CHINA),
                () -> audit.recordExport(AuditFilter.ANY, ExportFormat.PDF, 0, null),
                () -> audit.exportPdf(AuditFilter.ANY, Locale.CHINA, null, pdf),
                () -> new AuditExcelExport(audit).export(AuditFilter.ANY, Locale.CHINA, null, xlsx));
        for (ThrowingCallable use : uses) {
            assertThatThrownBy(use).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.access.denied"));
        }
        assertThat(pdf).doesNotExist();
        assertThat(xlsx).doesNotExist();
        services.actAs(Role.INSPECTOR, null, null);
        assertThat(exports()).isZero();
    }

    @Test
    void anAdministratorMayExportTheAuditLog() {
        services.setUpBureau();
        views(2);
        services.actAs(Role.SYSTEM_ADMIN, null, null);

        ExportResult result = new AuditExcelExport(audit).export(AuditFilter.ANY, Locale.CHINA, null, dir.resolve("a.xlsx"));

        assertThat(result.events()).isEqualTo(3);
        assertThat(exports()).isEqualTo(1);
    }

    @Test
    void everyRecordTypeTheTrailWritesHasALabel() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : AuditTrail.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(AuditRecordType.ofCode(code)).as(code).isPresent());
        assertThat(Arrays.stream(AuditRecordType.values()).map(AuditRecordType::code)).containsExactlyInAnyOrderElementsOf(codes);
    }
}

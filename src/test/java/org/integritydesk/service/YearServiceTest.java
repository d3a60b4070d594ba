package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.ClosedYear;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.RecordStamp;
import org.integritydesk.model.Role;
import org.integritydesk.model.YearState;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.ClosedYearRepository;
import org.integritydesk.store.DuplicateKeyException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing and reopening years, the guard, and archives opened read-only (TestServices: today is 2025-03-15). */
class YearServiceTest {
    private static final String LI_SI_ID = IdNumbers.of("360821", "19850314", "019");
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    @TempDir Path temp;
    private TestServices services;
    private YearService years;
    private OrgUnit chengguan;

    @BeforeEach
    void open() {
        services = TestServices.open(temp.resolve("data"));
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(LI_SI_ID).build());
        years = services.years;
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String describe(Throwable e) {
        return new ErrorDescriber(messages).describe(e);
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(years.archiveFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(years.archiveFolder())) {
            return files.sorted().toList();
        }
    }

    private List<AuditEvent> events(AuditKind kind) {
        return services.audit.find(AuditFilter.ANY.withKinds(kind), 0, 100);
    }

    @Test
    void closingWritesTheArchiveThenRecordsTheClose() throws Exception {
        ClosedYear closed = years.close(2024);

        assertThat(archives()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo("integrity-desk-2024-closed-2025-03-15T10-00-00.idarchive")
                    .isEqualTo(closed.archiveFile());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
                    .isEqualTo(closed.archiveSha256());
        });
        assertThat(closed.closedBy()).isEqualTo(TestServices.USER);
        assertThat(closed.closedAt()).isEqualTo(TestServices.NOW);
        assertThat(years.list()).filteredOn(y -> y.year() == 2024).singleElement()
                .satisfies(y -> assertThat(y.state()).isEqualTo(YearState.CLOSED));
        assertThat(years.list()).extracting(YearStatus::year).containsExactly(2025, 2024, 2023, 2022);
        assertThat(events(AuditKind.YEAR_CLOSE)).singleElement().satisfies(e -> {
            assertThat(e.recordType()).isEqualTo("closed_year");
            assertThat(e.recordId()).isEqualTo(closed.id());
            assertThat(e.after()).contains(YearService.inBlocks(closed.archiveSha256()), closed.archiveFile());
        });
    }

    @Test
    void aFutureYearOrAClosedOneCannotBeClosed() throws IOException {
        assertThatThrownBy(() -> years.close(2026)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(describe(e)).isEqualTo("2026 年度尚未到来，不能归档"));
        years.close(2024);
        assertThatThrownBy(() -> years.close(2024)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(describe(e)).isEqualTo("2024 年度已经归档"));
        assertThatThrownBy(() -> years.close(1999)).isInstanceOf(ValidationException.class);
        assertThat(archives()).hasSize(1);
        assertThat(events(AuditKind.YEAR_CLOSE)).hasSize(1);
    }

    @Test
    void theDatabaseHoldsAtMostOneStandingClosePerYear() {
        ClosedYear closed = years.close(2024);
        ClosedYearRepository repository = new ClosedYearRepository(services.tx);
        ClosedYear second = new ClosedYear(UUID.randomUUID(), 2024, TestServices.NOW, "另一台电脑", "x.idarchive",
                closed.archiveSha256(), null, null, null, RecordStamp.NEW);

        assertThatThrownBy(() -> services.tx.run(() -> repository.insert(second, services.stamps.next())))
                .isInstanceOf(DuplicateKeyException.class);

        years.reopen(2024, "更正");
        services.tx.run(() -> repository.insert(second, services.stamps.next()));
        assertThat(services.tx.read(() -> repository.isClosed(2024))).isTrue();
    }

    @Test
    void theCurrentYearMayBeClosed() {
        assertThat(years.close(2025).year()).isEqualTo(2025);
    }

    @Test
    void reopeningNeedsAReasonAndKeepsTheHistory() {
        ClosedYear first = years.close(2024);
        assertThatThrownBy(() -> years.reopen(2024, "  ")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(describe(e)).contains("原因"));
        assertThatThrownBy(() -> years.reopen(2023, "更正")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(describe(e)).isEqualTo("2023 年度没有归档，无需重新开放"));

        ClosedYear reopened = years.reopen(2024, " 补录漏报的谈话记录 ");

        assertThat(reopened.id()).isEqualTo(first.id());
        assertThat(reopened.reopenReason()).isEqualTo("补录漏报的谈话记录");
        assertThat(reopened.reopenedBy()).isEqualTo(TestServices.USER);
        assertThat(events(AuditKind.YEAR_REOPEN)).singleElement()
                .satisfies(e -> assertThat(e.purpose()).isEqualTo("补录漏报的谈话记录"));
        YearStatus status = years.list().stream().filter(y -> y.year() == 2024).findFirst().orElseThrow();
        assertThat(status.state()).isEqualTo(YearState.REOPENED);

        years.close(2024);
        status = years.list().stream().filter(y -> y.year() == 2024).findFirst().orElseThrow();
        assertThat(status.state()).isEqualTo(YearState.CLOSED);
        assertThat(status.history()).hasSize(2);
        assertThat(status.history().get(1).reopenReason()).isEqualTo("补录漏报的谈话记录");
    }

    @Test
    void theGuardRefusesChangesInAClosedYearOnly() {
        years.close(2024);
        ClosedYears guard = services.closedYears;

        assertThatThrownBy(() -> services.tx.run(() -> guard.requireOpen(LocalDate.of(2024, 12, 31))))
                .isInstanceOf(YearClosedException.class)
                .satisfies(e -> assertThat(describe(e)).isEqualTo("2024 年度已归档，不能修改"))
                .satisfies(e -> assertThat(((YearClosedException) e).year()).isEqualTo(2024));
        assertThatThrownBy(() -> services.tx.run(() -> guard.requireOpen(2024))).isInstanceOf(YearClosedException.class);
        services.tx.run(() -> {
            guard.requireOpen(LocalDate.of(2025, 1, 1));
            guard.requireOpen(2023);
            guard.requireOpen((LocalDate) null);
        });

        years.reopen(2024, "更正");
        services.tx.run(() -> guard.requireOpen(2024));
        assertThat(services.tx.read(() -> guard.isClosed(2024))).isFalse();
    }

    @Test
    void onlyAnInspectorClosesAndReopens() throws IOException {
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.SUB_BUREAU_CLERK)) {
            services.actAs(role, role == Role.SUB_BUREAU_CLERK ? chengguan.id() : null, null);
            assertThatThrownBy(() -> years.close(2024)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        services.actAs(Role.INSPECTOR, null, null);
        years.close(2024);
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThatThrownBy(() -> years.reopen(2024, "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(years.list()).isNotEmpty();
        assertThatThrownBy(() -> years.open(years.archiveFolder().resolve(archives().get(0).getFileName())))
                .isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.LEADER, null, null);
        assertThatThrownBy(() -> years.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenTheArchiveCannotBeWrittenTheYearStaysOpen() throws IOException {
        Files.createDirectories(years.archiveFolder().getParent());
        Files.writeString(years.archiveFolder(), "a file where the folder should be");

        assertThatThrownBy(() -> years.close(2024)).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(describe(e)).contains("无法写入", "archives"));

        assertThat(years.list()).allSatisfy(y -> assertThat(y.state()).isEqualTo(YearState.OPEN));
        assertThat(events(AuditKind.YEAR_CLOSE)).isEmpty();
    }

    @Test
    void anArchiveOpensReadOnlyWithItsCadresAndIsRecordedAsViewed() {
        ClosedYear closed = years.close(2024);
        // changes after the close are not in the archive
        services.cadres.create(draft(chengguan.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .workStartDate(LocalDate.of(2012, 9, 1)).build());
        Path file = years.archiveFolder().resolve(closed.archiveFile());

        try (OpenedArchive archive = years.open(file)) {
            assertThat(archive.cadres()).extracting(CadreSummary::name).containsExactly("李四");
            assertThat(archive.summary().year()).isEqualTo(2024);
            assertThat(archive.summary().createdBy()).isEqualTo(TestServices.USER);
            assertThat(archive.summary().rows("CADRE")).isEqualTo(1);
        }
        assertThat(events(AuditKind.VIEW)).filteredOn(e -> "year_archive".equals(e.recordType())).hasSize(1);
    }

    @Test
    void verifyReportsTheHeaderAndRowCounts() {
        ClosedYear closed = years.close(2024);

        ArchiveSummary summary = years.verify(years.archiveFolder().resolve(closed.archiveFile()));

        assertThat(summary.year()).isEqualTo(2024);
        assertThat(summary.createdAt()).isEqualTo(TestServices.NOW);
        assertThat(summary.schemaVersion()).isEqualTo(org.integritydesk.testing.Migrations.latestVersion());
        assertThat(summary.appVersion()).isEqualTo("test");
        assertThat(summary.rows("CADRE")).isEqualTo(1);
        assertThat(summary.rows("ORG_UNIT")).isEqualTo(2);
        // the archive was written before the close was recorded
        assertThat(summary.rows("CLOSED_YEAR")).isZero();
    }
}

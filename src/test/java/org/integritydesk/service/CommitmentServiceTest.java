package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreStatus;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.RawSql;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentServiceTest {
    @TempDir
    Path dir;

    private TestServices services;
    private CommitmentService commitments;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre liSi;
    private Cadre wangWu;
    private Cadre retired;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        commitments = services.commitments;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
        retired = services.cadres.create(draft(chengguan.id()).name("赵六").idNumber(IdNumbers.of("360821", "19620101", "033"))
                .position("科员").status(CadreStatus.RETIRED).workStartDate(LocalDate.of(1982, 9, 1))
                .appointmentDate(null).build());
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private AuditEvent lastEvent() {
        return services.audit.find(AuditFilter.ANY, 0, 1).get(0);
    }

    @Test
    void generatesOnePerActiveCadreAndAgainOnlyTheMissingOnes() {
        CommitmentService.Generated first = commitments.generate(chengguan.id(), 2025);
        assertThat(first).isEqualTo(new CommitmentService.Generated(1, 0));
        assertThat(lastEvent().kind()).isEqualTo(AuditKind.CREATE);
        assertThat(lastEvent().after()).contains("\"added\":1");

        CommitmentService.Generated second = commitments.generate(bureau.id(), 2025);

        assertThat(second).isEqualTo(new CommitmentService.Generated(1, 1));
        assertThat(commitments.list(2025)).extracting(CommitmentSummary::cadreName).containsExactly("李四", "王五");
        assertThat(commitments.generate(bureau.id(), 2025)).isEqualTo(new CommitmentService.Generated(0, 2));
        assertThat(commitments.list(2025)).hasSize(2);
    }

    @Test
    void refusesASecondCommitmentOfTheSameYearWithAClearMessage() {
        commitments.create(liSi.id(), 2025);
        long before = services.audit.count(AuditFilter.ANY);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> commitments.create(liSi.id(), 2025));

        assertThat(e.errors()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("validation.commitment.exists");
            assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).of(f)).isEqualTo("李四 已有 2025 年度的廉政承诺书，每人每年只有一份");
        });
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(before);
        assertThat(commitments.create(liSi.id(), 2026).year()).isEqualTo(2026);
    }

    @Test
    void theDatabaseHoldsOnePerCadreAndYearToo() {
        Commitment m = commitments.create(liSi.id(), 2025);

        assertThatThrownBy(() -> RawSql.execute(services.database, "INSERT INTO integrity_commitment (id, cadre_id,"
                + " unit_id, commitment_year, created_at, updated_at, updated_by, origin_unit, version) VALUES"
                + " ('" + java.util.UUID.randomUUID() + "', '" + m.cadreId() + "', '" + m.unitId() + "', 2025, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 'x', 'x', 1)")).satisfies(e -> assertThat(e.getMessage())
                        .containsIgnoringCase("UQ_INTEGRITY_COMMITMENT_CADRE_YEAR"));
    }

    @Test
    void recordsTheSigningDateAndListsWhoHasNotSigned() {
        commitments.generate(bureau.id(), 2025);
        CommitmentSummary li = commitments.list(2025).get(0);

        Commitment signed = commitments.recordSigning(li.id(), li.version(), LocalDate.of(2025, 1, 8), "当面签署");

        assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(commitments.list(2025).stream().filter(m -> !m.isSigned()).map(CommitmentSummary::cadreName))
                .containsExactly("王五");
        assertThat(lastEvent().kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(services.cadres.openFile(liSi.id()).entries(FileSection.COMMITMENTS))
                .containsExactly(new SectionEntry(LocalDate.of(2025, 1, 8), "2025年度廉政承诺书", "已签署"));
    }

    @Test
    void refusesASigningDateOutsideTheYearOrOverANewerVersion() {
        Commitment m = commitments.create(liSi.id(), 2025);

        assertThatThrownBy(() -> commitments.recordSigning(m.id(), m.version(), LocalDate.of(2024, 6, 1), null))
                .isInstanceOf(ValidationException.class);
        commitments.recordSigning(m.id(), m.version(), LocalDate.of(2025, 1, 8), null);
        assertThatThrownBy(() -> commitments.recordSigning(m.id(), m.version(), LocalDate.of(2025, 2, 8), null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(commitments.list(2025).get(0).signedOn()).isEqualTo(LocalDate.of(2025, 1, 8));
    }

    @Test
    void generatingAgainBringsBackADeletedCommitmentUnsigned() {
        Commitment m = commitments.create(liSi.id(), 2025);
        Commitment signed = commitments.recordSigning(m.id(), m.version(), LocalDate.of(2025, 1, 8), null);
        commitments.delete(signed.id(), signed.version());
        assertThat(commitments.list(2025)).isEmpty();

        assertThat(commitments.generate(chengguan.id(), 2025)).isEqualTo(new CommitmentService.Generated(1, 0));

        assertThat(commitments.list(2025)).singleElement().satisfies(back -> {
            assertThat(back.id()).isEqualTo(m.id());
            assertThat(back.signedOn()).isNull();
        });
    }

    @Test
    void aClerkGeneratesAndSeesOnlyTheirUnit() {
        commitments.generate(bureau.id(), 2025);
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);

        assertThat(commitments.list(2025)).extracting(CommitmentSummary::cadreName).containsExactly("李四");
        assertThatThrownBy(() -> commitments.generate(dunhou.id(), 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.generate(bureau.id(), 2026)).isInstanceOf(AccessDeniedException.class);
        assertThat(commitments.generate(chengguan.id(), 2026)).isEqualTo(new CommitmentService.Generated(1, 0));
    }

    @Test
    void aLeaderReadsAndPrintsButCannotChange() {
        commitments.generate(bureau.id(), 2025);
        services.actAs(Role.LEADER, null, null);
        CommitmentSummary li = commitments.list(2025).get(0);

        assertThatThrownBy(() -> commitments.recordSigning(li.id(), li.version(), LocalDate.of(2025, 1, 8), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.generate(bureau.id(), 2026)).isInstanceOf(AccessDeniedException.class);
        assertThat(commitments.print(new CommitmentService.Selection.ByYear(2025, null), Locale.SIMPLIFIED_CHINESE,
                null, ProgressListener.NONE, () -> false).pageCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void printsAUnitsCommitmentsWithProgressAndOneCadresByIdNumber() {
        commitments.generate(bureau.id(), 2025);
        java.util.List<Long> progress = new java.util.ArrayList<>();

        PrintableDocument unit = commitments.print(new CommitmentService.Selection.ByYear(2025, "36082101"),
                Locale.SIMPLIFIED_CHINESE, "签署", (done, total) -> progress.add(done), () -> false);
        PrintableDocument one = commitments.print(new CommitmentService.Selection.ByCadre(wangWu.idNumber().value(), 2025),
                Locale.SIMPLIFIED_CHINESE, null, ProgressListener.NONE, () -> false);

        assertThat(progress).containsExactly(1L);
        assertThat(unit.pageCount()).isPositive();
        assertThat(one.pageCount()).isPositive();
        assertThat(lastEvent().kind()).isEqualTo(AuditKind.PRINT);
        assertThat(lastEvent().recordLabel()).isEqualTo("王五 2025");
        assertThatThrownBy(() -> commitments.print(new CommitmentService.Selection.ByCadre(liSi.idNumber().value(), 2024),
                Locale.SIMPLIFIED_CHINESE, null, ProgressListener.NONE, () -> false))
                .isInstanceOf(ServiceException.class).hasMessageContaining("error.commitment.noneForCadre");
    }

    @Test
    void refusesAYearOutOfRange() {
        assertThatThrownBy(() -> commitments.generate(bureau.id(), 1999)).isInstanceOf(ValidationException.class);
        assertThat(commitments.list(1999)).isEmpty();
    }

    @Test
    void aClosedYearRefusesEveryChangeToItsCommitmentsUntilReopened() {
        Commitment old = commitments.create(liSi.id(), 2024);
        commitments.create(liSi.id(), 2025);
        services.years.close(2024);
        long eventsAfterClose = services.audit.count(AuditFilter.ANY);

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> commitments.generate(bureau.id(), 2024),
                () -> commitments.create(wangWu.id(), 2024),
                () -> commitments.recordSigning(old.id(), old.version(), LocalDate.of(2024, 1, 10), "补签"),
                () -> commitments.delete(old.id(), old.version()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(commitments.list(2024)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(old.id());
            assertThat(m.signedOn()).isNull();
            assertThat(m.version()).isEqualTo(old.version());
        });
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(eventsAfterClose);
        // the open year next to it still takes changes
        assertThat(commitments.generate(bureau.id(), 2025)).isEqualTo(new CommitmentService.Generated(1, 1));

        services.years.reopen(2024, "补录承诺书签订日期");
        Commitment signed = commitments.recordSigning(old.id(), old.version(), LocalDate.of(2024, 1, 10), "补签");
        assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(commitments.generate(bureau.id(), 2024)).isEqualTo(new CommitmentService.Generated(1, 1));
        commitments.delete(signed.id(), signed.version());
        assertThat(commitments.list(2024)).extracting(CommitmentSummary::cadreName).containsExactly("王五");
    }
}

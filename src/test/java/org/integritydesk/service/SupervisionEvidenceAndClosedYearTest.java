package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.integritydesk.model.Attachment;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.Role;
import org.integritydesk.model.SupervisionVisit;
import org.integritydesk.model.VisitDraft;
import org.integritydesk.model.VisitFinding;
import org.integritydesk.model.VisitKind;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence photos on visit findings (kept under the finding's ledger item) and the closed-year guard
 * of visits and ledger items (docs/decisions/0010-rectification-closed-years.md).
 */
class SupervisionEvidenceAndClosedYearTest {
    private static final LocalDate TODAY = TestServices.TODAY;
    private static final LocalDate LAST_YEAR = LocalDate.of(2024, 11, 20);
    private static final String OWNER = SupervisionService.FINDING_OWNER_TYPE;

    @TempDir
    Path dir;

    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Cadre liSi;
    private Path photo;

    @BeforeEach
    void open() throws Exception {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).build());
        photo = Files.write(Files.createDirectories(dir.resolve("现场 照片")).resolve("窗口 照片.jpg"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4});
    }

    @AfterEach
    void close() {
        services.close();
    }

    private VisitDraft visitOn(LocalDate date, OrgUnit unit) {
        return new VisitDraft(date, VisitKind.UNANNOUNCED, unit.id(), MonitoringGroup.CONDUCT, "王芳、刘静", "张建国", null,
                List.of(VisitFinding.problem(InspectionArea.CIVIL_SERVICE, "窗口人员态度生硬", null,
                        ProblemSeverity.MINOR_VIOLATION, "开展文明服务培训", date.plusDays(14))));
    }

    private static UUID findingOf(SupervisionVisit visit) {
        return visit.findings().get(0).rectificationId();
    }

    private RectificationDraft itemOn(LocalDate found) {
        return new RectificationDraft(ProblemSource.COMPLAINT, chengguan.id(), null, ProblemCategory.INTEGRITY,
                ProblemSeverity.TENDENCY, ProblemResponse.WARNING_EDUCATION, "群众举报吃拿卡要", found, "诫勉谈话",
                chengguan.id(), "张建国", found.plusDays(30), null);
    }

    @Test
    void aFindingsEvidenceIsSeenByWhoeverSeesTheVisitAndChangedOnlyByWhoMayChangeIt() {
        SupervisionVisit visit = services.supervision.create(visitOn(TODAY.minusDays(1), chengguan));
        Attachment added = services.attachments.add(OWNER, findingOf(visit), photo);
        assertThat(added.originalName()).isEqualTo("窗口 照片.jpg");

        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);
        assertThat(services.attachments.list(OWNER, findingOf(visit))).hasSize(1);
        services.actAs(Role.LEADER, null, null);
        assertThat(services.attachments.list(OWNER, findingOf(visit))).hasSize(1);
        assertThatThrownBy(() -> services.attachments.add(OWNER, findingOf(visit), photo))
                .isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);
        assertThatThrownBy(() -> services.attachments.list(OWNER, findingOf(visit)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.attachments.add(OWNER, findingOf(visit), photo))
                .isInstanceOf(AccessDeniedException.class);
        services.actAs(Role.INSPECTOR, null, null);
        assertThat(services.attachments.list(OWNER, findingOf(visit))).hasSize(1);
    }

    @Test
    void aLedgerItemNotFoundOnAVisitHasNoFindingEvidence() {
        Rectification item = services.rectifications.create(itemOn(TODAY));
        assertThatThrownBy(() -> services.attachments.add(OWNER, item.id(), photo))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.visit.noSuchFinding"));
    }

    @Test
    void aClosedYearRefusesChangesToItsVisitsAndTheirEvidence() {
        SupervisionVisit old = services.supervision.create(visitOn(LAST_YEAR, chengguan));
        services.years.close(2024);
        long events = services.audit.count(AuditFilter.ANY);

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> services.supervision.create(visitOn(LAST_YEAR.minusDays(3), chengguan)),
                () -> services.supervision.update(old.id(), old.version(), visitOn(LAST_YEAR, futan)),
                () -> services.supervision.update(old.id(), old.version(), visitOn(TODAY, chengguan)),
                () -> services.supervision.delete(old.id(), old.version()),
                () -> services.attachments.add(OWNER, findingOf(old), photo));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(services.attachments.list(OWNER, findingOf(old))).isEmpty();
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(events);
        assertThat(services.supervision.create(visitOn(TODAY, chengguan)).number()).isEqualTo("JC-2025-001");
    }

    @Test
    void aClosedYearRefusesAddingEditingAndDeletingItsItemsButLetsTheirRectificationGoOn() {
        Rectification old = services.rectifications.create(itemOn(LAST_YEAR));
        Rectification current = services.rectifications.create(itemOn(TODAY));
        services.years.close(2024);
        long events = services.audit.count(AuditFilter.ANY);

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> services.rectifications.create(itemOn(LAST_YEAR.minusDays(1))),
                () -> services.rectifications.update(old.id(), old.version(), itemOn(LAST_YEAR)),
                () -> services.rectifications.update(old.id(), old.version(), itemOn(TODAY)),
                () -> services.rectifications.update(current.id(), current.version(), itemOn(LAST_YEAR)),
                () -> services.rectifications.delete(old.id(), old.version()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(events);

        Rectification started = services.rectifications.step(old.id(), old.version(), RectificationStep.START, null);
        Rectification rectified = services.rectifications.step(started.id(), started.version(),
                RectificationStep.MARK_RECTIFIED, "已整改");
        services.actAs(Role.INSPECTOR, null, null, "inspector2");
        Rectification verified = services.rectifications.step(rectified.id(), rectified.version(),
                RectificationStep.VERIFY, "复查到位");
        assertThat(verified.status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(verified.verifiedOn()).isEqualTo(TODAY);
        Rectification reopened = services.rectifications.step(verified.id(), verified.version(),
                RectificationStep.REOPEN, "问题反复");
        assertThat(reopened.status()).isEqualTo(RectificationStatus.REOPENED);
        assertThat(reopened.foundOn()).isEqualTo(LAST_YEAR);
    }
}

package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreFile;
import org.integritydesk.model.DueState;
import org.integritydesk.model.FieldError;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.LedgerFilter;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.RectificationDraft;
import org.integritydesk.model.RectificationEvent;
import org.integritydesk.model.RectificationStatus;
import org.integritydesk.model.RectificationStep;
import org.integritydesk.model.Role;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RectificationServiceTest {
    private static final LocalDate TODAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private TestServices services;
    private RectificationService ledger;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Cadre liSi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        ledger = services.rectifications;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private RectificationDraft item(OrgUnit unit, LocalDate found, LocalDate deadline) {
        return new RectificationDraft(ProblemSource.SELF_INSPECTION, unit.id(), null, ProblemCategory.WORK_EFFICIENCY,
                ProblemSeverity.MINOR_VIOLATION, ProblemResponse.TALK_EDUCATION, "窗口人员上班迟到", found,
                "严格考勤，每周通报", unit.id(), "李明", deadline, null);
    }

    private List<AuditEvent> events(UUID recordId) {
        return services.audit.exportable(AuditFilter.ANY).stream().filter(e -> recordId.equals(e.recordId())).toList();
    }

    @Test
    void createsAnOpenItemWithANumberHistoryAndAuditEvent() {
        Rectification created = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));

        assertThat(created.number()).isEqualTo("ZG-2025-0001");
        assertThat(created.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(created.unitName()).isEqualTo("城关分局");
        assertThat(ledger.history(created.id())).extracting(RectificationEvent::what)
                .containsExactly(RectificationEvent.CREATED);
        assertThat(events(created.id())).extracting(AuditEvent::kind).containsExactly(AuditKind.CREATE);
        assertThat(ledger.create(item(futan, TODAY, TODAY)).number()).isEqualTo("ZG-2025-0002");
    }

    @Test
    void refusesADeadlineBeforeTheFindingAndSavesNothing() {
        var before = services.fingerprint();
        assertThatThrownBy(() -> ledger.create(item(chengguan, TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.rectification.deadlineBeforeFound"));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void movesThroughTheStatusesAndDatesEveryChange() {
        Rectification r = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));
        services.actAs(Role.INSPECTOR, null, null, "wangfang");
        r = ledger.step(r.id(), r.version(), RectificationStep.START, null);
        r = ledger.step(r.id(), r.version(), RectificationStep.MARK_RECTIFIED, "已建立考勤台账");
        assertThat(r.rectifiedBy()).isEqualTo("wangfang");
        assertThat(r.rectifiedOn()).isEqualTo(TODAY);
        services.actAs(Role.INSPECTOR, null, null, "liujing");
        r = ledger.step(r.id(), r.version(), RectificationStep.VERIFY, "复查合格，予以销号");

        assertThat(r.status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(r.verifiedBy()).isEqualTo("liujing");
        assertThat(r.verificationNote()).isEqualTo("复查合格，予以销号");
        assertThat(r.rectifiedOnTime()).isTrue();
        assertThat(ledger.history(r.id())).extracting(RectificationEvent::toStatus).containsExactly(
                RectificationStatus.OPEN, RectificationStatus.RECTIFYING, RectificationStatus.RECTIFIED,
                RectificationStatus.VERIFIED);
        assertThat(ledger.history(r.id())).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThat(events(r.id())).extracting(AuditEvent::kind).containsExactly(AuditKind.CREATE,
                AuditKind.STATUS_CHANGE, AuditKind.STATUS_CHANGE, AuditKind.STATUS_CHANGE);
    }

    @Test
    void refusesVerificationByTheUserWhoMarkedItRectified() {
        Rectification r = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));
        services.actAs(Role.INSPECTOR, null, null, "wangfang");
        r = ledger.step(r.id(), r.version(), RectificationStep.START, null);
        Rectification rectified = ledger.step(r.id(), r.version(), RectificationStep.MARK_RECTIFIED, null);
        var before = services.fingerprint();

        assertThatThrownBy(() -> ledger.step(rectified.id(), rectified.version(), RectificationStep.VERIFY, "合格"))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rectification.refused.sameVerifier"));
        assertThat(services.fingerprint()).isEqualTo(before);
        assertThat(ledger.find(r.id()).status()).isEqualTo(RectificationStatus.RECTIFIED);
    }

    @Test
    void refusesAStepTheStatusDoesNotAllow() {
        Rectification r = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));
        assertThatThrownBy(() -> ledger.step(r.id(), r.version(), RectificationStep.VERIFY, "合格"))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rectification.refused.notAllowed"));
    }

    @Test
    void reopensAClosedItemWithAReasonAndClearsTheVerification() {
        Rectification r = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));
        services.actAs(Role.INSPECTOR, null, null, "a");
        r = ledger.step(r.id(), r.version(), RectificationStep.START, null);
        r = ledger.step(r.id(), r.version(), RectificationStep.MARK_RECTIFIED, null);
        services.actAs(Role.INSPECTOR, null, null, "b");
        r = ledger.step(r.id(), r.version(), RectificationStep.VERIFY, "合格");
        r = ledger.step(r.id(), r.version(), RectificationStep.REOPEN, "问题反弹");

        assertThat(r.status()).isEqualTo(RectificationStatus.REOPENED);
        assertThat(r.verifiedBy()).isNull();
        assertThat(r.rectifiedBy()).isNull();
        assertThat(ledger.step(r.id(), r.version(), RectificationStep.START, null).status())
                .isEqualTo(RectificationStatus.RECTIFYING);
    }

    @Test
    void refusesAStaleVersion() {
        Rectification r = ledger.create(item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20)));
        ledger.step(r.id(), r.version(), RectificationStep.START, null);
        assertThatThrownBy(() -> ledger.step(r.id(), r.version(), RectificationStep.START, null))
                .isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> ledger.update(r.id(), r.version(), r.draft())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void filtersOverdueDueSoonByUnitSourceAndStatus() {
        Rectification overdue = ledger.create(item(chengguan, TODAY.minusDays(30), TODAY.minusDays(1)));
        Rectification dueSoon = ledger.create(item(futan, TODAY.minusDays(2), TODAY.plusDays(7)));
        Rectification later = ledger.create(item(futan, TODAY.minusDays(2), TODAY.plusDays(8)));

        assertThat(ledger.list(new LedgerFilter(null, null, null, null, DueState.OVERDUE, false, null)))
                .extracting(Rectification::id).containsExactly(overdue.id());
        assertThat(ledger.list(new LedgerFilter(null, null, null, null, DueState.DUE_SOON, false, null)))
                .extracting(Rectification::id).containsExactly(dueSoon.id());
        assertThat(ledger.list(new LedgerFilter(null, Set.of(futan.id()), null, null, null, false, null)))
                .extracting(Rectification::id).containsExactlyInAnyOrder(dueSoon.id(), later.id());
        assertThat(ledger.list(new LedgerFilter(null, null, ProblemSource.COMPLAINT, null, null, false, null))).isEmpty();
        assertThat(ledger.list(new LedgerFilter(2025, null, ProblemSource.SELF_INSPECTION, RectificationStatus.OPEN,
                null, false, "迟到"))).hasSize(3);
    }

    @Test
    void listsAReturnVisitWhenItsDayComesUntilItIsRecorded() {
        RectificationDraft d = item(chengguan, TODAY.minusDays(60), TODAY.minusDays(30));
        RectificationDraft withVisit = new RectificationDraft(d.source(), d.unitId(), liSi.id(), d.category(),
                ProblemSeverity.RECURRING, ProblemResponse.RETURN_VISIT_EDUCATION, d.description(), d.foundOn(),
                d.measures(), d.responsibleUnitId(), d.responsiblePerson(), d.deadline(), TODAY);
        Rectification due = ledger.create(withVisit);
        LedgerFilter returnVisits = new LedgerFilter(null, null, null, null, null, true, null);
        assertThat(ledger.list(returnVisits)).extracting(Rectification::id).containsExactly(due.id());

        Rectification done = ledger.recordReturnVisit(due.id(), due.version(), "回访谈话");
        assertThat(done.returnVisitDoneOn()).isEqualTo(TODAY);
        assertThat(ledger.list(returnVisits)).isEmpty();
        assertThat(ledger.history(due.id())).extracting(RectificationEvent::what).contains(RectificationEvent.RETURN_VISIT);
    }

    @Test
    void aClerkSeesAndChangesOnlyTheirUnitsItems() {
        Rectification own = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        Rectification other = ledger.create(item(futan, TODAY, TODAY.plusDays(5)));
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk");

        assertThat(ledger.list()).extracting(Rectification::id).containsExactly(own.id());
        assertThatThrownBy(() -> ledger.step(other.id(), other.version(), RectificationStep.START, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.create(item(futan, TODAY, TODAY.plusDays(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.step(own.id(), own.version(), RectificationStep.START, null).status())
                .isEqualTo(RectificationStatus.RECTIFYING);
    }

    @Test
    void aLeaderReadsButChangesNothing() {
        Rectification r = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        services.actAs(Role.LEADER, null, null, "leader");
        assertThat(ledger.list()).hasSize(1);
        var before = services.fingerprint();
        assertThatThrownBy(() -> ledger.step(r.id(), r.version(), RectificationStep.START, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.create(item(chengguan, TODAY, TODAY.plusDays(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void editsAnOpenItemAndRefusesToEditAClosedOne() {
        Rectification r = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        RectificationDraft d = r.draft();
        RectificationDraft later = new RectificationDraft(d.source(), d.unitId(), d.cadreId(), d.category(), d.severity(),
                d.response(), d.description(), d.foundOn(), "严格考勤，每日通报", d.responsibleUnitId(),
                d.responsiblePerson(), TODAY.plusDays(10), null);
        Rectification saved = ledger.update(r.id(), r.version(), later);
        assertThat(saved.deadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(events(r.id())).extracting(AuditEvent::kind).containsExactly(AuditKind.CREATE, AuditKind.UPDATE);

        services.actAs(Role.INSPECTOR, null, null, "a");
        saved = ledger.step(saved.id(), saved.version(), RectificationStep.START, null);
        saved = ledger.step(saved.id(), saved.version(), RectificationStep.MARK_RECTIFIED, null);
        services.actAs(Role.INSPECTOR, null, null, "b");
        Rectification closed = ledger.step(saved.id(), saved.version(), RectificationStep.VERIFY, "合格");
        assertThatThrownBy(() -> ledger.update(closed.id(), closed.version(), later))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.rectification.closed"));
    }

    @Test
    void theCadresFileListsTheProblemsAttributedToThem() {
        RectificationDraft d = item(chengguan, TODAY.minusDays(3), TODAY.plusDays(20));
        ledger.create(new RectificationDraft(d.source(), d.unitId(), liSi.id(), d.category(), d.severity(), d.response(),
                "执法记录仪未开启", d.foundOn(), d.measures(), d.responsibleUnitId(), d.responsiblePerson(), d.deadline(),
                null));
        CadreFile file = services.cadres.openFile(liSi.id());
        assertThat(file.laterSections().get(FileSection.PROBLEMS)).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).contains("ZG-2025-0001", "轻微违纪");
                    assertThat(e.detail()).contains("自查自纠", "执法记录仪未开启", "待整改");
                });
    }

    @Test
    void printsTheNoticeAndTheLedgerAndAuditsEach() {
        Rectification r = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        PrintableDocument notice = ledger.printNotice(r.id(), Locale.SIMPLIFIED_CHINESE);
        PrintableDocument all = ledger.printLedger(LedgerFilter.ALL, "全部", Locale.SIMPLIFIED_CHINESE);
        assertThat(notice.pageCount()).isGreaterThanOrEqualTo(1);
        assertThat(all.pageCount()).isEqualTo(1);
        assertThat(services.audit.exportable(AuditFilter.ANY.withKinds(AuditKind.PRINT))).hasSize(2);
    }

    @Test
    void deletesOnlyAnItemNotYetStarted() {
        Rectification r = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        Rectification started = ledger.step(r.id(), r.version(), RectificationStep.START, null);
        assertThatThrownBy(() -> ledger.delete(started.id(), started.version()))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.rectification.deleteStarted"));
        Rectification other = ledger.create(item(chengguan, TODAY, TODAY.plusDays(5)));
        ledger.delete(other.id(), other.version());
        assertThat(ledger.list()).extracting(Rectification::id).containsExactly(started.id());
    }
}

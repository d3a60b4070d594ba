package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.InspectionArea;
import org.integritydesk.model.MonitoringGroup;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemCategory;
import org.integritydesk.model.ProblemResponse;
import org.integritydesk.model.ProblemSeverity;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
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

class SupervisionServiceTest {
    private static final LocalDate TODAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private TestServices services;
    private SupervisionService visits;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private Cadre liSi;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        visits = services.supervision;
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

    private VisitDraft visitWithOneProblem(OrgUnit unit) {
        return new VisitDraft(TODAY.minusDays(1), VisitKind.UNANNOUNCED, unit.id(), MonitoringGroup.CONDUCT,
                "王芳、刘静", "张建国", "上午十时到达", List.of(
                        VisitFinding.none(InspectionArea.LAWFUL_ADMINISTRATION),
                        VisitFinding.problem(InspectionArea.CIVIL_SERVICE, "窗口人员态度生硬", liSi.id(),
                                ProblemSeverity.MINOR_VIOLATION, "开展文明服务培训", TODAY.plusDays(14)),
                        VisitFinding.none(InspectionArea.INTEGRITY)));
    }

    @Test
    void eachProblemFoundBecomesALedgerItemWithItsSource() {
        SupervisionVisit visit = visits.create(visitWithOneProblem(chengguan));

        assertThat(visit.number()).isEqualTo("JC-2025-001");
        assertThat(visit.findings()).extracting(VisitFinding::area).containsExactly(
                InspectionArea.LAWFUL_ADMINISTRATION, InspectionArea.CIVIL_SERVICE, InspectionArea.INTEGRITY);
        List<Rectification> items = visits.itemsOf(visit.id());
        assertThat(items).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ProblemSource.SUPERVISION);
            assertThat(r.category()).isEqualTo(ProblemCategory.CIVIL_SERVICE);
            assertThat(r.response()).isEqualTo(ProblemResponse.TALK_EDUCATION);
            assertThat(r.cadreName()).isEqualTo("李四");
            assertThat(r.responsiblePerson()).isEqualTo("张建国");
            assertThat(r.responsibleUnitId()).isEqualTo(chengguan.id());
            assertThat(r.visitId()).isEqualTo(visit.id());
        });
        assertThat(visit.findings().get(1).itemNumber()).isEqualTo(items.get(0).number());
        assertThat(services.audit.exportable(AuditFilter.ANY.withKinds(AuditKind.CREATE)).stream()
                .map(e -> e.recordType()).toList()).contains("supervision_visit", "rectification");
    }

    @Test
    void refusesToDeleteAVisitWhoseItemsRemain() {
        SupervisionVisit visit = visits.create(visitWithOneProblem(chengguan));
        var before = services.fingerprint();
        assertThatThrownBy(() -> visits.delete(visit.id(), visit.version()))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.visit.hasItems"));
        assertThat(services.fingerprint()).isEqualTo(before);

        Rectification item = visits.itemsOf(visit.id()).get(0);
        services.rectifications.delete(item.id(), item.version());
        visits.delete(visit.id(), visits.find(visit.id()).version());
        assertThat(visits.list()).isEmpty();
    }

    @Test
    void addingAProblemOnEditMakesANewItemAndKeepsTheOld() {
        SupervisionVisit visit = visits.create(visitWithOneProblem(chengguan));
        VisitDraft d = visitWithOneProblem(chengguan);
        VisitDraft more = new VisitDraft(d.visitDate(), d.kind(), d.unitId(), d.group(), d.members(),
                d.responsiblePerson(), d.notes(), List.of(VisitFinding.none(InspectionArea.LAWFUL_ADMINISTRATION),
                        d.findings().get(1), VisitFinding.problem(InspectionArea.INTEGRITY, "接受服务对象宴请", null,
                                ProblemSeverity.TENDENCY, "退还费用，作出检讨", TODAY.plusDays(7))));
        SupervisionVisit saved = visits.update(visit.id(), visit.version(), more);
        assertThat(visits.itemsOf(saved.id())).hasSize(2);
        assertThat(saved.problemCount()).isEqualTo(2);
    }

    @Test
    void aClerkRecordsVisitsOnlyForTheirUnit() {
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null, "clerk");
        assertThatThrownBy(() -> visits.create(visitWithOneProblem(futan))).isInstanceOf(AccessDeniedException.class);
        assertThat(visits.create(visitWithOneProblem(chengguan)).unitId()).isEqualTo(chengguan.id());
    }

    @Test
    void printsOneVisitAndAYear() {
        SupervisionVisit visit = visits.create(visitWithOneProblem(chengguan));
        assertThat(visits.printRecord(visit.id(), Locale.SIMPLIFIED_CHINESE).pageCount()).isEqualTo(1);
        visits.create(visitWithOneProblem(futan));
        assertThat(visits.printYear(2025, Locale.SIMPLIFIED_CHINESE).pageCount()).isEqualTo(2);
        assertThatThrownBy(() -> visits.printYear(2019, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.visit.noneInYear"));
    }
}

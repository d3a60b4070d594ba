package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CampaignDraft;
import org.integritydesk.model.CampaignProgress;
import org.integritydesk.model.DeclarationAnswer;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.Rectification;
import org.integritydesk.model.Role;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.model.SelfInspectionRules;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfInspectionServiceTest {
    private static final LocalDate TODAY = TestServices.TODAY;

    @TempDir
    Path dir;

    private TestServices services;
    private SelfInspectionService campaigns;
    private OrgUnit bureau;
    private OrgUnit chengguan;
    private OrgUnit futan;
    private OrgUnit chengguanOffice;
    private Cadre liSi;
    private Cadre wangWu;
    private Cadre zhaoLiu;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        campaigns = services.selfInspection;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        chengguanOffice = services.subBureau(chengguan, "3608210101", "城关分局办公室");
        liSi = services.cadres.create(draft(chengguan.id()).name("李四")
                .idNumber(IdNumbers.of("360821", "19850314", "019")).build());
        wangWu = services.cadres.create(draft(chengguanOffice.id()).name("王五")
                .idNumber(IdNumbers.of("360821", "19800101", "023")).build());
        zhaoLiu = services.cadres.create(draft(futan.id()).name("赵六")
                .idNumber(IdNumbers.of("360821", "19791212", "035")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    static CampaignDraft seedCampaign(int year) {
        return new CampaignDraft("领导干部廉洁从政专项自查", year, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30),
                "对照五个方面逐项自查", SelfInspectionRules.SEED_ITEMS);
    }

    private static List<DeclarationAnswer> allNone() {
        return List.of(DeclarationAnswer.none(1), DeclarationAnswer.none(2), DeclarationAnswer.none(3),
                DeclarationAnswer.none(4), DeclarationAnswer.none(5));
    }

    private SelfInspectionDeclaration declarationOf(SelfInspectionCampaign campaign, Cadre cadre) {
        return campaigns.declarations(campaign.id()).stream().filter(d -> d.cadreId().equals(cadre.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void sendingToAUnitReachesTheCadresOfItsSubUnitsToo() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(chengguan.id()));

        assertThat(campaign.number()).isEqualTo("ZC-2025-01");
        assertThat(campaign.items()).containsExactlyElementsOf(SelfInspectionRules.SEED_ITEMS);
        assertThat(campaigns.declarations(campaign.id())).extracting(SelfInspectionDeclaration::cadreName)
                .containsExactlyInAnyOrder("李四", "王五");

        assertThat(campaigns.send(campaign.id(), List.of(bureau.id()))).isEqualTo(1);
        assertThat(campaigns.send(campaign.id(), List.of(bureau.id()))).isZero();
        assertThat(campaigns.declarations(campaign.id())).hasSize(3);
    }

    @Test
    void aDeclaredIssueBecomesALedgerItemOfSourceSelfInspectionLinkedBothWays() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration pending = declarationOf(campaign, liSi);

        SelfInspectionDeclaration declared = campaigns.declare(pending.id(), pending.version(), List.of(
                DeclarationAnswer.none(1), DeclarationAnswer.none(2), DeclarationAnswer.none(3),
                DeclarationAnswer.issue(4, "春节期间收受招商企业红包600元"), DeclarationAnswer.none(5)), TODAY);

        assertThat(declared.declaredOn()).isEqualTo(TODAY);
        DeclarationAnswer issue = declared.answers().get(3);
        assertThat(issue.rectificationId()).isNotNull();
        assertThat(issue.itemNumber()).isEqualTo("ZG-2025-0001");
        Rectification item = services.rectifications.find(issue.rectificationId());
        assertThat(item.source()).isEqualTo(ProblemSource.SELF_INSPECTION);
        assertThat(item.cadreId()).isEqualTo(liSi.id());
        assertThat(item.unitId()).isEqualTo(chengguan.id());
        assertThat(item.foundOn()).isEqualTo(TODAY);
        assertThat(item.description()).contains("以招商引资名义收受红包", "春节期间收受招商企业红包600元");
        assertThat(services.rectifications.history(item.id())).hasSize(1);
        assertThat(campaigns.declarationOfItem(item.id())).map(SelfInspectionDeclaration::id).contains(pending.id());
        assertThat(services.audit.exportable(AuditFilter.ANY).stream().map(e -> e.recordType()).toList())
                .contains("self_inspection_campaign", "self_inspection_declaration", "rectification");
    }

    @Test
    void reDeclaringKeepsTheLedgerItemAndAddsOnlyNewIssues() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration pending = declarationOf(campaign, liSi);
        SelfInspectionDeclaration first = campaigns.declare(pending.id(), pending.version(), List.of(
                DeclarationAnswer.issue(1, "为亲属企业打过招呼"), DeclarationAnswer.none(2), DeclarationAnswer.none(3),
                DeclarationAnswer.none(4), DeclarationAnswer.none(5)), TODAY);

        SelfInspectionDeclaration second = campaigns.declare(first.id(), first.version(), List.of(
                DeclarationAnswer.none(1), DeclarationAnswer.issue(2, "配偶经营个体商店"), DeclarationAnswer.none(3),
                DeclarationAnswer.none(4), DeclarationAnswer.none(5)), TODAY);

        assertThat(second.answers().get(0).rectificationId()).isEqualTo(first.answers().get(0).rectificationId());
        assertThat(second.answers().get(0).issue()).isTrue();
        assertThat(second.answers().get(1).itemNumber()).isEqualTo("ZG-2025-0002");
        assertThat(services.rectifications.list()).hasSize(2);
    }

    @Test
    void aDeclarationWithAnUnexplainedIssueOrAMissingAnswerChangesNothing() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration pending = declarationOf(campaign, liSi);
        var before = services.fingerprint();

        assertThatThrownBy(() -> campaigns.declare(pending.id(), pending.version(), List.of(DeclarationAnswer.none(1),
                DeclarationAnswer.issue(2, " "), DeclarationAnswer.none(3), DeclarationAnswer.none(4),
                DeclarationAnswer.none(5)), TODAY)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.messageKey())
                                .containsExactly("validation.selfInspection.explainIssue"));
        assertThatThrownBy(() -> campaigns.declare(pending.id(), pending.version(), allNone().subList(0, 4), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactly("validation.selfInspection.unanswered"));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void progressCountsDeclaredAndPendingPerUnit() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration li = declarationOf(campaign, liSi);
        campaigns.declare(li.id(), li.version(), allNone(), TODAY);

        List<CampaignProgress> rows = campaigns.progress(campaign.id(), "合计");

        assertThat(rows).extracting(CampaignProgress::unitName, CampaignProgress::cadres, CampaignProgress::declared,
                CampaignProgress::pending).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("城关分局", 1, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("城关分局办公室", 1, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("敦厚分局", 1, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("合计", 3, 1, 2));
    }

    @Test
    void aClerkSeesAndDeclaresOnlyInTheirUnitSubtree() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration zhao = declarationOf(campaign, zhaoLiu);
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);

        assertThat(campaigns.list()).extracting(SelfInspectionCampaign::id).containsExactly(campaign.id());
        assertThat(campaigns.declarations(campaign.id())).extracting(SelfInspectionDeclaration::cadreName)
                .containsExactlyInAnyOrder("李四", "王五");
        assertThatThrownBy(() -> campaigns.declare(zhao.id(), zhao.version(), allNone(), TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.create(seedCampaign(2025), List.of(futan.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.update(campaign.id(), campaign.version(), seedCampaign(2025)))
                .isInstanceOf(AccessDeniedException.class);
        SelfInspectionCampaign own = campaigns.create(seedCampaign(2025), List.of(chengguan.id()));
        assertThat(own.number()).isEqualTo("ZC-2025-02");

        services.actAs(Role.SUB_BUREAU_CLERK, futan.id(), null);
        assertThat(campaigns.list()).extracting(SelfInspectionCampaign::id).containsExactly(campaign.id());
    }

    @Test
    void theChecklistIsLockedOnceSomebodyDeclaredAndSuchACampaignCannotBeDeleted() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));
        SelfInspectionDeclaration li = declarationOf(campaign, liSi);
        campaigns.declare(li.id(), li.version(), allNone(), TODAY);
        CampaignDraft fewer = new CampaignDraft("领导干部廉洁从政专项自查", 2025, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 31), null, SelfInspectionRules.SEED_ITEMS.subList(0, 3));

        assertThatThrownBy(() -> campaigns.update(campaign.id(), campaign.version(), fewer))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.selfInspection.itemsLocked"));
        assertThatThrownBy(() -> campaigns.delete(campaign.id(), campaign.version()))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.selfInspection.hasDeclarations"));
        CampaignDraft longer = new CampaignDraft("领导干部廉洁从政专项自查", 2025, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 31), null, SelfInspectionRules.SEED_ITEMS);
        assertThat(campaigns.update(campaign.id(), campaign.version(), longer).endsOn()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void aClosedYearRefusesNewCampaignsChangesAndDeclarations() {
        SelfInspectionCampaign old = campaigns.create(seedCampaign(2024), List.of(bureau.id()));
        SelfInspectionDeclaration li = declarationOf(old, liSi);
        services.years.close(2024);
        long events = services.audit.count(AuditFilter.ANY);

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> campaigns.create(seedCampaign(2024), List.of(bureau.id())),
                () -> campaigns.update(old.id(), old.version(), seedCampaign(2024)),
                () -> campaigns.send(old.id(), List.of(bureau.id())),
                () -> campaigns.declare(li.id(), li.version(), allNone(), TODAY),
                () -> campaigns.delete(old.id(), old.version()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(events);
    }

    @Test
    void printsABlankFormPerCadreOfTheChosenUnitsAndASummary() {
        SelfInspectionCampaign campaign = campaigns.create(seedCampaign(2025), List.of(bureau.id()));

        PrintableDocument forms = campaigns.printForms(campaign.id(), List.of(chengguan.id()), Locale.SIMPLIFIED_CHINESE);
        PrintableDocument all = campaigns.printForms(campaign.id(), null, Locale.SIMPLIFIED_CHINESE);
        PrintableDocument summary = campaigns.printSummary(campaign.id(), Locale.SIMPLIFIED_CHINESE);

        assertThat(forms.pageCount()).isEqualTo(2);
        assertThat(all.pageCount()).isEqualTo(3);
        assertThat(summary.pageCount()).isEqualTo(1);
        assertThat(services.audit.exportable(AuditFilter.ANY).stream()
                .filter(e -> e.kind() == org.integritydesk.model.AuditKind.PRINT).count()).isEqualTo(3);
    }
}

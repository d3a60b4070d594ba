package org.integritydesk.ui.selfinspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.SelfInspectionCampaign;
import org.integritydesk.model.SelfInspectionDeclaration;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign form, the declaration form and the sub-tab's lists, without the toolkit. */
class SelfInspectionViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private TestServices services;
    private OrgUnit chengguan;
    private OrgUnit futan;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        futan = services.subBureau(bureau, "36082102", "敦厚分局");
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019")).build());
        services.cadres.create(draft(futan.id()).name("赵六").idNumber(IdNumbers.of("360821", "19791212", "035")).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Opens the forms at once, saving them as the test says. */
    private final class Forms implements SelfInspectionViewModel.Dialogs {
        Consumer<CampaignFormViewModel> fillCampaign = f -> { };
        Consumer<DeclarationFormViewModel> fillDeclaration = f -> { };
        final List<String> shown = new ArrayList<>();

        @Override
        public void openCampaignForm(SelfInspectionCampaign editing, Consumer<SelfInspectionCampaign> onSaved) {
            CampaignFormViewModel form = new CampaignFormViewModel(services.selfInspection, tasks, dialogs, messages,
                    services.units.tree(), TestServices.TODAY);
            fillCampaign.accept(form);
            form.save(onSaved);
            shown.addAll(form.errors().values());
        }

        @Override
        public void openDeclarationForm(SelfInspectionCampaign campaign, SelfInspectionDeclaration declaration,
                Consumer<SelfInspectionDeclaration> onSaved) {
            DeclarationFormViewModel form = new DeclarationFormViewModel(services.selfInspection, tasks, dialogs,
                    messages, campaign, declaration, TestServices.TODAY);
            fillDeclaration.accept(form);
            form.save(onSaved);
            shown.add(form.errorSummary());
        }
    }

    @Test
    void aCampaignWithoutUnitsIsNotSavedAndSaysWhy() {
        Forms forms = new Forms();
        forms.fillCampaign = f -> f.titleProperty().set("专项自查");
        SelfInspectionViewModel model = new SelfInspectionViewModel(services.selfInspection, tasks, dialogs, messages,
                (t, f, fill) -> { }, forms, true);
        model.reload();

        model.addCampaign();

        assertThat(forms.shown).containsExactly(messages.get("validation.selfInspection.noUnits"));
        assertThat(services.selfInspection.list()).isEmpty();
    }

    @Test
    void aNewCampaignStartsWithTheSeedItemsAndADeclaredIssueShowsItsLedgerItem() {
        Forms forms = new Forms();
        forms.fillCampaign = f -> {
            f.titleProperty().set("廉洁从政专项自查");
            f.chosenUnits().add(chengguan);
        };
        SelfInspectionViewModel model = new SelfInspectionViewModel(services.selfInspection, tasks, dialogs, messages,
                (t, f, fill) -> { }, forms, true);
        model.reload();
        model.addCampaign();

        assertThat(model.campaigns()).singleElement().satisfies(c -> assertThat(c.items()).hasSize(5));
        assertThat(model.progress()).extracting(p -> p.unitName() + ":" + p.pending())
                .containsExactly("城关分局:1", "合计:1");
        model.selectedDeclarationProperty().set(model.declarations().get(0));

        forms.fillDeclaration = f -> {
            f.rows().get(2).issueProperty().set(true);
            f.rows().get(2).explanationProperty().set("培训期间绕道景区游览");
            f.answerRestNone();
        };
        model.declare();

        assertThat(forms.shown).containsExactly("");
        assertThat(model.declarations().get(0).issueCount()).isEqualTo(1);
        model.selectedDeclarationProperty().set(model.declarations().get(0));
        assertThat(model.answers()).anyMatch(a -> a.contains("公款旅游") && a.contains("ZG-2025-0001"));
        assertThat(services.rectifications.list()).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo(ProblemSource.SELF_INSPECTION));
        model.pendingOnlyProperty().set(true);
        assertThat(model.declarations()).isEmpty();
    }

    @Test
    void anIssueWithoutExplanationIsRefusedOnTheRow() {
        SelfInspectionCampaign campaign = services.selfInspection.create(
                new org.integritydesk.model.CampaignDraft("专项自查", 2025, TestServices.TODAY.minusDays(5),
                        TestServices.TODAY.plusDays(20), null, org.integritydesk.model.SelfInspectionRules.SEED_ITEMS),
                List.of(futan.id()));
        SelfInspectionDeclaration pending = services.selfInspection.declarations(campaign.id()).get(0);
        DeclarationFormViewModel form = new DeclarationFormViewModel(services.selfInspection, tasks, dialogs, messages,
                campaign, pending, TestServices.TODAY);
        form.answerRestNone();
        form.rows().get(0).issueProperty().set(true);

        form.save(saved -> { });

        assertThat(form.rows().get(0).errorProperty().get())
                .isEqualTo(messages.get("validation.selfInspection.explainIssue", 1));
        assertThat(services.selfInspection.declarations(campaign.id()).get(0).declared()).isFalse();
    }

    private SelfInspectionCampaign campaignFor(OrgUnit unit) {
        return services.selfInspection.create(
                new org.integritydesk.model.CampaignDraft("专项自查", 2025, TestServices.TODAY.minusDays(5),
                        TestServices.TODAY.plusDays(20), null, org.integritydesk.model.SelfInspectionRules.SEED_ITEMS),
                List.of(unit.id()));
    }

    @Test
    void aStaleCampaignSaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        SelfInspectionCampaign stored = campaignFor(futan);
        services.selfInspection.update(stored.id(), stored.version(), new org.integritydesk.model.CampaignDraft(
                "他人修改的专项自查", 2025, stored.startsOn(), stored.endsOn(), null, stored.items()));
        CampaignFormViewModel form = new CampaignFormViewModel(services.selfInspection, tasks, dialogs, messages,
                services.units.tree(), TestServices.TODAY);
        form.edit(stored);
        form.titleProperty().set("我的专项自查");
        List<SelfInspectionCampaign> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, messages.get("selfInspection.form.saveFailed"), stored.number(),
                form::setOnReload, () -> form.save(saved::add),
                () -> assertThat(form.titleProperty().get()).isEqualTo("我的专项自查"));
        assertThat(saved).isEmpty();
        assertThat(services.selfInspection.find(stored.id()).title()).isEqualTo("他人修改的专项自查");
    }

    @Test
    void aStaleDeclarationOffersToReloadAndDecliningKeepsWhatWasTyped() {
        SelfInspectionCampaign campaign = campaignFor(futan);
        SelfInspectionDeclaration pending = services.selfInspection.declarations(campaign.id()).get(0);
        DeclarationFormViewModel other = new DeclarationFormViewModel(services.selfInspection, tasks, dialogs, messages,
                campaign, pending, TestServices.TODAY);
        other.answerRestNone();
        other.save(d -> { });
        DeclarationFormViewModel mine = new DeclarationFormViewModel(services.selfInspection, tasks, dialogs, messages,
                campaign, pending, TestServices.TODAY);
        mine.answerRestNone();
        mine.rows().get(0).explanationProperty().set("我的说明");
        List<SelfInspectionDeclaration> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, messages.get("selfInspection.declare.saveFailed"),
                pending.cadreName(), mine::setOnReload, () -> mine.save(saved::add),
                () -> assertThat(mine.rows().get(0).explanationProperty().get()).isEqualTo("我的说明"));
        assertThat(saved).isEmpty();
        assertThat(services.selfInspection.findDeclaration(pending.id()).answers())
                .allSatisfy(a -> assertThat(a.explanation()).isNotEqualTo("我的说明"));
    }
}

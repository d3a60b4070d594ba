package org.integritydesk.ui.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;
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

class TalkViewModelsTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Clock clock = Clock.fixed(TestServices.NOW, TestServices.ZONE);
    private TestServices services;
    private OrgUnit chengguan;
    private Cadre leader;
    private Cadre liSi;
    private Cadre wangWu;

    @BeforeEach
    void fillDatabase() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        OrgUnit dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        leader = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true)
                .workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private TalkListViewModel list() {
        TalkListViewModel list = new TalkListViewModel(services.talks, services.units, new DirectTaskRunner(), dialogs,
                messages, 2025, true);
        list.reload();
        return list;
    }

    private TalkFormViewModel form() {
        return new TalkFormViewModel(services.talks, new DirectTaskRunner(), dialogs, messages, clock,
                services.cadres.listCadres());
    }

    private Talk record(Cadre cadre, TalkKind kind) {
        return services.talks.create(new TalkDraft(cadre.id(), kind, LocalDate.of(2025, 3, 1), leader.name(), leader.id(),
                "刘敏", "谈话内容", null, null));
    }

    @Test
    void theMissingListFollowsTheUnitFilter() {
        TalkListViewModel list = list();
        assertThat(list.visibleMissing()).extracting(CadreSummary::name).containsExactlyInAnyOrder("李四", "王五");

        list.unitFilterProperty().set(chengguan);

        assertThat(list.visibleMissing()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(list.missingTitleProperty().get()).isEqualTo("缺任前谈话（1 人）");
    }

    @Test
    void filtersTheYearsTalksByKindAndSearchText() {
        record(liSi, TalkKind.PRE_APPOINTMENT);
        record(wangWu, TalkKind.REMINDER);
        TalkListViewModel list = list();

        list.kindFilterProperty().set(TalkKind.REMINDER);
        assertThat(list.visibleTalks()).extracting(TalkSummary::cadreName).containsExactly("王五");
        list.kindFilterProperty().set(null);
        list.searchTextProperty().set("ls");
        assertThat(list.visibleTalks()).extracting(TalkSummary::cadreName).containsExactly("李四");
        assertThat(list.statusProperty().get()).isEqualTo("显示 1 条，共 2 条");

        list.yearProperty().set(2024);
        assertThat(list.visibleTalks()).isEmpty();
    }

    @Test
    void theFormRefusesTheCadreAsTalkerAsTheUserTypes() {
        TalkFormViewModel form = form();
        CadreSummary li = services.cadres.listCadres().stream().filter(c -> c.name().equals("李四")).findFirst().orElseThrow();
        form.prefill(li, TalkKind.PRE_APPOINTMENT);

        form.talkerNameProperty().set("李四");

        assertThat(form.errors()).containsEntry("talker", "谈话人不能是谈话对象本人");
        assertThat(form.errors()).doesNotContainKey("content");
    }

    @Test
    void choosingATalkerOnFileLinksThemAndTypingAnotherNameUnlinks() {
        TalkFormViewModel form = form();
        CadreSummary zhang = form.talkerChoices().stream().filter(c -> c != null && c.name().equals("张国强"))
                .findFirst().orElseThrow();

        form.talkerCadreProperty().set(zhang);
        assertThat(form.talkerNameProperty().get()).isEqualTo("张国强");
        assertThat(form.draft().talkerCadreId()).isEqualTo(leader.id());

        form.talkerNameProperty().set("赵明");
        assertThat(form.draft().talkerCadreId()).isNull();
    }

    @Test
    void savingThePreAppointmentTalkTakesTheCadreOffTheMissingList() {
        TalkListViewModel list = list();
        TalkFormViewModel form = form();
        form.prefill(list.visibleMissing().stream().filter(c -> c.name().equals("李四")).findFirst().orElseThrow(),
                TalkKind.PRE_APPOINTMENT);
        form.talkerNameProperty().set("张国强");
        form.recorderNameProperty().set("刘敏");
        form.contentProperty().set("任前廉政谈话");
        List<Talk> saved = new ArrayList<>();

        form.save(saved::add);
        list.reload();

        assertThat(saved).hasSize(1);
        assertThat(list.visibleMissing()).extracting(CadreSummary::name).containsExactly("王五");
    }

    @Test
    void savingAnEmptyFormShowsEveryMissingFieldAndSavesNothing() {
        TalkFormViewModel form = form();
        List<Talk> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.errors()).containsKeys("cadre", "talker", "recorder", "content");
        assertThat(services.talks.listTalks(2025)).isEmpty();
    }

    /** A form editing {@code t}, whose content another user then changes to "他人修改". */
    private TalkFormViewModel openedThenChangedByAnother(Talk t) {
        TalkFormViewModel form = form();
        var editing = services.talks.forEditing(t.id());
        form.edit(editing.talk(), editing.draft());
        services.talks.update(t.id(), t.version(), new TalkDraft(liSi.id(), TalkKind.REMINDER, t.date(), "张国强",
                leader.id(), "刘敏", "他人修改", null, null));
        return form;
    }

    @Test
    void editingAfterSomeoneElseSavedIsRefusedAndTold() {
        Talk t = record(liSi, TalkKind.ROUTINE);
        TalkFormViewModel form = openedThenChangedByAnother(t);

        form.contentProperty().set("我的修改");
        form.save(saved -> { });

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("他人已修改"));
        assertThat(services.talks.listTalks(2025)).extracting(TalkSummary::content).containsExactly("他人修改");
    }

    @Test
    void aStaleSaveOffersToReloadAndDecliningKeepsWhatWasTyped() {
        Talk t = record(liSi, TalkKind.ROUTINE);
        TalkFormViewModel form = openedThenChangedByAnother(t);
        form.contentProperty().set("我的修改");
        List<Talk> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, "他人已修改", "李四 " + t.date(), form::setOnReload,
                () -> form.save(saved::add), () -> assertThat(form.contentProperty().get()).isEqualTo("我的修改"));
        assertThat(saved).isEmpty();
        assertThat(services.talks.listTalks(2025)).extracting(TalkSummary::content).containsExactly("他人修改");
    }

    @Test
    void aLeadersListIsReadOnly() {
        TalkListViewModel readOnly = new TalkListViewModel(services.talks, services.units, new DirectTaskRunner(), dialogs,
                messages, 2025, false);
        assertThat(readOnly.mayChange()).isFalse();
    }

    @Test
    void savingATalkOfAClosedYearIsRefusedAndTold() {
        Talk t = services.talks.create(new TalkDraft(liSi.id(), TalkKind.ROUTINE, LocalDate.of(2024, 6, 3), "张国强",
                leader.id(), "刘敏", "谈话内容", null, null));
        services.years.close(2024);
        TalkFormViewModel form = form();
        var editing = services.talks.forEditing(t.id());
        form.edit(editing.talk(), editing.draft());

        form.contentProperty().set("我的修改");
        form.save(saved -> { });

        assertThat(dialogs.errors()).singleElement()
                .isEqualTo(new RecordingDialogService.Shown("保存失败", "2024 年度已归档，不能修改"));
        assertThat(services.talks.listTalks(2024)).extracting(TalkSummary::content).containsExactly("谈话内容");
    }
}

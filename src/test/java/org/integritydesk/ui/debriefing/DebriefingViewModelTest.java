package org.integritydesk.ui.debriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.BallotField;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.DebriefingComment;
import org.integritydesk.model.DebriefingDraft;
import org.integritydesk.model.DebriefingSession;
import org.integritydesk.model.EntryRound;
import org.integritydesk.model.EntryState;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.ProblemSource;
import org.integritydesk.model.ReportingCategory;
import org.integritydesk.model.Representative;
import org.integritydesk.model.RepresentativeKind;
import org.integritydesk.model.Role;
import org.integritydesk.model.SatisfactionFormula;
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

/** The 述职述廉 tab's view-model without a toolkit, on a real H2 database. */
class DebriefingViewModelTest {
    @TempDir
    Path dir;

    private TestServices services;
    private OrgUnit bureau;
    private Cadre zhang;
    private Cadre li;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final List<String> previews = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        bureau = services.setUpBureau();
        zhang = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        li = services.cadres.create(draft(bureau.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("办公室主任").category(CadreCategory.MIDDLE_LEVEL).importantPosition(false).build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DebriefingViewModel model(boolean mayResolve) {
        DebriefingViewModel model = new DebriefingViewModel(services.debriefing, services.cadres, services.units, tasks,
                dialogs, messages, (title, file, fill) -> previews.add(title), true, mayResolve);
        model.reload();
        return model;
    }

    /** Plans a session through the form and puts both cadres on its ballot through the cadre picker. */
    private DebriefingViewModel planned(boolean doubleEntry) {
        DebriefingViewModel model = model(true);
        model.newSession();
        model.placeProperty().set("县局三楼会议室");
        model.expectedVotersProperty().set("abc");
        assertThat(model.formErrorProperty().get()).isEqualTo(messages.get("validation.debriefing.expectedVoters", 10000));
        model.expectedVotersProperty().set("10");
        model.doubleEntryProperty().set(doubleEntry);
        model.saveSession();
        assertThat(model.selectedProperty().get().number()).isEqualTo("SZ-2025-01");
        model.categoryProperty().set(ReportingCategory.PARTY_GROUP_MEMBER);
        model.cadreSearchProperty().set("张国");
        assertThat(model.cadreChoiceProperty().get().id()).isEqualTo(zhang.id());
        model.addCadre();
        model.categoryProperty().set(ReportingCategory.MIDDLE_CADRE);
        model.cadreSearchProperty().set("李四");
        model.addCadre();
        assertThat(model.detailsProperty().get().cadres()).extracting(c -> c.name()).containsExactly("张国强", "李四");
        return model;
    }

    private static void type(BallotGridViewModel.Row row, int... values) {
        BallotField[] fields = {BallotField.ISSUED, BallotField.RETURNED, BallotField.VOIDED, BallotField.SATISFIED,
            BallotField.BASICALLY_SATISFIED, BallotField.UNSATISFIED, BallotField.ABSTAINED};
        for (int i = 0; i < values.length; i++) {
            row.cell(fields[i]).set(String.valueOf(values[i]));
        }
    }

    @Test
    void theTabOpensOnTheLatestSessionAndANewOneStartsEmpty() {
        planned(false);

        DebriefingViewModel reopened = model(true);

        assertThat(reopened.selectedProperty().get().number()).isEqualTo("SZ-2025-01");
        reopened.newSession();
        assertThat(reopened.selectedProperty().get()).isNull();
        reopened.reload();
        assertThat(reopened.selectedProperty().get()).as("a reload keeps the empty form of a new session").isNull();
    }

    @Test
    void theGridChecksEachRowAsItIsTypedAndSavesOnlyWhenAllRowsHold() {
        DebriefingViewModel model = planned(false);
        BallotGridViewModel grid = model.grid();
        assertThat(grid.fields()).containsExactly(BallotField.ISSUED, BallotField.RETURNED, BallotField.VOIDED,
                BallotField.SATISFIED, BallotField.BASICALLY_SATISFIED, BallotField.UNSATISFIED, BallotField.ABSTAINED);
        BallotGridViewModel.Row first = grid.rows().get(0);
        type(first, 10, 11);
        assertThat(first.messageProperty().get()).isEqualTo("张国强：收回票 11 张多于发出票 10 张，本次测评无效，不能录入");
        type(first, 10, 9, 1, 6, 1, 1, 1);
        assertThat(first.messageProperty().get()).startsWith("张国强：有效票 9 张 + 废票 1 张 = 10 张");
        first.cell(BallotField.ABSTAINED).set("0");
        assertThat(first.messageProperty().get()).isEqualTo("满意度 81.25%");
        first.cell(BallotField.SATISFIED).set("六");
        assertThat(first.messageProperty().get()).isEqualTo(messages.get("validation.ballot.notNumber"));
        first.cell(BallotField.SATISFIED).set("6");
        type(grid.rows().get(1), 10, 5, 0, 5);
        assertThat(grid.rows().get(1).messageProperty().get())
                .isEqualTo(messages.get("debriefing.grid.noQuorum", 10));

        grid.rows().get(1).cell(BallotField.RETURNED).set("12");
        model.saveTallies();
        assertThat(model.entryMessageProperty().get()).isEqualTo(messages.get("debriefing.grid.fixRows"));
        assertThat(services.debriefing.details(model.selectedProperty().get().id()).entries()).isEmpty();

        type(grid.rows().get(1), 10, 6, 0, 6);
        model.saveTallies();
        assertThat(model.entryMessageProperty().get()).isEqualTo(messages.get("debriefing.grid.savedFinal"));
        assertThat(model.results()).extracting(r -> r.satisfaction() == null ? "-" : r.satisfaction().toPlainString())
                .containsExactly("81.25", "100.00");
    }

    @Test
    void aSecondPersonsDifferingEntryIsShownFieldByFieldAndAnInspectorRules() {
        DebriefingViewModel model = planned(true);
        type(model.grid().rows().get(0), 10, 9, 1, 6, 1, 1, 0);
        type(model.grid().rows().get(1), 10, 9, 0, 9);
        model.saveTallies();
        assertThat(model.entryMessageProperty().get()).isEqualTo(messages.get("debriefing.grid.saved"));

        services.actAs(Role.INSPECTOR, null, null, "second");
        model.grid().roundProperty().set(EntryRound.SECOND);
        assertThat(model.grid().rows().get(0).cell(BallotField.ISSUED).get()).isEmpty();
        type(model.grid().rows().get(0), 10, 9, 1, 5, 2, 1, 0);
        type(model.grid().rows().get(1), 10, 9, 0, 9);
        model.saveTallies();
        assertThat(model.grid().mismatchesProperty().get()).isEqualTo(
                "张国强：满意 第一次录入 6，第二次录入 5\n张国强：基本满意 第一次录入 1，第二次录入 2");
        assertThat(model.results()).extracting(r -> r.state()).containsExactly(EntryState.MISMATCH, EntryState.AGREED);

        services.actAs(Role.INSPECTOR, null, null, "inspector");
        model.grid().roundProperty().set(EntryRound.RESOLVED);
        assertThat(model.grid().rows().get(0).cell(BallotField.SATISFIED).get()).isEqualTo("6");
        model.saveTallies();
        assertThat(model.results()).extracting(r -> r.state()).containsExactly(EntryState.RESOLVED, EntryState.AGREED);
        assertThat(model.detailsProperty().get().isFinal()).isTrue();
    }

    @Test
    void aRepresentativeIsCheckedAsTypedAndACommentGoesToTheLedgerInOneStep() {
        DebriefingViewModel model = planned(false);
        model.repKindProperty().set(RepresentativeKind.ENTERPRISE);
        model.repNameProperty().set("刘德明");
        model.repOrganisationProperty().set("吉安县赣江食品有限公司");
        model.repCodeProperty().set("91110000600037341K");
        assertThat(model.repErrorProperty().get()).isEqualTo(messages.get("validation.creditCode.check"));
        model.addRepresentative();
        assertThat(model.detailsProperty().get().representatives()).isEmpty();
        model.repCodeProperty().set("91110000600037341L");
        model.repMobileProperty().set("138 0796 0001");
        model.addRepresentative();
        Representative rep = model.detailsProperty().get().representatives().get(0);
        assertThat(rep.mobile()).isEqualTo("13807960001");

        model.commentFromProperty().set(rep);
        model.commentToProperty().set(model.detailsProperty().get().cadres().get(1));
        model.questionProperty().set("企业开办还需多次往返。");
        model.answerProperty().set("将推行一次性告知。");
        model.addComment();
        assertThat(model.detailsProperty().get().comments()).hasSize(1);

        model.editComment(model.detailsProperty().get().comments().get(0));
        assertThat(model.ledgerPersonProperty().get()).isEqualTo("李四");
        model.ledgerMeasuresProperty().set("推行一次性告知和预约服务");
        model.toLedger();
        assertThat(dialogs.infos()).singleElement().asString().contains("ZG-2025-0001");
        assertThat(services.rectifications.list()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ProblemSource.DEBRIEFING_COMMENT);
            assertThat(r.cadreId()).isEqualTo(li.id());
        });
        assertThat(model.commentText(model.detailsProperty().get().comments().get(0))).isEqualTo("已转整改 ZG-2025-0001");
    }

    @Test
    void printingOpensThePreviewAndRefusesABadNumberOfCopies() {
        DebriefingViewModel model = planned(false);
        model.copiesProperty().set("0");
        model.printBallot();
        assertThat(previews).isEmpty();
        assertThat(dialogs.errors()).singleElement().asString().contains(messages.get("error.ballot.copies", 500));
        model.copiesProperty().set("10");
        model.printBallot();
        model.printSummary();
        assertThat(previews).containsExactly(messages.get("debriefing.print.ballot"), messages.get("debriefing.print.summary"));
    }

    @Test
    void aStaleSessionSaveOffersToReloadAndYesShowsTheStoredSession() {
        DebriefingViewModel model = planned(false);
        DebriefingSession opened = model.selectedProperty().get();
        services.debriefing.update(opened.id(), opened.version(), new DebriefingDraft(opened.date(), "县局二楼会议室",
                opened.organisingUnitId(), opened.formula(), opened.expectedVoters(), opened.doubleEntry()));
        model.placeProperty().set("县局五楼会议室");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("debriefing.form.titleEdit", "SZ-2025-01"),
                "SZ-2025-01", model::saveSession,
                () -> assertThat(model.placeProperty().get()).isEqualTo("县局五楼会议室"),
                () -> assertThat(model.placeProperty().get()).isEqualTo("县局二楼会议室"));
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(services.debriefing.list()).extracting(DebriefingSession::place).containsExactly("县局二楼会议室");
    }

    @Test
    void aStaleCommentSaveOffersToReloadAndYesShowsTheStoredComment() {
        DebriefingViewModel model = planned(false);
        model.repKindProperty().set(RepresentativeKind.ENTERPRISE);
        model.repNameProperty().set("刘德明");
        model.repOrganisationProperty().set("吉安县赣江食品有限公司");
        model.repCodeProperty().set("91110000600037341L");
        model.repMobileProperty().set("138 0796 0001");
        model.addRepresentative();
        model.commentFromProperty().set(model.detailsProperty().get().representatives().get(0));
        model.commentToProperty().set(model.detailsProperty().get().cadres().get(1));
        model.questionProperty().set("企业开办还需多次往返。");
        model.answerProperty().set("将推行一次性告知。");
        model.addComment();
        DebriefingComment opened = model.detailsProperty().get().comments().get(0);
        model.editComment(opened);
        services.debriefing.updateComment(opened.id(), opened.version(), opened.representativeId(),
                opened.reportingCadreId(), opened.question(), "已推行一次性告知。");
        model.answerProperty().set("将推行预约服务。");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("debriefing.comments.title"), "SZ-2025-01",
                model::addComment, () -> assertThat(model.answerProperty().get()).isEqualTo("将推行预约服务。"), () -> {
                    assertThat(model.answerProperty().get()).isEqualTo("已推行一次性告知。");
                    assertThat(model.selectedCommentProperty().get().version()).isGreaterThan(opened.version());
                });
        assertThat(services.debriefing.details(opened.sessionId()).comments()).extracting(DebriefingComment::answer)
                .containsExactly("已推行一次性告知。");
    }
}

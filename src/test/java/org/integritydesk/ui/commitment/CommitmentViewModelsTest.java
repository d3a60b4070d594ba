package org.integritydesk.ui.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.Commitment;
import org.integritydesk.model.CommitmentSummary;
import org.integritydesk.model.OrgUnit;
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

class CommitmentViewModelsTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Clock clock = Clock.fixed(TestServices.NOW, TestServices.ZONE);
    private TestServices services;
    private OrgUnit bureau;
    private CommitmentListViewModel list;

    @BeforeEach
    void fillDatabase() {
        services = TestServices.open(dir);
        bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").build());
        services.cadres.create(draft(chengguan.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
        list = new CommitmentListViewModel(services.commitments, services.units, new DirectTaskRunner(), dialogs, messages,
                2025, true);
        list.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void generatingNeedsAUnitChosenInTheFilter() {
        list.generate();

        assertThat(dialogs.infos()).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("请先在“单位”中选择要生成承诺书的单位"));
        assertThat(list.visibleCommitments()).isEmpty();
    }

    @Test
    void generatesForTheChosenUnitAndSaysHowManyAgain() {
        list.unitFilterProperty().set(bureau);

        list.generate();
        list.generate();

        assertThat(list.visibleCommitments()).hasSize(2);
        assertThat(dialogs.infos()).extracting(RecordingDialogService.Shown::message)
                .containsExactly("新生成 2 份；另有 0 人已有本年度承诺书，未重复生成",
                        "新生成 0 份；另有 2 人已有本年度承诺书，未重复生成");
    }

    /** Generates the bureau's 2025 commitments and returns the one of {@code cadreName} as the list shows it. */
    private CommitmentSummary generatedFor(String cadreName) {
        services.commitments.generate(bureau.id(), 2025);
        list.reload();
        return list.visibleCommitments().stream().filter(m -> m.cadreName().equals(cadreName)).findFirst().orElseThrow();
    }

    private CommitmentFormViewModel signingForm(CommitmentSummary commitment) {
        return new CommitmentFormViewModel(services.commitments, new DirectTaskRunner(), dialogs, messages, clock,
                commitment);
    }

    @Test
    void signingOneLeavesTheOtherInTheNotSignedFilter() {
        CommitmentSummary li = generatedFor("李四");
        CommitmentFormViewModel form = signingForm(li);

        form.signedOnProperty().set(LocalDate.of(2025, 1, 8));
        form.save(saved -> list.reload());
        list.signedFilterProperty().set(SignedFilter.NOT_SIGNED);

        assertThat(list.visibleCommitments()).extracting(CommitmentSummary::cadreName).containsExactly("王五");
        assertThat(list.statusProperty().get()).isEqualTo("显示 1 份（已签署 0，未签署 1），共 2 份");
    }

    @Test
    void aSigningDateInTheFutureIsRefusedAsTyped() {
        services.commitments.generate(bureau.id(), 2025);
        list.reload();
        CommitmentFormViewModel form = new CommitmentFormViewModel(services.commitments, new DirectTaskRunner(), dialogs,
                messages, clock, list.visibleCommitments().get(0));

        form.signedOnProperty().set(LocalDate.of(2025, 4, 1));

        assertThat(form.errors()).containsEntry("signedOn", "日期不能晚于今天");
        form.save(saved -> { });
        assertThat(services.commitments.list(2025)).allSatisfy(m -> assertThat(m.signedOn()).isNull());
    }

    @Test
    void aStaleSigningOffersToReloadAndDecliningKeepsWhatWasTyped() {
        CommitmentSummary li = generatedFor("李四");
        CommitmentFormViewModel form = signingForm(li);
        services.commitments.recordSigning(li.id(), li.version(), LocalDate.of(2025, 1, 6), "他人签署");
        form.signedOnProperty().set(LocalDate.of(2025, 1, 8));
        form.notesProperty().set("我的备注");
        List<Commitment> saved = new ArrayList<>();

        StaleSaves.offerToReload(dialogs, messages, "他人已修改", "李四 2025", form::setOnReload,
                () -> form.save(saved::add), () -> {
                    assertThat(form.signedOnProperty().get()).isEqualTo(LocalDate.of(2025, 1, 8));
                    assertThat(form.notesProperty().get()).isEqualTo("我的备注");
                });
        assertThat(saved).isEmpty();
        assertThat(services.commitments.list(2025)).filteredOn(m -> m.id().equals(li.id()))
                .extracting(CommitmentSummary::notes).containsExactly("他人签署");
    }

    @Test
    void signingACommitmentOfAClosedYearIsRefusedAndTold() {
        services.commitments.generate(bureau.id(), 2024);
        services.years.close(2024);
        list.yearProperty().set(2024);
        list.reload();
        CommitmentFormViewModel form = new CommitmentFormViewModel(services.commitments, new DirectTaskRunner(), dialogs,
                messages, clock, list.visibleCommitments().get(0));

        form.signedOnProperty().set(LocalDate.of(2024, 1, 8));
        form.save(saved -> { });

        assertThat(dialogs.errors()).singleElement()
                .isEqualTo(new RecordingDialogService.Shown("保存失败", "2024 年度已归档，不能修改"));
        assertThat(services.commitments.list(2024)).allSatisfy(m -> assertThat(m.signedOn()).isNull());
    }
}

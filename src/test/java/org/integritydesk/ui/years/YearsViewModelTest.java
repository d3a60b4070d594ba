package org.integritydesk.ui.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.YearState;
import org.integritydesk.model.YearStatus;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearsViewModelTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private YearsViewModel years;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        OrgUnit bureau = services.setUpBureau();
        OrgUnit chengguan = services.subBureau(bureau, "36082101", "城关分局");
        services.cadres.create(draft(chengguan.id()).name("李四").build());
        years = viewModel(true);
        years.reload();
    }

    private YearsViewModel viewModel(boolean mayChange) {
        return new YearsViewModel(services.years, new DirectTaskRunner(), dialogs, messages, TestServices.ZONE, mayChange);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void select(int year) {
        years.selectedProperty().set(row(year));
    }

    private YearStatus row(int year) {
        return years.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    void listsTheYearsOpen() {
        assertThat(years.years()).extracting(YearStatus::year).containsExactly(2025, 2024, 2023, 2022);
        assertThat(years.years()).extracting(years::state).containsOnly("未归档");
        assertThat(years.canClose().get()).isFalse();
        select(2024);
        assertThat(years.canClose().get()).isTrue();
        assertThat(years.canReopen().get()).isFalse();
    }

    @Test
    void closingAsksFirstSayingWhatItMeans() {
        select(2024);
        dialogs.answerConfirmations(false);
        years.closeSelected();
        assertThat(dialogs.confirmations()).singleElement().satisfies(c -> assertThat(c.message())
                .contains("2024 年度的所有记录都不能再修改", "加密、签名的归档文件", services.years.archiveFolder().toString()));
        assertThat(row(2024).state()).isEqualTo(YearState.OPEN);

        dialogs.answerConfirmations(true);
        years.closeSelected();

        assertThat(row(2024).state()).isEqualTo(YearState.CLOSED);
        assertThat(years.closedBy(row(2024))).isEqualTo(TestServices.USER);
        assertThat(years.closedAt(row(2024))).isEqualTo("2025-03-15 10:00");
        assertThat(years.archiveFile(row(2024))).endsWith(".idarchive");
        assertThat(years.statusProperty().get()).contains("2024 年度已归档");
        assertThat(years.selectedProperty().get().year()).isEqualTo(2024);
        assertThat(years.canClose().get()).isFalse();
        assertThat(years.canReopen().get()).isTrue();
        assertThat(years.workingProperty().get()).isFalse();
    }

    @Test
    void reopeningNeedsConfirmationAndAReason() {
        select(2024);
        years.closeSelected();

        dialogs.answerPurpose(null);
        years.reopenSelected();
        assertThat(row(2024).state()).isEqualTo(YearState.CLOSED);

        dialogs.answerPurpose("补录遗漏的记录");
        years.reopenSelected();
        assertThat(row(2024).state()).isEqualTo(YearState.REOPENED);
        assertThat(years.reopened(row(2024))).contains(TestServices.USER, "补录遗漏的记录");
        assertThat(dialogs.confirmations()).last().satisfies(c -> assertThat(c.message()).contains("原归档文件保留"));
    }

    @Test
    void checkingAndOpeningTheSelectedYearsArchive() {
        select(2024);
        years.closeSelected();

        years.verify(years.selectedArchive());
        assertThat(dialogs.infos()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("签名正确", "年度：2024", "干部 1 人", "单位 2 个"));

        years.open(years.selectedArchive());
        assertThat(years.openedProperty().get().cadres()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(years.archiveTitle(years.openedProperty().get())).isEqualTo("2024 年度归档（只读）");
        assertThat(years.archiveInfo(years.openedProperty().get())).contains("共 1 名干部", "只能查看");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aFailedCloseIsShownAndTheYearStaysOpen() {
        select(2025);
        services.actAs(Role.LEADER, null, null);
        years.closeSelected();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("无权"));
        assertThat(years.workingProperty().get()).isFalse();
        services.actAs(Role.INSPECTOR, null, null);
        years.reload();
        assertThat(row(2025).state()).isEqualTo(YearState.OPEN);
    }

    @Test
    void anAdministratorSeesTheListButMayNotChangeIt() {
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        YearsViewModel admin = viewModel(false);
        admin.reload();
        admin.selectedProperty().set(admin.years().get(1));
        assertThat(admin.years()).hasSize(4);
        assertThat(admin.canClose().get()).isFalse();
        assertThat(admin.mayChange()).isFalse();
    }
}

package org.integritydesk.ui.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.model.Role;
import org.integritydesk.service.Messages;
import org.integritydesk.service.PrintableDocument;
import org.integritydesk.service.RegulationService;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.common.AttachmentsViewModel;
import org.integritydesk.ui.common.TaskRunner;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.FakeFileDesk;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.integritydesk.ui.testing.StaleSaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 制度建设 tab without a toolkit, on a real H2 database: list, filters, the form as the user types, files. */
class RegulationsViewModelTest {
    @TempDir Path dir;
    private TestServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeFileDesk desk = new FakeFileDesk();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final List<TaskRunner.Work<PrintableDocument>> previews = new ArrayList<>();
    private RegulationsViewModel model;
    private OrgUnit subBureau;

    @BeforeEach
    void open() {
        services = TestServices.open(dir.resolve("data"));
        subBureau = services.subBureau(services.setUpBureau(), "36082104", "城关分局");
        model = newModel();
    }

    private RegulationsViewModel newModel() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        AttachmentsViewModel attachments = new AttachmentsViewModel(services.attachments, RegulationService.OWNER_TYPE,
                tasks, dialogs, desk, messages);
        return new RegulationsViewModel(services.regulations, attachments, tasks, dialogs, messages,
                Clock.fixed(TestServices.NOW, TestServices.ZONE), (title, name, fill) -> previews.add(fill));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void fillValidForm(String title) {
        model.titleProperty().set(title);
        model.documentNumberProperty().set("吉县市监字〔2024〕8号");
        model.issuedOnProperty().set(LocalDate.of(2024, 6, 1));
        model.kindProperty().set(RegulationKind.STUDY);
        model.issuingUnitProperty().set("吉安县市场监督管理局");
    }

    @Test
    void anInspectorCreatesARuleAndSeesItListedAndSelected() {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");

        model.save();

        assertThat(model.visibleRules()).extracting(Regulation::title).containsExactly("学习制度");
        assertThat(model.selectedProperty().get().title()).isEqualTo("学习制度");
        assertThat(model.formMessageProperty().get()).isEqualTo("已保存“学习制度”");
        assertThat(model.attachments().ownerProperty().get()).isEqualTo(model.selectedProperty().get().id());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void errorsShowAsTheUserTypesOnlyForFieldsTouched() {
        model.reload();
        model.newRegulation();
        model.titleProperty().set("x");
        model.titleProperty().set("");

        assertThat(model.errors()).containsOnlyKeys("title");
        assertThat(model.errors().get("title")).isEqualTo("此项必须填写");

        model.statusProperty().set(RegulationStatus.REPEALED);
        assertThat(model.errors()).containsKeys("title", "repealedOn");
        assertThat(model.repealDateDisabled().get()).isFalse();
    }

    @Test
    void savingAnIncompleteFormShowsEveryErrorAndStoresNothing() {
        model.reload();
        model.newRegulation();
        model.titleProperty().set("效能问责制度");

        model.save();

        assertThat(model.errors()).containsKeys("kind", "issuingUnit");
        assertThat(model.formMessageProperty().get()).contains("未保存");
        assertThat(services.regulations.list()).isEmpty();
    }

    @Test
    void anUnreadableDateIsAnErrorThatBlocksSaving() {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");
        model.setDateUnreadable("issuedOn", true);

        model.save();

        assertThat(model.errors().get("issuedOn")).contains("不是有效的日期");
        assertThat(services.regulations.list()).isEmpty();
    }

    @Test
    void filtersByYearKindStatusAndWords() {
        services.regulations.create(new org.integritydesk.model.RegulationDraft("机关效能建设制度", null,
                LocalDate.of(2023, 4, 1), RegulationKind.OFFICE_EFFICIENCY, "吉安市工商行政管理局",
                RegulationStatus.IN_FORCE, null, null));
        services.regulations.create(new org.integritydesk.model.RegulationDraft("学习制度", null, LocalDate.of(2024, 4, 1),
                RegulationKind.STUDY, "吉安市工商行政管理局", RegulationStatus.REPEALED, LocalDate.of(2025, 1, 1), null));
        model.reload();

        assertThat(model.yearChoices()).containsExactly(2024, 2023);
        model.yearFilterProperty().set(2023);
        assertThat(model.visibleRules()).extracting(Regulation::title).containsExactly("机关效能建设制度");
        model.clearFilters();
        model.statusFilterProperty().set(RegulationStatus.REPEALED);
        assertThat(model.visibleRules()).extracting(Regulation::title).containsExactly("学习制度");
        assertThat(model.statusText(model.visibleRules().get(0))).isEqualTo("已废止（2025-01-01）");
        model.clearFilters();
        model.searchTextProperty().set("效能");
        assertThat(model.visibleRules()).hasSize(1);
        assertThat(model.listStatusProperty().get()).isEqualTo("显示 1 项，共 2 项");
    }

    @Test
    void aClerkReadsTheRegisterWithAFormThatCannotBeEdited() {
        services.regulations.create(new org.integritydesk.model.RegulationDraft("党风廉政建设制度", null,
                LocalDate.of(2023, 4, 1), RegulationKind.CLEAN_GOVERNMENT, "吉安市工商行政管理局",
                RegulationStatus.IN_FORCE, null, null));
        services.actAs(Role.SUB_BUREAU_CLERK, subBureau.id(), null);
        model.reload();
        model.selectedProperty().set(model.visibleRules().get(0));

        assertThat(model.mayEditProperty().get()).isFalse();
        assertThat(model.formEditable().get()).isFalse();
        assertThat(model.formTitleProperty().get()).isEqualTo("查看制度：党风廉政建设制度");
        assertThat(model.attachments().addDisabled().get()).isTrue();
        model.newRegulation();
        model.save();
        assertThat(services.regulations.list()).hasSize(1);
    }

    @Test
    void aDocumentFileIsAttachedAndOpenedThroughTheViewer() throws Exception {
        model.reload();
        model.newRegulation();
        fillValidForm("商业贿赂治理制度");
        assertThat(model.attachments().addDisabled().get()).as("a new rule is saved first").isTrue();
        model.save();
        byte[] content = "商业贿赂治理制度全文".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("制度全文.txt"), content);
        desk.choose(file);

        model.attachments().addChosen();
        assertThat(model.attachments().items()).hasSize(1);
        model.attachments().selectedProperty().set(model.attachments().items().get(0));
        model.attachments().openSelected();

        assertThat(desk.opened()).hasSize(1);
        assertThat(desk.openedContent().get(0)).isEqualTo(content);
        assertThat(desk.opened().get(0).getFileName().toString()).isEqualTo("制度全文.txt");
        assertThat(file).exists();
        assertThat(model.attachments().statusProperty().get()).contains("已用系统程序打开");
    }

    @Test
    void aMissingFileToAttachIsNamedInOneErrorAndNothingIsAdded() {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");
        model.save();
        desk.choose(dir.resolve("已移走.pdf"));

        model.attachments().addChosen();

        assertThat(model.attachments().items()).isEmpty();
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).message()).contains("找不到要添加的文件").contains("已移走.pdf");
    }

    @Test
    void deletingAsksFirstAndTakesTheRuleOffTheList() {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");
        model.save();

        model.deleteSelected();

        assertThat(dialogs.confirmations()).hasSize(1);
        assertThat(model.visibleRules()).isEmpty();
        assertThat(model.formOpenProperty().get()).isFalse();
    }

    @Test
    void printingHandsThePreviewTheRegisterAsFiltered() throws Exception {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");
        model.save();
        model.yearFilterProperty().set(2024);

        model.printShown();

        assertThat(previews).hasSize(1);
        PrintableDocument document = previews.get(0).run(null);
        assertThat(document.pageCount()).isEqualTo(1);
    }

    @Test
    void savingARuleIssuedInAClosedYearIsRefusedAndTold() {
        services.years.close(2024);
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");

        model.save();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("2024 年度已归档，不能修改"));
        assertThat(model.formMessageProperty().get()).isEmpty();
        assertThat(services.regulations.list()).isEmpty();
    }

    @Test
    void aStaleSaveOffersToReloadAndYesPutsTheStoredRuleIntoTheForm() {
        model.reload();
        model.newRegulation();
        fillValidForm("学习制度");
        model.save();
        Regulation opened = model.selectedProperty().get();
        services.regulations.update(opened.id(), opened.version(), new RegulationDraft("学习制度", "吉县市监字〔2024〕8号",
                LocalDate.of(2024, 6, 1), RegulationKind.STUDY, "吉安县市场监督管理局", opened.status(), null, "他人写的摘要"));
        model.summaryProperty().set("我的摘要");

        StaleSaves.offerToReloadInPlace(dialogs, messages, messages.get("regulations.saveFailed"), "学习制度", model::save,
                () -> assertThat(model.summaryProperty().get()).isEqualTo("我的摘要"), () -> {
                    assertThat(model.summaryProperty().get()).isEqualTo("他人写的摘要");
                    assertThat(model.selectedProperty().get().version()).isGreaterThan(opened.version());
                });
        assertThat(services.regulations.list()).extracting(Regulation::summary).containsExactly("他人写的摘要");
    }
}

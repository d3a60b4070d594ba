package org.integritydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import org.integritydesk.service.Messages;
import org.integritydesk.ui.admin.UnitsView;
import org.integritydesk.ui.admin.UsersView;
import org.integritydesk.ui.cadre.CadreView;
import org.integritydesk.ui.login.ChangePasswordView;
import org.integritydesk.ui.login.ChangePasswordViewModel;
import org.integritydesk.ui.login.IdleLockView;
import org.integritydesk.ui.login.IdleLockViewModel;
import org.integritydesk.ui.login.LoginView;
import org.integritydesk.ui.login.LoginViewModel;
import org.integritydesk.ui.cadre.CadreFormView;
import org.integritydesk.ui.cadre.CadreFormViewModel;
import org.integritydesk.ui.cadre.RecycleBinView;
import org.integritydesk.ui.cadre.RecycleBinViewModel;
import org.integritydesk.ui.common.FxDialogService;
import org.integritydesk.ui.common.FxTaskRunner;
import org.integritydesk.ui.main.MainView;
import org.integritydesk.ui.print.PrintPreviewView;
import org.integritydesk.ui.print.PrintPreviewViewModel;
import org.integritydesk.ui.setup.JoinServerViewModel;
import org.integritydesk.ui.setup.SetupView;
import org.integritydesk.ui.setup.SetupViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every FXML view loads with its controller in both languages: a missing fx:id or a bad binding
 * would otherwise only show when a clerk opens that window.
 */
class EveryViewLoadsTest {
    @TempDir Path dataDir;
    private AppServices services;
    private FxTaskRunner tasks;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        services = new Sessions(Clock.systemDefaultZone()).create(dataDir, "admin", "Desk#2026".toCharArray()).services();
        services.setup().setUp("测试县市场监督管理局", "360821");
        tasks = new FxTaskRunner(1);
    }

    @AfterEach
    void stop() {
        tasks.close();
        services.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyViewLoads(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Messages messages = new Messages(locale);
        MainView.Actions actions = new NoMainActions();
        UiComposition composition = new UiComposition(services, tasks, locale, () -> null, actions, "测试县");
        var loader = composition.loader();
        var dialogs = new FxDialogService(() -> null, messages);
        List<Callable<Parent>> views = List.of(
                () -> loader.load(MainView.class, "MainView").root(),
                () -> loader.load(UnitsView.class, "UnitsView").root(),
                () -> loader.load(CadreFormView.class, "CadreFormView", new CadreFormView(
                        new CadreFormViewModel(services.cadres(), tasks, dialogs, messages, Clock.systemDefaultZone()),
                        List.of(), unit -> "")).root(),
                () -> loader.load(RecycleBinView.class, "RecycleBinView",
                        new RecycleBinView(new RecycleBinViewModel(services.cadres(), tasks, dialogs, messages))).root(),
                () -> loader.load(PrintPreviewView.class, "PrintPreviewView",
                        new PrintPreviewView(new PrintPreviewViewModel(tasks, dialogs, messages), "x.pdf")).root(),
                () -> loader.load(SetupView.class, "SetupView",
                        new SetupView(new SetupViewModel((request, ctx) -> "", tasks, messages),
                                new JoinServerViewModel(server -> { }, tasks, messages))).root(),
                () -> loader.load(LoginView.class, "LoginView",
                        new LoginView(new LoginViewModel((user, password) -> false, tasks, messages, "admin"))).root(),
                () -> loader.load(ChangePasswordView.class, "ChangePasswordView", new ChangePasswordView(
                        new ChangePasswordViewModel((old, fresh) -> { }, tasks, messages, "admin"), "")).root(),
                () -> loader.load(UsersView.class, "UsersView").root(),
                () -> loader.load(org.integritydesk.ui.admin.AuditView.class, "AuditView").root(),
                () -> loader.load(org.integritydesk.ui.admin.BackupsView.class, "BackupsView").root(),
                () -> loader.load(org.integritydesk.ui.years.YearsView.class, "YearsView").root(),
                () -> loader.load(org.integritydesk.ui.exchange.ExchangeView.class, "ExchangeView").root(),
                () -> loader.load(org.integritydesk.ui.admin.DatabaseView.class, "DatabaseView").root(),
                () -> loader.load(IdleLockView.class, "IdleLockView", new IdleLockView(new IdleLockViewModel(
                        Clock.systemDefaultZone(), java.time.Duration.ofMinutes(10), pw -> { }, tasks, messages), "admin"))
                        .root(),
                () -> loader.load(org.integritydesk.ui.education.EducationView.class, "EducationView").root(),
                () -> loader.load(org.integritydesk.ui.education.ActivityFormView.class, "ActivityFormView",
                        new org.integritydesk.ui.education.ActivityFormView(
                                new org.integritydesk.ui.education.ActivityFormViewModel(services.education(), tasks,
                                        dialogs, messages, java.time.LocalDate.of(2025, 3, 1)),
                                List.of(), unit -> "", List.of(), messages)).root(),
                () -> loader.load(CadreView.class, "CadreView").root(),
                () -> loader.load(org.integritydesk.ui.regulation.RegulationsView.class, "RegulationsView").root(),
                () -> loader.load(org.integritydesk.ui.talk.TalkView.class, "TalkView").root(),
                () -> loader.load(org.integritydesk.ui.commitment.CommitmentView.class, "CommitmentView").root(),
                () -> loader.load(org.integritydesk.ui.talk.TalkFormView.class, "TalkFormView",
                        new org.integritydesk.ui.talk.TalkFormView(new org.integritydesk.ui.talk.TalkFormViewModel(
                                services.talks(), tasks, dialogs, messages, Clock.systemDefaultZone(), List.of()))).root(),
                () -> loader.load(org.integritydesk.ui.commitment.CommitmentFormView.class, "CommitmentFormView",
                        new org.integritydesk.ui.commitment.CommitmentFormView(
                                new org.integritydesk.ui.commitment.CommitmentFormViewModel(services.commitments(), tasks,
                                        dialogs, messages, Clock.systemDefaultZone(), new org.integritydesk.model.CommitmentSummary(
                                                java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "李四", "ls",
                                                org.integritydesk.model.IdNumber.parse(
                                                        org.integritydesk.testing.IdNumbers.of("360821", "19850314", "019"),
                                                        java.time.LocalDate.MAX),
                                                "所长", java.util.UUID.randomUUID(), "城关分局", 2025, null, null, 1))))
                        .root(),
                () -> loader.load(org.integritydesk.ui.rectification.RectificationView.class, "RectificationView").root(),
                () -> loader.load(org.integritydesk.ui.rectification.RectificationFormView.class, "RectificationFormView",
                        new org.integritydesk.ui.rectification.RectificationFormView(
                                new org.integritydesk.ui.rectification.RectificationFormViewModel(
                                        services.rectifications(), tasks, dialogs, messages, Clock.systemDefaultZone(),
                                        services.units().tree(), List.of()))).root(),
                () -> loader.load(org.integritydesk.ui.responsibility.ResponsibilityView.class, "ResponsibilityView")
                        .root(),
                () -> loader.load(org.integritydesk.ui.responsibility.TaskFormView.class, "TaskFormView",
                        new org.integritydesk.ui.responsibility.TaskFormView(
                                new org.integritydesk.ui.responsibility.TaskFormViewModel(services.responsibility(), tasks,
                                        dialogs, messages, services.units().tree(), List.of(), 2025))).root(),
                () -> loader.load(org.integritydesk.ui.supervision.SupervisionView.class, "SupervisionView").root(),
                () -> loader.load(org.integritydesk.ui.home.HomeView.class, "HomeView").root(),
                () -> loader.load(org.integritydesk.ui.rectification.ProblemAnalysisView.class, "ProblemAnalysisView")
                        .root(),
                () -> loader.load(org.integritydesk.ui.debriefing.DebriefingView.class, "DebriefingView").root(),
                () -> sheetImport(loader, new org.integritydesk.ui.cadre.RosterSheetImport(
                        new org.integritydesk.exchange.RosterImport(services.cadreRoster()), messages), dialogs, messages),
                () -> sheetImport(loader, new org.integritydesk.ui.education.AttendanceImport(services.attendanceImport(),
                        java.util.UUID.randomUUID(), "廉洁从政专题党课", messages), dialogs, messages),
                () -> loader.load(org.integritydesk.ui.assessment.AssessmentView.class, "AssessmentView").root(),
                () -> loader.load(org.integritydesk.ui.supervision.VisitFormView.class, "VisitFormView",
                        new org.integritydesk.ui.supervision.VisitFormView(
                                new org.integritydesk.ui.supervision.VisitFormViewModel(services.supervision(), tasks,
                                        dialogs, messages, Clock.systemDefaultZone(), services.units().tree(),
                                        List.of()))).root(),
                () -> loader.load(org.integritydesk.ui.selfinspection.SelfInspectionView.class, "SelfInspectionView")
                        .root(),
                () -> loader.load(org.integritydesk.ui.selfinspection.CampaignFormView.class, "CampaignFormView",
                        new org.integritydesk.ui.selfinspection.CampaignFormView(
                                new org.integritydesk.ui.selfinspection.CampaignFormViewModel(services.selfInspection(),
                                        tasks, dialogs, messages, services.units().tree(),
                                        java.time.LocalDate.of(2025, 3, 1)))).root(),
                () -> loader.load(org.integritydesk.ui.selfinspection.DeclarationFormView.class, "DeclarationFormView",
                        new org.integritydesk.ui.selfinspection.DeclarationFormView(
                                new org.integritydesk.ui.selfinspection.DeclarationFormViewModel(
                                        services.selfInspection(), tasks, dialogs, messages,
                                        new org.integritydesk.model.SelfInspectionCampaign(java.util.UUID.randomUUID(),
                                                "ZC-2025-01", "专项自查", 2025, java.time.LocalDate.of(2025, 3, 1),
                                                java.time.LocalDate.of(2025, 4, 1), null,
                                                org.integritydesk.model.SelfInspectionRules.SEED_ITEMS, List.of(),
                                                org.integritydesk.model.RecordStamp.NEW),
                                        new org.integritydesk.model.SelfInspectionDeclaration(java.util.UUID.randomUUID(),
                                                java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "李四", "科员",
                                                java.util.UUID.randomUUID(), "城关分局", null, List.of(), 1),
                                        java.time.LocalDate.of(2025, 3, 15)), "无", "有")).root());
        for (Callable<Parent> view : views) {
            Parent root = WaitForAsyncUtils.asyncFx(view).get(20, TimeUnit.SECONDS);
            assertThat(root).isNotNull();
        }
    }

    /** The shared import window, for one import. */
    private <F> Parent sheetImport(org.integritydesk.ui.common.ViewLoader loader,
            org.integritydesk.ui.common.SheetImport<F> source, org.integritydesk.ui.common.DialogService dialogs,
            Messages messages) {
        var view = new org.integritydesk.ui.common.SheetImportView<>(
                new org.integritydesk.ui.common.SheetImportViewModel<>(source, tasks, dialogs, messages));
        @SuppressWarnings("unchecked")
        Class<org.integritydesk.ui.common.SheetImportView<F>> type =
                (Class<org.integritydesk.ui.common.SheetImportView<F>>) (Class<?>) org.integritydesk.ui.common.SheetImportView.class;
        return loader.load(type, "SheetImportView", view).root();
    }
}

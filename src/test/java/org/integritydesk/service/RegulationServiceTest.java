package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Regulation;
import org.integritydesk.model.RegulationDraft;
import org.integritydesk.model.RegulationFilter;
import org.integritydesk.model.RegulationKind;
import org.integritydesk.model.RegulationStatus;
import org.integritydesk.model.Role;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.store.ContentFingerprint;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regulations register on H2: who may do what, the audit trail, validation, concurrent edits, the printout. */
class RegulationServiceTest {
    @TempDir Path dir;
    private TestServices services;
    private OrgUnit subBureau;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit bureau = services.setUpBureau();
        subBureau = services.subBureau(bureau, "36082104", "城关分局");
    }

    @AfterEach
    void close() {
        services.close();
    }

    static RegulationDraft draft(String title) {
        return new RegulationDraft(title, "吉县市监字〔2024〕12号", LocalDate.of(2024, 5, 6), RegulationKind.OFFICE_EFFICIENCY,
                "吉安县市场监督管理局", RegulationStatus.IN_FORCE, null, "规范机关工作程序");
    }

    private List<AuditEvent> events() {
        services.actAs(Role.INSPECTOR, null, null);
        return services.audit.find(AuditFilter.ANY, 0, 1000);
    }

    @Test
    void anInspectorAddsARuleAndTheTrailRecordsIt() {
        Regulation created = services.regulations.create(draft("  机关效能建设制度 "));

        assertThat(created.title()).isEqualTo("机关效能建设制度");
        assertThat(services.regulations.list()).extracting(Regulation::id).containsExactly(created.id());
        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(event.recordType()).isEqualTo("regulation");
        assertThat(event.recordId()).isEqualTo(created.id());
        assertThat(event.after()).contains("机关效能建设制度").contains("OFFICE_EFFICIENCY");
    }

    @Test
    void anUpdateIsAuditedWithWhatChanged() {
        Regulation created = services.regulations.create(draft("学习制度"));
        RegulationDraft d = created.draft();
        Regulation saved = services.regulations.update(created.id(), created.version(), new RegulationDraft(d.title(),
                d.documentNumber(), d.issuedOn(), d.kind(), d.issuingUnit(), RegulationStatus.REPEALED,
                LocalDate.of(2025, 1, 2), d.summary()));

        assertThat(saved.status()).isEqualTo(RegulationStatus.REPEALED);
        assertThat(saved.version()).isEqualTo(created.version() + 1);
        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(event.before()).contains("IN_FORCE").doesNotContain("学习制度");
        assertThat(event.after()).contains("REPEALED").contains("2025-01-02");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Regulation created = services.regulations.create(draft("学习制度"));
        services.regulations.update(created.id(), created.version(), draft("学习制度（修订）"));
        ContentFingerprint before = services.fingerprint();

        assertThatThrownBy(() -> services.regulations.update(created.id(), created.version(), draft("别的名称")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aBrokenRuleIsRefusedWithTheFieldAndNothingIsStored() {
        ContentFingerprint before = services.fingerprint();
        RegulationDraft d = draft("");
        assertThatThrownBy(() -> services.regulations.create(d))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("title"));
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void deletingTakesTheRuleOffTheRegisterAndIsAudited() {
        Regulation created = services.regulations.create(draft("绩效考核制度"));
        services.regulations.delete(created.id(), created.version());

        assertThat(services.regulations.list()).isEmpty();
        assertThat(events().get(0).kind()).isEqualTo(AuditKind.DELETE);
        assertThatThrownBy(() -> services.regulations.find(created.id())).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("error.regulation.notFound");
    }

    @Test
    void aClerkSeesTheWholeRegisterButCannotChangeIt() {
        Regulation created = services.regulations.create(draft("党风廉政建设制度"));
        services.actAs(Role.SUB_BUREAU_CLERK, subBureau.id(), null);
        ContentFingerprint before = services.fingerprint();

        assertThat(services.regulations.list()).extracting(Regulation::title).containsExactly("党风廉政建设制度");
        assertThat(services.regulations.mayEdit()).isFalse();
        assertThatThrownBy(() -> services.regulations.create(draft("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.regulations.update(created.id(), created.version(), draft("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.regulations.delete(created.id(), created.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.fingerprint()).isEqualTo(before);
    }

    @Test
    void aLeaderReadsAndPrintsButCannotChange() {
        services.regulations.create(draft("作风建设监督制度"));
        services.actAs(Role.LEADER, null, null);

        assertThat(services.regulations.list()).hasSize(1);
        assertThat(services.regulations.mayEdit()).isFalse();
        assertThat(services.regulations.printRegister(RegulationFilter.ALL, Locale.CHINA).pageCount()).isEqualTo(1);
        assertThatThrownBy(() -> services.regulations.create(draft("x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorDoesNotSeeTheRegister() {
        services.actAs(Role.SYSTEM_ADMIN, null, null);
        assertThatThrownBy(() -> services.regulations.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void printingTheRegisterOfAYearIsOneAuditEventNamingTheYearAndRows() {
        services.regulations.create(draft("机关效能建设制度"));
        RegulationDraft d = draft("学习制度");
        services.regulations.create(new RegulationDraft(d.title(), null, LocalDate.of(2023, 2, 1), RegulationKind.STUDY,
                d.issuingUnit(), RegulationStatus.IN_FORCE, null, null));

        PrintableDocument document = services.regulations.printRegister(new RegulationFilter(null, 2024, null, null),
                Locale.CHINA);

        assertThat(document.pageCount()).isEqualTo(1);
        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.PRINT);
        assertThat(event.recordType()).isEqualTo("regulations");
        assertThat(event.after()).contains("\"year\":2024").contains("\"rows\":1");
    }

    @Test
    void aClosedYearRefusesEveryChangeToItsRulesUntilReopened() throws java.io.IOException {
        Regulation issued2024 = services.regulations.create(draft("学习制度"));
        Regulation issued2023 = services.regulations.create(issuedOn(draft("保密制度"), LocalDate.of(2023, 2, 1)));
        Regulation issued2025 = services.regulations.create(issuedOn(draft("值班制度"), LocalDate.of(2025, 1, 10)));
        var document = services.attachments.add(RegulationService.OWNER_TYPE, issued2024.id(),
                java.nio.file.Files.writeString(dir.resolve("学习制度.txt"), "正文"));
        java.nio.file.Path newDocument = java.nio.file.Files.writeString(dir.resolve("修订稿.txt"), "修订稿");
        services.years.close(2024);
        long eventsAfterClose = services.audit.count(AuditFilter.ANY);

        RegulationService rules = services.regulations;
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> rules.create(draft("考勤制度")),
                () -> rules.create(repealedOn(issuedOn(draft("旧制度"), LocalDate.of(2023, 3, 1)), LocalDate.of(2024, 6, 1))),
                () -> rules.update(issued2024.id(), issued2024.version(), retitled(issued2024, "学习制度（修订）")),
                () -> rules.update(issued2024.id(), issued2024.version(),
                        issuedOn(issued2024.draft(), LocalDate.of(2025, 1, 2))),
                () -> rules.update(issued2025.id(), issued2025.version(),
                        issuedOn(issued2025.draft(), LocalDate.of(2024, 12, 30))),
                () -> rules.update(issued2023.id(), issued2023.version(),
                        repealedOn(issued2023.draft(), LocalDate.of(2024, 8, 1))),
                () -> rules.delete(issued2024.id(), issued2024.version()),
                () -> services.attachments.add(RegulationService.OWNER_TYPE, issued2024.id(), newDocument),
                () -> services.attachments.remove(document.id(), document.version()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(rules.list()).extracting(Regulation::title, Regulation::version, Regulation::repealedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("学习制度", issued2024.version(), null),
                        org.assertj.core.groups.Tuple.tuple("保密制度", issued2023.version(), null),
                        org.assertj.core.groups.Tuple.tuple("值班制度", issued2025.version(), null));
        assertThat(services.attachments.list(RegulationService.OWNER_TYPE, issued2024.id()))
                .extracting(org.integritydesk.model.Attachment::id).containsExactly(document.id());
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(eventsAfterClose);
        // a rule of an open year repealed in an open year still changes
        assertThat(rules.update(issued2023.id(), issued2023.version(),
                repealedOn(issued2023.draft(), LocalDate.of(2025, 2, 1))).status()).isEqualTo(RegulationStatus.REPEALED);

        services.years.reopen(2024, "补正制度标题");
        Regulation saved = rules.update(issued2024.id(), issued2024.version(), retitled(issued2024, "学习制度（修订）"));
        assertThat(saved.title()).isEqualTo("学习制度（修订）");
        services.attachments.remove(document.id(), document.version());
        rules.delete(saved.id(), saved.version());
        assertThat(rules.list()).extracting(Regulation::title).containsExactlyInAnyOrder("保密制度", "值班制度");
    }

    private static RegulationDraft issuedOn(RegulationDraft d, LocalDate issuedOn) {
        return new RegulationDraft(d.title(), d.documentNumber(), issuedOn, d.kind(), d.issuingUnit(), d.status(),
                d.repealedOn(), d.summary());
    }

    private static RegulationDraft repealedOn(RegulationDraft d, LocalDate repealedOn) {
        return new RegulationDraft(d.title(), d.documentNumber(), d.issuedOn(), d.kind(), d.issuingUnit(),
                RegulationStatus.REPEALED, repealedOn, d.summary());
    }

    private static RegulationDraft retitled(Regulation r, String title) {
        RegulationDraft d = r.draft();
        return new RegulationDraft(title, d.documentNumber(), d.issuedOn(), d.kind(), d.issuingUnit(), d.status(),
                d.repealedOn(), d.summary());
    }
}

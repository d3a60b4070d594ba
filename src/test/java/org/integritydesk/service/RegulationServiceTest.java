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
}

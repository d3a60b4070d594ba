package org.integritydesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.service.Messages;
import org.integritydesk.store.RawSql;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private AuditViewModel audit;
    private Cadre cadre;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit unit = services.subBureau(services.setUpBureau(), "36082104", "城关分局");
        cadre = services.cadres.create(DraftBuilder.draft(unit.id()).name("王一").idNumber(IdNumbers.of("360821", "19800101", "111")).build());
        services.cadres.openFile(cadre.id(), "日常管理");
        services.cadres.delete(cadre.id(), cadre.version());
        AuditViewModel.Exports exports = new AuditViewModel.Exports() {
            @Override
            public long pdf(org.integritydesk.model.AuditFilter filter, String purpose, Path target) {
                return services.audit.exportPdf(filter, Locale.SIMPLIFIED_CHINESE, purpose, target).events();
            }

            @Override
            public long excel(org.integritydesk.model.AuditFilter filter, String purpose, Path target) {
                throw new UnsupportedOperationException("the Excel export has its own tests");
            }
        };
        audit = new AuditViewModel(services.audit, exports, new DirectTaskRunner(), dialogs, messages, TestServices.ZONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void listsEveryEventNewestFirst() {
        audit.search();
        assertThat(audit.events()).extracting(e -> e.kind()).startsWith(AuditKind.DELETE, AuditKind.VIEW, AuditKind.CREATE);
        assertThat(audit.statusProperty().get()).isEqualTo(messages.get("audit.count", audit.events().size(), audit.events().size()));
    }

    @Test
    void filtersByKind() {
        audit.kindProperty().set(AuditKind.VIEW);
        audit.search();
        assertThat(audit.events()).singleElement().satisfies(e -> assertThat(e.purpose()).isEqualTo("日常管理"));
    }

    @Test
    void showsTheHistoryOfTheSelectedRecord() {
        audit.search();
        audit.selectedProperty().set(audit.events().get(0));
        audit.showRecordHistory();
        assertThat(audit.events()).extracting(e -> e.recordId()).containsOnly(cadre.id());
        assertThat(audit.events()).hasSize(3);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        audit.fromProperty().set(TestServices.TODAY);
        audit.toProperty().set(TestServices.TODAY.minusDays(1));
        audit.search();
        assertThat(audit.statusProperty().get()).isEqualTo(messages.get("audit.badRange"));
    }

    @Test
    void exportingAsksWhereAndWhyThenWritesThePdfAndAuditsTheExport() {
        Path target = dir.resolve("审计日志.pdf");
        dialogs.answerSaveFile(target).answerPurpose("巡察");
        audit.export("pdf");
        assertThat(target).exists();
        assertThat(audit.statusProperty().get()).contains(target.toString());
        assertThat(services.audit.find(org.integritydesk.model.AuditFilter.ANY.withKinds(AuditKind.EXPORT), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.purpose()).isEqualTo("巡察"));
    }

    @Test
    void cancellingTheSaveDialogExportsNothing() {
        dialogs.answerSaveFile(null);
        audit.export("pdf");
        assertThat(dialogs.purposeQuestions()).isZero();
        assertThat(services.audit.count(org.integritydesk.model.AuditFilter.ANY.withKinds(AuditKind.EXPORT))).isZero();
    }

    @Test
    void verifyingAnIntactChainSaysSo() {
        audit.verify();
        assertThat(dialogs.infos()).singleElement().satisfies(i -> assertThat(i.message()).contains("审计链完整"));
    }

    @Test
    void verifyingATamperedChainNamesTheBrokenEvent() {
        RawSql.execute(services.database, "UPDATE audit_event SET actor = 'someone' WHERE sequence = 2");
        audit.verify();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("第 2 号"));
    }
}

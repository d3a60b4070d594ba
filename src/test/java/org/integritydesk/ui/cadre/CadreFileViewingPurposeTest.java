package org.integritydesk.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.service.Messages;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.integritydesk.ui.testing.DirectTaskRunner;
import org.integritydesk.ui.testing.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a file asks why once per session, and every opening is audited with that purpose. */
class CadreFileViewingPurposeTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TestServices services;
    private CadreFileViewModel file;
    private Cadre first;
    private Cadre second;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        OrgUnit unit = services.subBureau(services.setUpBureau(), "36082104", "城关分局");
        first = services.cadres.create(DraftBuilder.draft(unit.id()).name("王一").idNumber(IdNumbers.of("360821", "19800101", "111")).build());
        second = services.cadres.create(DraftBuilder.draft(unit.id()).name("王二").idNumber(IdNumbers.of("360821", "19810101", "222")).build());
        file = new CadreFileViewModel(services.cadres, new DirectTaskRunner(), messages, new ViewingPurpose(dialogs, messages));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long views() {
        return services.audit.count(AuditFilter.ANY.withKinds(AuditKind.VIEW));
    }

    @Test
    void thePurposeIsAskedOnceAndEveryViewIsAuditedWithIt() {
        dialogs.answerPurpose("信访举报核查");
        file.show(first.id());
        file.show(second.id());

        assertThat(dialogs.purposeQuestions()).isEqualTo(1);
        assertThat(views()).isEqualTo(2);
        assertThat(services.audit.find(AuditFilter.ANY.withKinds(AuditKind.VIEW), 0, 10))
                .allSatisfy(e -> assertThat(e.purpose()).isEqualTo("信访举报核查"));
    }

    @Test
    void withoutAPurposeTheFileIsNotOpenedAndNothingIsAudited() {
        dialogs.answerPurpose(null);
        file.show(first.id());

        assertThat(file.fileProperty().get()).isNull();
        assertThat(file.messageProperty().get()).isEqualTo(messages.get("purpose.required"));
        assertThat(views()).isZero();
    }

    @Test
    void anInspectorSeesTheWholeIdNumberInTheFileButALeaderSeesItMasked() {
        file.show(first.id());
        assertThat(file.basicFields()).anySatisfy(f -> assertThat(f.value()).isEqualTo(first.idNumber().value()));

        services.actAs(Role.LEADER, null, null);
        file.show(second.id());
        assertThat(file.basicFields()).anySatisfy(f -> assertThat(f.value()).isEqualTo(second.idNumber().masked()))
                .noneSatisfy(f -> assertThat(f.value()).isEqualTo(second.idNumber().value()));
    }
}

package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.integritydesk.testing.DraftBuilder.draft;
import static org.integritydesk.testing.DraftBuilder.familyRow;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.FamilyRelation;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.UnitService.UnitDraft;
import org.integritydesk.store.RawSql;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each use case that changes or shows a record writes exactly one audit event, in its own transaction. */
class UseCaseAuditTest {
    /** 18 characters of an ID number, also grouped with spaces. */
    private static final Pattern WHOLE_ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");
    private static final String OTHER_ID = IdNumbers.of("360821", "19790512", "046");

    @TempDir
    Path dir;

    private TestServices services;
    private CadreService cadres;
    private OrgUnit bureau;
    private OrgUnit chengguan;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        cadres = services.cadres;
        bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private long eventCount() {
        return services.audit.count(AuditFilter.ANY);
    }

    /** The events written since the count was {@code before}, oldest first. */
    private List<AuditEvent> eventsSince(long before) {
        List<AuditEvent> newestFirst = services.audit.find(AuditFilter.ANY, 0, AuditService.MAX_PAGE);
        return newestFirst.stream().filter(e -> e.sequence() > before)
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).toList();
    }

    private AuditEvent onlyEventSince(long before) {
        List<AuditEvent> events = eventsSince(before);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private DraftBuilder zhangSan() {
        return draft(chengguan.id());
    }

    @Test
    void settingUpIsOneSettingChange() {
        AuditEvent setup = services.audit.find(AuditFilter.ANY.withKinds(AuditKind.SETTING_CHANGE), 0, 10).get(0);

        assertThat(setup.sequence()).isEqualTo(1);
        assertThat(setup.recordType()).isEqualTo(AuditTrail.SETTING);
        assertThat(setup.after()).contains("\"bureau.code\":\"360821\"").contains("吉安县市场监督管理局");
    }

    @Test
    void creatingACadreIsOneCreateEventWithItsFields() {
        long before = eventCount();

        Cadre created = cadres.create(zhangSan().family(familyRow(FamilyRelation.SPOUSE, "李梅", "吉安县人民医院")).build());

        AuditEvent event = onlyEventSince(before);
        assertThat(event.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(event.recordType()).isEqualTo(AuditTrail.CADRE);
        assertThat(event.recordId()).isEqualTo(created.id());
        assertThat(event.recordLabel()).isEqualTo("张三");
        assertThat(event.actor()).isEqualTo(TestServices.USER);
        assertThat(event.before()).isNull();
        assertThat(event.after()).contains("\"position\":\"副局长\"", "\"name\":\"李梅\"",
                "\"idNumber\":\"360821********" + DraftBuilder.ZHANG_SAN_ID.substring(14) + "\"");
    }

    @Test
    void updatingACadreRecordsOnlyTheChangedFields() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        cadres.update(created.id(), created.version(), zhangSan().position("局长").build());

        AuditEvent event = onlyEventSince(before);
        assertThat(event.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(event.recordId()).isEqualTo(created.id());
        assertThat(event.before()).isEqualTo("{\"position\":\"副局长\"}");
        assertThat(event.after()).isEqualTo("{\"position\":\"局长\"}");
    }

    @Test
    void savingWithoutChangesIsStillOneEventWithNoFields() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        cadres.update(created.id(), created.version(), zhangSan().build());

        AuditEvent event = onlyEventSince(before);
        assertThat(event.before()).isEqualTo("{}");
        assertThat(event.after()).isEqualTo("{}");
    }

    @Test
    void anUpdateRefusedForAVersionConflictRecordsNothing() {
        Cadre created = cadres.create(zhangSan().build());
        cadres.update(created.id(), created.version(), zhangSan().position("局长").build());
        long before = eventCount();

        assertThatThrownBy(() -> cadres.update(created.id(), created.version(), zhangSan().position("科员").build()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(eventCount()).isEqualTo(before);
        assertThat(services.audit.verify().intact()).isTrue();
    }

    @Test
    void aCreateRefusedByValidationRecordsNothing() {
        long before = eventCount();

        assertThatThrownBy(() -> cadres.create(zhangSan().name("").build())).isInstanceOf(ValidationException.class);

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void deletingAndRestoringAreOneEventEach() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        cadres.delete(created.id(), created.version());
        cadres.restore(created.id(), created.version() + 1);

        assertThat(eventsSince(before)).extracting(AuditEvent::kind, AuditEvent::recordId, AuditEvent::recordLabel)
                .containsExactly(tuple(AuditKind.DELETE, created.id(), "张三"),
                        tuple(AuditKind.RESTORE, created.id(), "张三"));
    }

    @Test
    void openingAFileToReadItIsOneViewWithItsPurpose() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        cadres.openFile(created.id(), "  核查信访件 2025-017  ");

        AuditEvent event = onlyEventSince(before);
        assertThat(event.kind()).isEqualTo(AuditKind.VIEW);
        assertThat(event.recordId()).isEqualTo(created.id());
        assertThat(event.purpose()).isEqualTo("核查信访件 2025-017");
    }

    @Test
    void openingAFileForAUseCaseThatAuditsItselfRecordsNothing() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        cadres.openFile(created.id());

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aPurposeTooLongIsRefusedAndNothingIsRecorded() {
        Cadre created = cadres.create(zhangSan().build());
        long before = eventCount();

        assertThatThrownBy(() -> cadres.openFile(created.id(), "查".repeat(AuditTrail.MAX_PURPOSE + 1)))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).messageKey()).isEqualTo("error.audit.purposeTooLong"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChangeWhoseEventCannotBeWrittenIsNotSaved() {
        long before = eventCount();
        RawSql.execute(services.database, "DELETE FROM audit_head");

        assertThatThrownBy(() -> cadres.create(zhangSan().build())).hasMessageContaining("audit_head");

        assertThat(cadres.listCadres()).isEmpty();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theAuditTextNeverHoldsAWholeIdNumber() {
        Cadre created = cadres.create(zhangSan().notes("原身份证号 360821 19800229 1239 已注销").build());
        Cadre updated = cadres.update(created.id(), created.version(), zhangSan().idNumber(OTHER_ID)
                .notes("曾用号码 " + DraftBuilder.ZHANG_SAN_ID).build());
        cadres.openFile(created.id(), "核对身份证号 " + OTHER_ID);
        cadres.delete(created.id(), updated.version());
        cadres.restore(created.id(), updated.version() + 1);

        List<AuditEvent> events = services.audit.find(AuditFilter.ANY.withRecordId(created.id()), 0, 100);
        assertThat(events).hasSize(5);
        assertThat(events).flatExtracting(e -> Stream.of(e.recordLabel(), e.before(), e.after(), e.purpose())
                        .filter(text -> text != null).map(text -> text.replaceAll("\\s", "")).toList())
                .isNotEmpty()
                .noneMatch(text -> WHOLE_ID_NUMBER.matcher(text).find());
        assertThat(events.stream().filter(e -> e.kind() == AuditKind.UPDATE).findFirst().orElseThrow().after())
                .contains("\"idNumber\":\"360821********" + OTHER_ID.substring(14) + "\"");
    }

    @Test
    void unitChangesAreOneEventEach() {
        long before = eventCount();

        OrgUnit unit = services.units.create(new UnitDraft(bureau.id(), "36082102", "敦厚分局", UnitKind.SUB_BUREAU, 2));
        OrgUnit renamed = services.units.update(unit.id(), unit.version(),
                new UnitDraft(bureau.id(), "36082102", "敦厚市场监管所", UnitKind.SUB_BUREAU, 2));
        services.units.delete(unit.id(), renamed.version());

        List<AuditEvent> events = eventsSince(before);
        assertThat(events).extracting(AuditEvent::kind, AuditEvent::recordType, AuditEvent::recordId)
                .containsExactly(tuple(AuditKind.CREATE, AuditTrail.UNIT, unit.id()),
                        tuple(AuditKind.UPDATE, AuditTrail.UNIT, unit.id()),
                        tuple(AuditKind.DELETE, AuditTrail.UNIT, unit.id()));
        assertThat(events.get(1).before()).isEqualTo("{\"name\":\"敦厚分局\"}");
        assertThat(events.get(1).after()).isEqualTo("{\"name\":\"敦厚市场监管所\"}");
    }

    @Test
    void everyUseCaseLeavesAnIntactChain() {
        Cadre created = cadres.create(zhangSan().build());
        cadres.update(created.id(), created.version(), zhangSan().position("局长").build());
        cadres.openFile(created.id(), null);

        assertThat(services.audit.verify()).satisfies(result -> {
            assertThat(result.intact()).isTrue();
            assertThat(result.events()).isEqualTo(eventCount());
        });
    }
}

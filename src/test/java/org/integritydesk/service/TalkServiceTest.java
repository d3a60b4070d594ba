package org.integritydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.integritydesk.testing.DraftBuilder.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.integritydesk.model.AuditEvent;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.model.Cadre;
import org.integritydesk.model.CadreCategory;
import org.integritydesk.model.CadreSummary;
import org.integritydesk.model.FileSection;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.SectionEntry;
import org.integritydesk.model.Talk;
import org.integritydesk.model.TalkDraft;
import org.integritydesk.model.TalkKind;
import org.integritydesk.model.TalkSummary;
import org.integritydesk.service.security.AccessDeniedException;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TalkServiceTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @TempDir
    Path dir;

    private TestServices services;
    private TalkService talks;
    private OrgUnit chengguan;
    private OrgUnit dunhou;
    private Cadre leader;
    private Cadre liSi;
    private Cadre wangWu;

    @BeforeEach
    void openDatabase() {
        services = TestServices.open(dir);
        talks = services.talks;
        OrgUnit bureau = services.setUpBureau();
        chengguan = services.subBureau(bureau, "36082101", "城关分局");
        dunhou = services.subBureau(bureau, "36082102", "敦厚分局");
        leader = services.cadres.create(draft(bureau.id()).name("张国强").idNumber(IdNumbers.of("360821", "19700101", "011"))
                .position("局长").category(CadreCategory.LEADING).importantPosition(false).build());
        liSi = services.cadres.create(draft(chengguan.id()).name("李四").idNumber(IdNumbers.of("360821", "19850314", "019"))
                .position("所长").category(CadreCategory.MIDDLE_LEVEL).importantPosition(true).build());
        wangWu = services.cadres.create(draft(dunhou.id()).name("王五").idNumber(IdNumbers.of("360821", "19900101", "022"))
                .position("科员").category(CadreCategory.GENERAL).importantPosition(false)
                .workStartDate(LocalDate.of(2012, 9, 1)).appointmentDate(null).build());
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private static TalkDraft talk(Cadre cadre, TalkKind kind, Cadre talker) {
        return new TalkDraft(cadre.id(), kind, DAY, talker == null ? "赵明" : talker.name(),
                talker == null ? null : talker.id(), "刘敏", "任前廉政谈话，重申廉洁纪律。", "接受组织谈话", "三个月后回访");
    }

    private List<AuditEvent> events() {
        return services.audit.find(AuditFilter.ANY, 0, 100);
    }

    @Test
    void recordsATalkAndAuditsItInTheSameTransaction() {
        long before = services.audit.count(AuditFilter.ANY);

        Talk saved = talks.create(talk(liSi, TalkKind.ROUTINE, leader));

        assertThat(talks.listTalks(2025)).extracting(TalkSummary::id, TalkSummary::cadreName, TalkSummary::talkerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(saved.id(), "李四", "张国强"));
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(before + 1);
        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(event.recordType()).isEqualTo(AuditTrail.TALK);
        assertThat(event.recordId()).isEqualTo(saved.id());
        assertThat(event.after()).contains("张国强").doesNotContain(liSi.idNumber().value());
    }

    @Test
    void refusesTheCadreAsTheirOwnTalkerAndStoresNothing() {
        long before = services.audit.count(AuditFilter.ANY);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> talks.create(talk(liSi, TalkKind.ROUTINE, liSi)));

        assertThat(e.errors()).extracting(f -> f.messageKey()).containsExactly("validation.talk.talkerIsCadre");
        assertThat(talks.listTalks(2025)).isEmpty();
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(before);
    }

    @Test
    void anImportantPositionCadreIsMissingThePreAppointmentTalkUntilOneIsRecorded() {
        assertThat(talks.missingPreAppointmentTalks()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(services.cadres.openFile(liSi.id()).entries(FileSection.TALKS)).extracting(SectionEntry::title)
                .containsExactly("缺任前谈话");

        // the day before: the file lists talks by date (saves at one instant of the test clock would tie)
        TalkDraft routine = talk(liSi, TalkKind.ROUTINE, leader);
        talks.create(new TalkDraft(routine.cadreId(), routine.kind(), DAY.minusDays(1), routine.talkerName(),
                routine.talkerCadreId(), routine.recorderName(), routine.content(), routine.statement(),
                routine.followUp()));
        assertThat(talks.missingPreAppointmentTalks()).extracting(CadreSummary::name).containsExactly("李四");

        talks.create(talk(liSi, TalkKind.PRE_APPOINTMENT, leader));
        assertThat(talks.missingPreAppointmentTalks()).isEmpty();
        assertThat(services.cadres.openFile(liSi.id()).entries(FileSection.TALKS)).extracting(SectionEntry::title)
                .containsExactly("日常谈话", "任前谈话");
    }

    @Test
    void deletingThePreAppointmentTalkListsTheCadreAgain() {
        Talk t = talks.create(talk(liSi, TalkKind.PRE_APPOINTMENT, leader));

        talks.delete(t.id(), t.version());

        assertThat(talks.listTalks(2025)).isEmpty();
        assertThat(talks.missingPreAppointmentTalks()).extracting(CadreSummary::name).containsExactly("李四");
        assertThat(events().get(0).kind()).isEqualTo(AuditKind.DELETE);
    }

    @Test
    void refusesToSaveOverANewerVersion() {
        Talk t = talks.create(talk(liSi, TalkKind.ROUTINE, leader));
        TalkDraft changed = new TalkDraft(liSi.id(), TalkKind.REMINDER, DAY, "张国强", leader.id(), "刘敏",
                "提醒谈话", null, null);
        talks.update(t.id(), t.version(), changed);
        long before = services.audit.count(AuditFilter.ANY);

        assertThatThrownBy(() -> talks.update(t.id(), t.version(), talk(liSi, TalkKind.ADMONISHMENT, leader)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(talks.listTalks(2025)).extracting(TalkSummary::kind).containsExactly(TalkKind.REMINDER);
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(before);
    }

    @Test
    void anUpdateIsAuditedWithTheChangedFieldsOnly() {
        Talk t = talks.create(talk(liSi, TalkKind.ROUTINE, leader));
        TalkDraft changed = new TalkDraft(liSi.id(), TalkKind.REMINDER, DAY, "张国强", leader.id(), "刘敏",
                "任前廉政谈话，重申廉洁纪律。", "接受组织谈话", "三个月后回访");

        talks.update(t.id(), t.version(), changed);

        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(event.before()).contains("ROUTINE").doesNotContain("刘敏");
        assertThat(event.after()).contains("REMINDER");
    }

    @Test
    void aClerkSeesAndRecordsOnlyTheTalksOfTheirUnit() {
        talks.create(talk(liSi, TalkKind.ROUTINE, leader));
        talks.create(talk(wangWu, TalkKind.ROUTINE, leader));
        services.actAs(Role.SUB_BUREAU_CLERK, chengguan.id(), null);

        assertThat(talks.listTalks(2025)).extracting(TalkSummary::cadreName).containsExactly("李四");
        assertThatThrownBy(() -> talks.create(talk(wangWu, TalkKind.REMINDER, leader)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(talks.create(talk(liSi, TalkKind.PRE_APPOINTMENT, leader))).isNotNull();
    }

    @Test
    void aLeaderReadsButCannotRecord() {
        talks.create(talk(liSi, TalkKind.ROUTINE, leader));
        services.actAs(Role.LEADER, null, null);

        assertThat(talks.listTalks(2025)).hasSize(1);
        assertThatThrownBy(() -> talks.create(talk(wangWu, TalkKind.ROUTINE, leader)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void printsATalkRecordAndAuditsThePrintout() {
        Talk t = talks.create(talk(liSi, TalkKind.PRE_APPOINTMENT, leader));

        PrintableDocument document = talks.print(new TalkService.Selection.One(t.id()), Locale.SIMPLIFIED_CHINESE,
                "存档", ProgressListener.NONE, () -> false);

        assertThat(document.pageCount()).isEqualTo(1);
        AuditEvent event = events().get(0);
        assertThat(event.kind()).isEqualTo(AuditKind.PRINT);
        assertThat(event.recordId()).isEqualTo(t.id());
        assertThat(event.purpose()).isEqualTo("存档");
    }

    @Test
    void printingAYearOfAUnitTakesTheUnitAndItsTalksOnly() {
        talks.create(talk(liSi, TalkKind.PRE_APPOINTMENT, leader));
        talks.create(talk(wangWu, TalkKind.ROUTINE, leader));

        PrintableDocument all = talks.print(new TalkService.Selection.ByYear(2025, null), Locale.SIMPLIFIED_CHINESE,
                null, ProgressListener.NONE, () -> false);
        PrintableDocument one = talks.print(new TalkService.Selection.ByYear(2025, "36082101"),
                Locale.SIMPLIFIED_CHINESE, null, ProgressListener.NONE, () -> false);

        assertThat(all.pageCount()).isEqualTo(2);
        assertThat(one.pageCount()).isEqualTo(1);
        assertThatThrownBy(() -> talks.print(new TalkService.Selection.ByYear(2024, null), Locale.SIMPLIFIED_CHINESE,
                null, ProgressListener.NONE, () -> false)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("error.talk.nothingToPrint");
    }

    @Test
    void aClosedYearRefusesEveryChangeToItsTalksUntilReopened() {
        LocalDate lastYear = LocalDate.of(2024, 11, 5);
        Talk old = talks.create(talkOn(liSi, lastYear, "年终廉政提醒谈话。"));
        Talk current = talks.create(talkOn(wangWu, DAY, "任前廉政谈话，重申廉洁纪律。"));
        services.years.close(2024);
        long eventsAfterClose = services.audit.count(AuditFilter.ANY);

        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes = List.of(
                () -> talks.create(talkOn(leader, lastYear.withDayOfMonth(1), "补录谈话。")),
                () -> talks.update(old.id(), old.version(), talkOn(liSi, lastYear, "改写的内容。")),
                () -> talks.update(old.id(), old.version(), talkOn(liSi, DAY, "年终廉政提醒谈话。")),
                () -> talks.update(current.id(), current.version(), talkOn(wangWu, lastYear, "任前廉政谈话，重申廉洁纪律。")),
                () -> talks.delete(old.id(), old.version()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOfSatisfying(YearClosedException.class,
                    e -> assertThat(e.year()).isEqualTo(2024));
        }
        assertThat(talks.listTalks(2024)).extracting(TalkSummary::id, TalkSummary::content, TalkSummary::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(old.id(), "年终廉政提醒谈话。", old.version()));
        assertThat(talks.listTalks(2025)).extracting(TalkSummary::id, TalkSummary::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(current.id(), DAY));
        assertThat(services.audit.count(AuditFilter.ANY)).isEqualTo(eventsAfterClose);

        services.years.reopen(2024, "补录谈话内容");
        Talk edited = talks.update(old.id(), old.version(), talkOn(liSi, lastYear, "改写的内容。"));
        assertThat(edited.content()).isEqualTo("改写的内容。");
        talks.delete(edited.id(), edited.version());
        assertThat(talks.listTalks(2024)).isEmpty();
    }

    private static TalkDraft talkOn(Cadre cadre, LocalDate date, String content) {
        return new TalkDraft(cadre.id(), TalkKind.REMINDER, date, "赵明", null, "刘敏", content, null, null);
    }
}

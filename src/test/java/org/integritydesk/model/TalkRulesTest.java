package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TalkRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    private static final UUID CADRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID LEADER = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private static TalkDraft draft(UUID talkerCadre, String talker) {
        return new TalkDraft(CADRE, TalkKind.PRE_APPOINTMENT, TODAY, talker, talkerCadre, "刘敏",
                "任前廉政谈话，重申廉洁纪律。", "接受谈话", null);
    }

    private static List<String> fields(TalkDraft draft) {
        return TalkRules.check(draft, "李四", TODAY).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsACompleteTalk() {
        assertThat(TalkRules.check(draft(LEADER, "张局长"), "李四", TODAY)).isEmpty();
    }

    /** The talker cannot be the cadre talked to: by the linked file, or by name when not linked. */
    @ParameterizedTest(name = "talker {1} linked to {0}: refused = {2}")
    @CsvSource({
        "cadre,  李四,   true",
        "leader, 张局长, false",
        "none,   李四,   true",
        "none,   ' 李四 ', true",
        "none,   张局长, false",
        "leader, 李四,   false",
    })
    void refusesTheCadreAsTheirOwnTalker(String link, String talker, boolean refused) {
        UUID talkerCadre = switch (link.strip()) {
            case "cadre" -> CADRE;
            case "leader" -> LEADER;
            default -> null;
        };
        List<FieldError> errors = TalkRules.check(draft(talkerCadre, talker), "李四", TODAY);

        assertThat(errors.stream().anyMatch(e -> e.messageKey().equals("validation.talk.talkerIsCadre")))
                .isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0} missing or wrong")
    @CsvSource({"cadre", "kind", "date", "talker", "recorder", "content"})
    void namesTheFieldThatIsMissing(String field) {
        TalkDraft d = draft(LEADER, "张局长");
        TalkDraft broken = new TalkDraft(field.equals("cadre") ? null : d.cadreId(), field.equals("kind") ? null : d.kind(),
                field.equals("date") ? null : d.date(), field.equals("talker") ? " " : d.talkerName(), d.talkerCadreId(),
                field.equals("recorder") ? "" : d.recorderName(), field.equals("content") ? "  " : d.content(),
                d.statement(), d.followUp());

        assertThat(fields(broken)).containsExactly(field);
    }

    @Test
    void refusesATalkDatedAfterToday() {
        TalkDraft d = draft(LEADER, "张局长");
        TalkDraft tomorrow = new TalkDraft(d.cadreId(), d.kind(), TODAY.plusDays(1), d.talkerName(), d.talkerCadreId(),
                d.recorderName(), d.content(), d.statement(), d.followUp());

        assertThat(TalkRules.check(tomorrow, "李四", TODAY)).extracting(FieldError::messageKey)
                .containsExactly("validation.dateInFuture");
    }

    @Test
    void countsTheContentLengthInCodePoints() {
        String extB = new String(Character.toChars(0x20BB7));
        TalkDraft d = draft(LEADER, "张局长");
        TalkDraft atLimit = new TalkDraft(d.cadreId(), d.kind(), d.date(), d.talkerName(), d.talkerCadreId(),
                d.recorderName(), extB.repeat(TalkRules.MAX_TEXT), d.statement(), d.followUp());
        TalkDraft over = new TalkDraft(d.cadreId(), d.kind(), d.date(), d.talkerName(), d.talkerCadreId(),
                d.recorderName(), extB.repeat(TalkRules.MAX_TEXT + 1), d.statement(), d.followUp());

        assertThat(fields(atLimit)).isEmpty();
        assertThat(fields(over)).containsExactly("content");
    }
}

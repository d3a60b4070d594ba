package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integritydesk.model.ActivityKind;
import org.integritydesk.model.Attendee;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.model.IdNumber;
import org.integritydesk.model.OutreachTarget;
import org.integritydesk.model.RecordStamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignInSheetReportTest {
    private static final Pattern ANY_ID_NUMBER_PART = Pattern.compile("\\d{6}\\*{8}|\\d{17}[\\dX]");
    private static final String EXT_B_NAME = "\uD842\uDFB7乐";
    private static RenderedReport report;
    private static PdfText pdf;

    private static EducationActivity activity(String title, String hours) {
        return new EducationActivity(UUID.randomUUID(), ActivityKind.PARTY_CLASS, title, LocalDateTime.of(2025, 4, 8, 9, 30),
                new BigDecimal(hours), "县局三楼会议室", null, UUID.randomUUID(), "局党组书记", Set.of(OutreachTarget.INSTITUTION),
                null, RecordStamp.NEW);
    }

    private static List<Attendee> people(int count) {
        List<Attendee> people = new ArrayList<>();
        IdNumber id = IdNumber.parse("36082119800229123" + IdNumber.checkCharacterFor("36082119800229123"), LocalDate.MAX);
        people.add(new Attendee(UUID.randomUUID(), EXT_B_NAME, id, "科员", UUID.randomUUID(), "城关分局", null, null));
        people.add(new Attendee(UUID.randomUUID(), "阿依古丽·买买提", id, "执法人员", UUID.randomUUID(), "敦厚分局", null, null));
        for (int i = 2; i < count; i++) {
            people.add(new Attendee(UUID.randomUUID(), "干部" + i, id, "科员", UUID.randomUUID(), "永和分局", null, null));
        }
        return people;
    }

    @BeforeAll
    static void fill() {
        report = new SignInSheetReport().fill(List.of(
                new SignInSheetReport.Sheet(activity("廉洁从政专题党课", "2.5"), "吉安县市场监督管理局", "县局三楼会议室", people(200)),
                new SignInSheetReport.Sheet(activity("观看警示教育片", "1.5"), "城关分局", "城关分局会议室", people(3))),
                "吉安县市场监督管理局", Locale.CHINA, (done, total) -> { }, () -> false);
        pdf = PdfText.of(report);
    }

    @Test
    void printsTheTitleParticularsAndEveryNameWhole() {
        assertThat(pdf.pages().get(0)).contains("教育活动签到表", "廉洁从政专题党课", "2.5 学时", "2025年4月8日 09:30",
                "县局三楼会议室", "局党组书记", EXT_B_NAME, "阿依古丽·买买提");
        assertThat(pdf.all()).contains("干部199", "应到 200 人", "观看警示教育片", "应到 3 人");
        assertThat(report.charactersWithoutGlyph()).isEmpty();
    }

    @Test
    void countsEachActivitysPagesOnItsOwn() {
        int total = report.pageCount();
        assertThat(total).isGreaterThan(2);
        assertThat(pdf.pages().get(0)).contains("共 " + (total - 1) + " 页");
        assertThat(pdf.pages().get(total - 1)).contains("第 1 页", "共 1 页");
    }

    @Test
    void embedsItsFontsAndPrintsNoIdNumber() {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(ANY_ID_NUMBER_PART.matcher(pdf.all()).find()).isFalse();
    }

    @Test
    void printsInEnglishToo() {
        RenderedReport english = new SignInSheetReport().fill(List.of(new SignInSheetReport.Sheet(
                activity("Integrity lecture", "2"), "County bureau", "Room 3", people(3))), "County bureau", Locale.ENGLISH,
                (done, total) -> { }, () -> false);
        assertThat(PdfText.of(english).all()).contains("Education Activity Sign-in Sheet", "2 h", "Expected 3");
    }
}

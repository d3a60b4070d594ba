package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfInspectionRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    /** items: lines separated by |; empty cells are null. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
        "a valid campaign;               专项自查; 2025; 2025-03-01; 2025-04-30; 公款旅游|经商办企业; ",
        "no title;                       '  ';     2025; 2025-03-01; 2025-04-30; 公款旅游;            title=validation.required",
        "no year;                        专项自查; NULL; 2025-03-01; 2025-04-30; 公款旅游;            year=validation.required",
        "year out of range;              专项自查; 1999; 1999-03-01; 1999-04-30; 公款旅游;            year=validation.selfInspection.yearRange",
        "start outside the year;         专项自查; 2025; 2024-12-31; 2025-04-30; 公款旅游;            startsOn=validation.selfInspection.startsInYear",
        "end the day before the start;   专项自查; 2025; 2025-03-01; 2025-02-28; 公款旅游;            endsOn=validation.selfInspection.endsBeforeStart",
        "end on the start day;           专项自查; 2025; 2025-03-01; 2025-03-01; 公款旅游; ",
        "no items;                       专项自查; 2025; 2025-03-01; 2025-04-30; ' | ';               items=validation.selfInspection.noItems",
        "a duplicate item;               专项自查; 2025; 2025-03-01; 2025-04-30; 公款旅游| 公款旅游 ; items=validation.selfInspection.duplicateItem",
        "no start date;                  专项自查; 2025; NULL;       2025-04-30; 公款旅游;            startsOn=validation.required",
    })
    void checksACampaign(String name, String title, Integer year, LocalDate starts, LocalDate ends, String items,
            String expected) {
        CampaignDraft draft = new CampaignDraft(title, year, starts, ends, null, Arrays.asList(items.split("\\|")));
        List<String> found = SelfInspectionRules.check(draft).stream().map(e -> e.field() + "=" + e.messageKey()).toList();
        assertThat(found).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    /** answers: position:N (无) or position:Y:explanation, separated by |; five items. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
        "all none;                     1:N|2:N|3:N|4:N|5:N;            2025-03-15; ",
        "an explained issue;           1:N|2:N|3:N|4:Y:收受红包|5:N;   2025-03-15; ",
        "an unexplained issue;         1:N|2:N|3:Y: |4:N|5:N;          2025-03-15; item3=validation.selfInspection.explainIssue",
        "one item unanswered;          1:N|2:N|3:N|4:N;                2025-03-15; answers=validation.selfInspection.unanswered",
        "an answer twice, one missing; 1:N|1:N|3:N|4:N|5:N;            2025-03-15; answers=validation.selfInspection.unanswered",
        "an item that does not exist;  1:N|2:N|3:N|4:N|5:N|6:N;        2025-03-15; ",
        "declared tomorrow;            1:N|2:N|3:N|4:N|5:N;            2025-03-16; declaredOn=validation.dateInFuture",
        "declared the year before;     1:N|2:N|3:N|4:N|5:N;            2024-12-31; declaredOn=validation.selfInspection.declaredBeforeYear",
        "no date;                      1:N|2:N|3:N|4:N|5:N;            NULL;       declaredOn=validation.required",
    })
    void checksADeclaration(String name, String answers, LocalDate on, String expected) {
        List<DeclarationAnswer> parsed = new ArrayList<>();
        for (String a : answers.split("\\|")) {
            String[] parts = a.split(":", 3);
            int position = Integer.parseInt(parts[0]);
            parsed.add(parts[1].equals("Y") ? DeclarationAnswer.issue(position, parts[2]) : DeclarationAnswer.none(position));
        }
        List<String> found = SelfInspectionRules.checkDeclaration(5, parsed, on, 2025, TODAY).stream()
                .map(e -> e.field() + "=" + e.messageKey()).toList();
        assertThat(found).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"0,0,0,0", "3,3,0,0", "3,1,2,1"})
    void progressPendingIsCadresLessDeclared(int cadres, int declared, int pending, int withIssues) {
        assertThat(new CampaignProgress(null, "合计", cadres, declared, withIssues).pending()).isEqualTo(pending);
    }
}

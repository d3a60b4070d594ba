package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integritydesk.testing.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditTextTest {
    private static final String ID = IdNumbers.of("360821", "19800229", "123");

    @Test
    void rendersCompactJsonWithSortedKeys() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("position", "副局长");
        fields.put("appointmentDate", LocalDate.of(2016, 3, 1));
        fields.put("importantPosition", true);
        fields.put("category", CadreCategory.LEADING);
        fields.put("notes", null);
        fields.put("sortOrder", 3);

        assertThat(AuditText.render(fields)).isEqualTo("{\"appointmentDate\":\"2016-03-01\",\"category\":\"LEADING\","
                + "\"importantPosition\":true,\"notes\":null,\"position\":\"副局长\",\"sortOrder\":3}");
    }

    @Test
    void theSameFieldsInAnyOrderGiveTheSameText() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", "2");
        one.put("a", List.of(Map.of("y", 1, "x", 2)));
        Map<String, Object> other = new HashMap<>();
        other.put("a", List.of(Map.of("x", 2, "y", 1)));
        other.put("b", "2");

        assertThat(AuditText.render(one)).isEqualTo(AuditText.render(other)).isEqualTo("{\"a\":[{\"x\":2,\"y\":1}],\"b\":\"2\"}");
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
        assertThat(AuditText.render(Map.of("notes", "他说\"好\"\\\n第二行")))
                .isEqualTo("{\"notes\":\"他说\\\"好\\\"\\\\\\n第二行\"}");
    }

    @Test
    void aMissingMapRendersAsNull() {
        assertThat(AuditText.render(null)).isNull();
    }

    @Test
    void masksAnIdNumberValue() {
        String text = AuditText.render(Map.of("idNumber", IdNumber.parse(ID, LocalDate.of(2025, 1, 1))));

        assertThat(text).isEqualTo("{\"idNumber\":\"360821********" + ID.substring(14) + "\"}").doesNotContain(ID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "身份证 36082119800229123X 见附件 | 身份证 360821********123X 见附件",
        "360821 19800229 123X | 360821********123X",
        "36082119800229123x | 360821********123x",
        "手机 13800138000，日期 2016-03-01 | 手机 13800138000，日期 2016-03-01",
    })
    void masksAnythingShapedLikeAnIdNumberInText(String text, String masked) {
        assertThat(AuditText.maskIdNumbers(text)).isEqualTo(masked);
    }

    @Test
    void changesKeepOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = new HashMap<>();
        before.put("position", "副局长");
        before.put("name", "张三");
        before.put("notes", null);
        Map<String, Object> after = new HashMap<>();
        after.put("position", "局长");
        after.put("name", "张三");
        after.put("notes", "调任");

        AuditText.Changes changes = AuditText.changes(before, after);

        assertThat(AuditText.render(changes.before())).isEqualTo("{\"notes\":null,\"position\":\"副局长\"}");
        assertThat(AuditText.render(changes.after())).isEqualTo("{\"notes\":\"调任\",\"position\":\"局长\"}");
    }

    @Test
    void noDifferenceGivesEmptyChanges() {
        assertThat(AuditText.changes(Map.of("a", 1), Map.of("a", 1)).isEmpty()).isTrue();
    }
}

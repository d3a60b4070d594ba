package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ImportMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "姓名, NAME", "名字, NAME", "身份证号, ID_NUMBER", "公民身份号码, ID_NUMBER", "身份证号码, ID_NUMBER",
        "'身份证号（18位）', ID_NUMBER", "单位, UNIT", "所在单位, UNIT", "单位代码, UNIT", "职务, POSITION",
        "现任职务, POSITION", "性别, GENDER", "出生日期, BIRTH_DATE", "出生年月, BIRTH_DATE", "政治面貌, POLITICAL_STATUS",
        "手机, MOBILE", "手机号码, MOBILE", "联系电话, MOBILE", "干部类别, CATEGORY", "参加工作时间, WORK_START_DATE",
        "任现职时间, APPOINTMENT_DATE", "'姓 名', NAME", "*姓名, NAME", "民族, ETHNICITY", "备注, NOTES",
        "是否重要岗位, IMPORTANT_POSITION", "文化程度, EDUCATION", "现任职务名称, POSITION"
    })
    void suggestsTheFieldAChineseHeaderNames(String header, ImportField field) {
        assertThat(ImportMapping.suggest(List.of("序号", header)).columnOf(field)).contains(1);
    }

    @Test
    void leavesUnknownHeadersUnmapped() {
        ImportMapping mapping = ImportMapping.suggest(List.of("序号", "籍贯", "", "奖惩情况"));
        assertThat(mapping.columns()).isEmpty();
        assertThat(mapping.missingRequired()).containsExactlyInAnyOrder(ImportField.NAME, ImportField.ID_NUMBER,
                ImportField.UNIT, ImportField.POSITION, ImportField.CATEGORY);
    }

    @Test
    void theFirstOfTwoColumnsForOneFieldWins() {
        ImportMapping mapping = ImportMapping.suggest(List.of("姓名", "手机", "联系电话"));
        assertThat(mapping.columnOf(ImportField.MOBILE)).contains(1);
        assertThat(mapping.fieldAt(2)).isEmpty();
    }

    @Test
    void anExactNameBeatsAContainedOne() {
        // "工作单位" contains "单位" but is itself a name of UNIT; "参加工作时间" must not become UNIT or POSITION
        ImportMapping mapping = ImportMapping.suggest(List.of("参加工作时间", "工作单位"));
        assertThat(mapping.columnOf(ImportField.WORK_START_DATE)).contains(0);
        assertThat(mapping.columnOf(ImportField.UNIT)).contains(1);
    }

    @Test
    void aRememberedMappingFindsItsHeadersInAnotherOrder() {
        List<String> headers = Arrays.asList("人员名称", "证件", "部门名", "岗位", "类型");
        ImportMapping remembered = ImportMapping.remembered(headers, Map.of(ImportField.NAME, "人员名称",
                ImportField.ID_NUMBER, "证件", ImportField.UNIT, "部门名", ImportField.POSITION, "岗位",
                ImportField.CATEGORY, "类型"));
        assertThat(remembered.missingRequired()).isEmpty();
        assertThat(remembered.columnOf(ImportField.POSITION)).contains(3);
        assertThat(remembered.headerNames(headers)).containsEntry(ImportField.CATEGORY, "类型");
    }

    @Test
    void changingAColumnMovesTheFieldOffItsOldColumn() {
        ImportMapping mapping = ImportMapping.suggest(List.of("姓名", "手机")).with(1, ImportField.NAME);
        assertThat(mapping.columnOf(ImportField.NAME)).contains(1);
        assertThat(mapping.fieldAt(0)).isEmpty();
        assertThat(mapping.columnOf(ImportField.MOBILE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1985-03-01, 1985-03-01", "1985/3/1, 1985-03-01", "1985.03.01, 1985-03-01", "1985年3月1日, 1985-03-01",
        "19850301, 1985-03-01", "1985.03, 1985-03-01", "1985年3月, 1985-03-01", "198503, 1985-03-01",
        "' 2002-7-15 ', 2002-07-15"
    })
    void readsTheWaysRostersWriteDates(String text, LocalDate expected) {
        assertThat(ImportValues.date(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"不详", "1985-13-01", "1985-02-30", "三月", "85.3", "2002-07-15 前"})
    void refusesTextsThatAreNoDate(String text) {
        assertThat(ImportValues.date(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"是, true", "否, false", "Y, true", "√, true", "0, false"})
    void readsYesAndNo(String text, boolean expected) {
        assertThat(ImportValues.yesNo(text)).contains(expected);
    }
}

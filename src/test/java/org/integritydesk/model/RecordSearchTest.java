package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordSearchTest {
    @ParameterizedTest(name = "''{0}'' matches = {1}")
    @CsvSource({
        "'',            true",
        "李四,          true",
        "ls,            true",
        "LS,            true",
        "城关 廉洁,     true",
        "城关 敦厚,     false",
        "王五,          false",
    })
    void everyTermMustBeFoundInOneText(String query, boolean matches) {
        assertThat(new RecordSearch(query).matches("李四", "ls", "城关分局", "重申廉洁纪律")).isEqualTo(matches);
    }
}

package org.integritydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md "Rectification": the severity suggests the response. */
class ProblemSeverityTest {
    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource({
        "INCIPIENT,       REMINDER",
        "MINOR_VIOLATION, TALK_EDUCATION",
        "TENDENCY,        WARNING_EDUCATION",
        "RECURRING,       RETURN_VISIT_EDUCATION",
    })
    void severitySuggestsTheResponse(ProblemSeverity severity, ProblemResponse response) {
        assertThat(severity.suggestedResponse()).isEqualTo(response);
    }
}

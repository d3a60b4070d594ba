package org.integritydesk.report;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class PrintingWarmUpTest {
    /** The app swallows a failing head start (the report then just starts cold), so it is checked here. */
    @Test
    void printsItsMadeUpSheetWithoutFailing() {
        assertThatCode(PrintingWarmUp::run).doesNotThrowAnyException();
    }
}

package org.integritydesk.app;

import java.time.LocalDate;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.ui.common.TaskRunner;

/** The first-start "load demo data" choice: the default Ji'an County dataset for this year. */
final class DemoLoader {
    private final AppServices services;

    DemoLoader(AppServices services) {
        this.services = services;
    }

    void load(TaskRunner.WorkContext context) {
        int year = LocalDate.now(services.clock()).getYear();
        services.demo().generate(DemoOptions.defaultsFor(year), context::progress);
    }
}

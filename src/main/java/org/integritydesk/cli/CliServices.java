package org.integritydesk.cli;

import org.integritydesk.exchange.AuditExcelExport;
import org.integritydesk.service.AuditService;
import org.integritydesk.service.BackupService;
import org.integritydesk.service.CadreService;
import org.integritydesk.service.PrintService;
import org.integritydesk.service.RectificationService;
import org.integritydesk.service.SupervisionService;
import org.integritydesk.service.SetupService;
import org.integritydesk.service.UnitService;
import org.integritydesk.service.demo.DemoDataService;
import org.integritydesk.service.security.UserService;

/** The services a headless command uses, on one open data folder; closing releases the folder. */
public interface CliServices extends AutoCloseable {
    SetupService setup();

    UnitService units();

    CadreService cadres();

    DemoDataService demo();

    PrintService printing();

    UserService users();

    AuditService audit();
    BackupService backups();

    AuditExcelExport auditExcel();

    /** The 问题整改台账 (issue 5). */
    RectificationService rectifications();

    /** 监督检查 visits (issue 5). */
    SupervisionService supervision();

    @Override
    void close();
}

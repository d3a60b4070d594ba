package org.integritydesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integritydesk.cli.CliServices;
import org.integritydesk.cli.CommandLineInterface;
import org.integritydesk.cli.PasswordSource;
import org.integritydesk.cli.ServiceOpener;
import org.integritydesk.cli.bench.CadreFileReportMeasurement;
import org.integritydesk.cli.bench.DatabaseSizeMeasurement;
import org.integritydesk.cli.bench.EducationMeasurement;
import org.integritydesk.cli.bench.FileSheetMeasurement;
import org.integritydesk.cli.bench.ListLoadMeasurement;
import org.integritydesk.cli.bench.Measurement;
import org.integritydesk.cli.bench.OpenFileMeasurement;
import org.integritydesk.cli.bench.RosterImportMeasurement;
import org.integritydesk.report.PrintingWarmUp;
import org.integritydesk.service.DatabaseChoice;
import org.integritydesk.service.Messages;

/** Runs a headless command on services built by the composition root. */
final class CommandLineEntry {
    private CommandLineEntry() {
    }

    static int run(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        Locale locale = "en".equalsIgnoreCase(System.getenv("INTEGRITY_DESK_LANG")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Sessions sessions = new Sessions(clock);
        ServiceOpener opener = new ServiceOpener() {
            @Override
            public boolean isSetUp(Path dataDir) {
                return sessions.isSetUp(dataDir);
            }

            @Override
            public CliServices login(Path dataDir, String username, char[] password) {
                return sessions.login(dataDir, username, password);
            }

            @Override
            public void prepareToPrint() {
                HeadStart.start("printing-warm-up", PrintingWarmUp::run);
            }

            @Override
            public CliServices recover(Path dataDir, String recoveryCode, String adminUsername, char[] newPassword) {
                return sessions.recover(dataDir, recoveryCode, adminUsername, newPassword);
            }

            @Override
            public void joinServer(Path dataDir, DatabaseChoice server) {
                sessions.join(dataDir, server);
            }

            @Override
            public CliServices createFolder(Path dataDir, String adminUsername, char[] adminPassword) {
                return sessions.create(dataDir, adminUsername, adminPassword).services();
            }
        };
        return new CommandLineInterface(opener, sessions::restore, new PasswordSource(System.getenv()), new Messages(locale),
                clock, benchMeasurements()).run(args);
    }

    /** What {@code bench} measures, in the order printed (docs/performance.md). */
    static List<Measurement> benchMeasurements() {
        List<Measurement> measurements = new ArrayList<>(List.of(new DatabaseSizeMeasurement(),
                new ListLoadMeasurement(), SearchKeystrokeMeasurement.asLoaded(), SearchKeystrokeMeasurement.sortedByName()));
        measurements.add(new HomeMeasurement());
        measurements.addAll(TabMeasurement.featureTabs());
        measurements.addAll(List.of(new OpenFileMeasurement(200),
                org.integritydesk.cli.bench.ResidentMemoryMeasurement.afterLoad(), new FileSheetMeasurement(20),
                CadreFileReportMeasurement.unitOfAbout(150), CadreFileReportMeasurement.firstCadres(1000),
                new EducationMeasurement(), new RosterImportMeasurement(10_000),
                new org.integritydesk.cli.bench.AssessmentMeasurement(1000),
                org.integritydesk.cli.bench.ResidentMemoryMeasurement.atEnd()));
        return List.copyOf(measurements);
    }
}

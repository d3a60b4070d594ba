package org.integritydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.integritydesk.model.AuditFilter;
import org.integritydesk.model.AuditKind;
import org.integritydesk.service.AuditService.ExportFormat;
import org.integritydesk.service.AuditService.ExportResult;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code audit export --data-dir DIR --user NAME --out FILE.pdf|FILE.xlsx [--actor NAME] [--kind KIND]...
 * [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--purpose TEXT]}: the audit log, or the events the filter
 * chooses, oldest first, as a PDF or an Excel workbook (by the file's extension). Prints
 * {@code events=N} and a line naming the file. The export is itself an audit event. Options are
 * checked before logging in, so a mistyped kind or date changes nothing at all.
 */
@Command(name = "export", description = "Write the audit log (or the events chosen by a filter) as PDF or Excel.")
final class AuditExportCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.xlsx",
            description = "the file to write; its extension chooses PDF or Excel")
    Path out;

    @Option(names = "--actor", paramLabel = "NAME", description = "only events of this user")
    String actor;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "only these actions (VIEW, PRINT, UPDATE ... or their names in the output language); repeatable")
    List<String> kinds;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "only events on or after this day")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "only events on or before this day")
    String to;

    @Option(names = "--purpose", paramLabel = "TEXT", description = "why the log is exported, for the audit trail")
    String purpose;

    AuditExportCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        ExportFormat format = ExportFormat.ofFileName(out.getFileName().toString())
                .orElseThrow(() -> new CommandFailure(messages.get("cli.error.exportFormat", out)));
        AuditFilter filter = filter();
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(messages.get("error.file.noFolder", folder));
        }
        long started = System.nanoTime();
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            String why = purpose == null || purpose.isBlank() ? messages.get("cli.audit.defaultPurpose") : purpose;
            ExportResult result = format == ExportFormat.PDF
                    ? services.audit().exportPdf(filter, messages.locale(), why, out)
                    : services.auditExcel().export(filter, messages.locale(), why, out);
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println("events=" + result.events());
            System.out.println(messages.get("cli.audit.exported", result.file(), result.events(), ms));
        }
        return 0;
    }

    private AuditFilter filter() {
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new CommandFailure(messages.get("error.audit.datesReversed", first.toString(), last.toString()));
        }
        String user = actor == null || actor.isBlank() ? null : actor.strip();
        return new AuditFilter(user, null, kinds(), first, last);
    }

    private LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailure(messages.get("cli.error.badDate", text));
        }
    }

    /** Kinds by constant name in any case ("view", "PRINT") or by their label in the output language ("查阅"). */
    private Set<AuditKind> kinds() {
        Set<AuditKind> chosen = EnumSet.noneOf(AuditKind.class);
        if (kinds == null) {
            return chosen;
        }
        for (String given : kinds) {
            String name = given.strip();
            if (name.isEmpty()) {
                continue;
            }
            chosen.add(Arrays.stream(AuditKind.values())
                    .filter(k -> k.name().equals(name.toUpperCase(Locale.ROOT)) || messages.label(k).equals(name))
                    .findFirst()
                    .orElseThrow(() -> new CommandFailure(messages.get("cli.error.unknownKind", given,
                            Arrays.stream(AuditKind.values()).map(Enum::name).collect(Collectors.joining(", "))))));
        }
        return chosen;
    }
}

package org.integritydesk.cli;

import picocli.CommandLine.Command;

/** {@code integrity-desk audit <action> ...}: the audit trail without a window. */
@Command(name = "audit", description = "The audit trail.", subcommands = {AuditVerifyCommand.class, AuditExportCommand.class})
final class AuditCommand {
}

package org.integritydesk.cli;

import java.util.concurrent.Callable;
import org.integritydesk.model.AuditChain.BrokenLink;
import org.integritydesk.service.AuditService.VerifyResult;
import org.integritydesk.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code audit verify --data-dir DIR}: checks the hash chain of the audit trail. Prints
 * {@code audit-ok events=N} and exits 0, or names the first broken link on one line and exits 1.
 * Only reads: checking is not itself an audit event.
 */
@Command(name = "verify", description = "Check that no audit event was changed, removed or reordered.")
final class AuditVerifyCommand implements Callable<Integer> {
    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;

    @Mixin DataDirOption dataDir;

    AuditVerifyCommand(ServiceOpener opener, PasswordSource passwords, Messages messages) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        VerifyResult result;
        try (CliServices services = dataDir.login(opener, passwords, messages)) {
            result = services.audit().verify();
        }
        if (!result.intact()) {
            BrokenLink broken = result.firstBreak();
            throw new CommandFailure(messages.get("cli.audit.broken", broken.sequence(), messages.label(broken.reason())));
        }
        System.out.println("audit-ok events=" + result.events());
        return 0;
    }
}

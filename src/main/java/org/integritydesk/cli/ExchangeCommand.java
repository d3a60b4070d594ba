package org.integritydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.integritydesk.service.AtomicFiles;
import org.integritydesk.service.Messages;
import org.integritydesk.service.ProgressListener;
import org.integritydesk.service.exchange.ExchangeService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code integrity-desk exchange keys|trust|export|import|status|conflicts|decide}: offline exchange
 * packages between the county bureau and its sub-bureaus (docs/decisions/0013-exchange-packages.md).
 * Needs a system administrator or an inspector.
 */
@Command(name = "exchange", description = "Offline exchange packages between the county bureau and its sub-bureaus.",
        subcommands = {ExchangeCommand.Keys.class, ExchangeCommand.Trust.class, ExchangeCommand.Export.class,
            ExchangeCommand.Import.class, ExchangeCommand.Status.class, ExchangeCommand.Conflicts.class,
            ExchangeCommand.Decide.class})
final class ExchangeCommand {

    /** The shared part of every subcommand: the folder, the login, the messages. */
    abstract static class Base implements Callable<Integer> {
        final ServiceOpener opener;
        final PasswordSource passwords;
        final Messages messages;

        @Mixin DataDirOption dataDir;

        Base(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            this.opener = opener;
            this.passwords = passwords;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            try (CliServices services = dataDir.login(opener, passwords, messages)) {
                run(services.exchange());
            }
            return 0;
        }

        abstract void run(ExchangeService exchange);
    }

    @Command(name = "keys", description = "Show this site's code and key fingerprint (made on first use); --out writes the public key file to give to the other site.")
    static final class Keys extends Base {
        @Option(names = "--site", paramLabel = "CODE", description = "the unit code this installation serves (first use only; default: the bureau's code)")
        String site;

        @Option(names = "--out", paramLabel = "FILE", description = "write this site's public key file here")
        Path out;

        Keys(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            ExchangeService.SiteInfo info = exchange.keys(site);
            if (out != null) {
                AtomicFiles.write(out, stream -> stream.write(info.publicKeyFile().getBytes(StandardCharsets.UTF_8)));
            }
            System.out.println(messages.get("cli.exchange.keys", info.siteCode(), info.hubCode(),
                    messages.get(info.isCounty() ? "exchange.role.county" : "exchange.role.sub"), info.fingerprint()));
        }
    }

    @Command(name = "trust", description = "Trust the other site's public key file, after comparing its fingerprint by phone.")
    static final class Trust extends Base {
        @Option(names = "--site", required = true, paramLabel = "CODE", description = "the other site's unit code")
        String site;

        @Option(names = "--key", required = true, paramLabel = "FILE", description = "its public key file")
        Path key;

        Trust(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            String text;
            try {
                if (Files.size(key) > 10_000) {
                    throw new CommandFailure(messages.get("error.exchange.keyFile"));
                }
                text = Files.readString(key, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new CommandFailure(messages.get("error.exchange.noFile", key));
            } catch (IOException e) {
                throw new CommandFailure(messages.get("error.exchange.readFile", key, e.getMessage()));
            }
            System.out.println(messages.get("cli.exchange.trusted", site, exchange.trust(site, text)));
        }
    }

    @Command(name = "export", description = "Write a package with every change the other site has not acknowledged.")
    static final class Export extends Base {
        @Option(names = "--to", required = true, paramLabel = "FILE", description = "the package file to write")
        Path to;

        @Option(names = "--site", paramLabel = "CODE", description = "the site it is for (default: the county, or the only trusted site)")
        String site;

        Export(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            ExchangeService.ExportResult result = exchange.export(site, to, ProgressListener.NONE);
            System.out.println(messages.get("cli.exchange.exported", result.peer(), result.seq(), result.records(),
                    result.bytes(), result.file()));
            for (String line : org.integritydesk.service.exchange.ExportTexts.fileLines(messages, result)) {
                System.out.println(line);
            }
        }
    }

    @Command(name = "import", description = "Check and apply a package; a refused package changes nothing.")
    static final class Import extends Base {
        @Parameters(index = "0", paramLabel = "FILE", description = "the package file")
        Path file;

        Import(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            ExchangeService.ImportResult r = exchange.importPackage(file, ProgressListener.NONE);
            for (String line : org.integritydesk.service.exchange.ImportTexts.lines(messages, r)) {
                System.out.println(line);
            }
        }
    }

    /** One line per trusted site, tab-separated (see the header line). */
    @Command(name = "status", description = "Per trusted site: last package received and when, packages and records pending, open conflicts.")
    static final class Status extends Base {
        Status(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            ExchangeService.SiteInfo site = exchange.site().orElse(null);
            if (site == null) {
                throw new CommandFailure(messages.get("error.exchange.noKeys"));
            }
            System.out.println(messages.get("cli.exchange.keys", site.siteCode(), site.hubCode(),
                    messages.get(site.isCounty() ? "exchange.role.county" : "exchange.role.sub"), site.fingerprint()));
            System.out.println(messages.get("cli.exchange.statusHeader"));
            for (ExchangeService.PeerStatus p : exchange.status()) {
                System.out.println(String.join("\t", p.siteCode(), String.valueOf(p.lastImportedSeq()),
                        time(p.lastImportedAt()), time(p.lastPackageMadeAt()), String.valueOf(p.sentSeq()),
                        String.valueOf(p.unacknowledged()), String.valueOf(p.recordsToSend()),
                        String.valueOf(p.openConflicts()), p.fingerprint()));
            }
        }
    }

    /** One line per open conflict: id, site, kind, key, reason. */
    @Command(name = "conflicts", description = "List the open conflicts: id, site, record kind, key, reason.")
    static final class Conflicts extends Base {
        Conflicts(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            for (ExchangeService.Conflict c : exchange.conflicts(true)) {
                System.out.println(String.join("\t", c.id().toString(), c.peer(), c.kind(), c.key(),
                        messages.get(ExchangeService.reasonKey(c.reason()))));
            }
        }
    }

    @Command(name = "decide", description = "Decide a conflict: keep this site's version or take the other site's.")
    static final class Decide extends Base {
        @Option(names = "--conflict", required = true, paramLabel = "ID", description = "the conflict's id (from exchange conflicts)")
        UUID conflict;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--keep-mine", description = "keep this site's version") boolean keepMine;
            @Option(names = "--take-theirs", description = "take the other site's version") boolean takeTheirs;
        }

        Decide(ServiceOpener opener, PasswordSource passwords, Messages messages) {
            super(opener, passwords, messages);
        }

        @Override
        void run(ExchangeService exchange) {
            exchange.decide(conflict, choice.keepMine);
            System.out.println(messages.get(choice.keepMine ? "cli.exchange.keptMine" : "cli.exchange.tookTheirs"));
        }
    }

    static String time(Instant at) {
        return at == null ? "-" : at.toString();
    }
}

package org.integritydesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.model.Role;
import org.integritydesk.model.UnitKind;
import org.integritydesk.service.Messages;
import org.integritydesk.service.demo.DemoOptions;
import org.integritydesk.service.demo.DemoSummary;
import org.integritydesk.service.security.UserService.UserDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code integrity-desk demo --data-dir DIR [--cadres N] [--seed S] [--year Y] [--demo-password P]}:
 * the Ji'an County demo dataset with its users {@code admin}, {@code inspector}, {@code leader} and
 * {@code clerk-<unit code>} for each sub-bureau, all with the demo password. Into a new folder it
 * needs no login; into a set-up folder it needs {@code --user} of an administrator.
 */
@Command(name = "demo", description = "Create the Ji'an County demo dataset and its users (creates the folder if needed).")
final class DemoCommand implements Callable<Integer> {
    /** Documented in the README; demo data is invented, so its password may be public. */
    static final String DEFAULT_DEMO_PASSWORD = "Demo@2026";

    private final ServiceOpener opener;
    private final PasswordSource passwords;
    private final Messages messages;
    private final Clock clock;

    @Mixin DataDirOption dataDir;

    @Option(names = "--cadres", paramLabel = "N", description = "number of cadres (default 150)")
    int cadres = DemoOptions.DEFAULT_CADRES;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; the same seed gives the same data")
    long seed = DemoOptions.DEFAULT_SEED;

    @Option(names = "--year", paramLabel = "Y", description = "year of the data (default: this year)")
    Integer year;

    @Option(names = "--demo-password", paramLabel = "P", description = "password of every demo user (default "
            + DEFAULT_DEMO_PASSWORD + ")")
    String demoPassword = DEFAULT_DEMO_PASSWORD;

    DemoCommand(ServiceOpener opener, PasswordSource passwords, Messages messages, Clock clock) {
        this.opener = opener;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        int dataYear = year != null ? year : LocalDate.now(clock).getYear();
        long started = System.nanoTime();
        boolean newFolder = !opener.isSetUp(dataDir.dataDir);
        try (CliServices services = newFolder
                ? opener.createFolder(dataDir.dataDir, "admin", demoPassword.toCharArray())
                : dataDir.login(opener, passwords, messages)) {
            DemoSummary summary = services.demo().generate(new DemoOptions(cadres, seed, dataYear), (done, total) -> { });
            int usersCreated = createDemoUsers(services);
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println(messages.get("cli.demo.done", summary.units(), summary.cadres(), summary.familyEntries(), ms));
            summary.features().forEach(f -> System.out.println(messages.get(f.messageKey(), f.args())));
            services.compactOnClose();
            System.out.println(messages.get("cli.demo.users", usersCreated, demoPassword));
        }
        return 0;
    }

    /** inspector, leader and one clerk per sub-bureau, skipping names that exist already. */
    private int createDemoUsers(CliServices services) {
        int created = 0;
        created += createUser(services, new UserDraft("inspector", "纪检监察员", Role.INSPECTOR, null, null, true));
        created += createUser(services, new UserDraft("leader", "局领导", Role.LEADER, null, null, true));
        for (OrgUnit unit : services.units().tree().inDisplayOrder()) {
            if (unit.kind() == UnitKind.SUB_BUREAU) {
                created += createUser(services, new UserDraft("clerk-" + unit.code(), unit.name() + "录入员",
                        Role.SUB_BUREAU_CLERK, unit.id(), null, true));
            }
        }
        return created;
    }

    private int createUser(CliServices services, UserDraft draft) {
        boolean exists = services.users().list().stream().anyMatch(u -> u.username().equals(draft.username()));
        if (exists) {
            return 0;
        }
        services.users().create(draft, demoPassword.toCharArray(), false);
        return 1;
    }
}

package org.integritydesk.durability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.integritydesk.testing.DraftBuilder;
import org.integritydesk.testing.IdNumbers;
import org.integritydesk.testing.TestServices;

/**
 * Run in a child JVM by {@link KillHarnessTest}: opens the database in the folder given, then saves
 * cadres through {@code CadreService.create} one after the other, each in its own transaction, for
 * ever. After each save <em>returns</em> it prints {@code saved <ID number>}: the parent kills this
 * process at a random moment and then expects every printed ID number in the database.
 *
 * <p>Arguments: the data folder, and the run number, which keeps ID numbers unique across runs.
 */
public final class KillHarnessWriter {
    static final String READY = "ready";
    static final String SAVED = "saved ";
    /** Saves per run can never reach this, so run numbers give disjoint ID numbers. */
    static final int PER_RUN = 100_000;

    private KillHarnessWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (TestServices services = TestServices.open(dataDir)) {
            UUID unit = services.setup.isSetUp() ? services.units.tree().roots().get(0).id() : services.setUpBureau().id();
            out.println(READY);
            out.flush();
            for (int i = 0; i < PER_RUN; i++) {
                String idNumber = idNumber(run, i);
                services.cadres.create(DraftBuilder.draft(unit).idNumber(idNumber).build());
                out.println(SAVED + idNumber);
                out.flush();
            }
        }
    }

    /** A valid, unique ID number for save {@code i} of run {@code run}: born 1965 or later, Ji'an County. */
    static String idNumber(int run, int i) {
        long k = (long) run * PER_RUN + i;
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(k / 1000);
        return IdNumbers.of("360821", birth, String.format("%03d", k % 1000));
    }
}

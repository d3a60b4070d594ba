package org.integritydesk.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code integrity-desk} commands in-process as a script would: a password line on standard
 * input, standard output and error captured. Not thread-safe: it swaps the JVM's streams.
 */
final class CommandRunner {
    static final String DEMO_PASSWORD = "Demo@2026";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs with the demo password as the one line of standard input. */
    int run(String... args) {
        return runWithInput(DEMO_PASSWORD + "\n", args);
    }

    int runWithInput(String input, String... args) {
        out.reset();
        err.reset();
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return CommandLineEntry.run(args);
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

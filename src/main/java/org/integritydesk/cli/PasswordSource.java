package org.integritydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a command's password comes from: the environment variable {@value #VARIABLE} or, when it
 * is unset, the first line of standard input (typed without echo at a console). Never an option,
 * so it does not show in the process list or the shell history.
 */
public final class PasswordSource {
    public static final String VARIABLE = "INTEGRITY_DESK_PASSWORD";
    private final Map<String, String> environment;

    public PasswordSource(Map<String, String> environment) {
        this.environment = environment;
    }

    public static final String RECOVERY_VARIABLE = "INTEGRITY_DESK_RECOVERY_CODE";
    private BufferedReader stdin;

    /** The recovery code: from {@value #RECOVERY_VARIABLE}, or the next line of standard input. */
    public char[] readRecoveryCode(String prompt) {
        String fromEnvironment = environment.get(RECOVERY_VARIABLE);
        return fromEnvironment != null ? fromEnvironment.toCharArray() : readLine(prompt);
    }

    public static final String DATABASE_VARIABLE = "INTEGRITY_DESK_DB_PASSWORD";

    /** The database server's password: from {@value #DATABASE_VARIABLE}, or the next line of standard input. */
    public char[] readDatabasePassword(String prompt) {
        String fromEnvironment = environment.get(DATABASE_VARIABLE);
        return fromEnvironment != null ? fromEnvironment.toCharArray() : readLine(prompt);
    }

    public char[] read(String prompt) {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        return readLine(prompt);
    }

    /** One line typed without echo at a console, or read from standard input (one reader, so lines are not lost). */
    private char[] readLine(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? new char[0] : typed;
        }
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            return new char[0];
        }
    }
}

package org.integritydesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Lets a second start on the same data folder bring the running window forward. The running
 * program listens on a loopback port and writes the port and a random token beside its database;
 * the second program sends the token and quits. Nothing leaves this PC.
 */
final class WindowActivation implements AutoCloseable {
    static final String FILE_NAME = "integrity-desk.activate";
    private static final int TIMEOUT_MS = 2_000;

    private final ServerSocket server;
    private final Path file;

    private WindowActivation(ServerSocket server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Starts listening; {@code bringForward} runs (on the listener thread) when a second start asks. */
    static WindowActivation listen(Path dataDir, Runnable bringForward) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path file = dataDir.resolve(FILE_NAME);
        Files.write(file, List.of(String.valueOf(server.getLocalPort()), token), StandardCharsets.UTF_8);
        Thread listener = new Thread(() -> accept(server, token, bringForward), "window-activation");
        listener.setDaemon(true);
        listener.start();
        return new WindowActivation(server, file);
    }

    private static void accept(ServerSocket server, String token, Runnable bringForward) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                var reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                if (token.equals(reader.readLine())) {
                    bringForward.run();
                }
            } catch (IOException e) {
                // a closed server ends the loop; a broken client connection is simply ignored
            }
        }
    }

    /** Asks the program running on {@code dataDir} to show its window; false if it cannot be reached. */
    static boolean askRunningWindowToShow(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(lines.get(0))),
                        TIMEOUT_MS);
                OutputStream out = socket.getOutputStream();
                out.write((lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the file is rewritten by the next start anyway
        }
    }
}

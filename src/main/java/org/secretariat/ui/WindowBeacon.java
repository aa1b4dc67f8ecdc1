package org.secretariat.ui;

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
import org.apache.logging.log4j.LogManager;

/**
 * Lets a second copy of the app bring the first one's window to the front. The window listens on a
 * loopback port and writes the port and a random token to {@code secretariat.window} in its data
 * folder; a second copy that finds the data in use reads them and asks. Nothing listens beyond this
 * machine, and only someone who can read the data folder knows the token.
 */
public final class WindowBeacon implements AutoCloseable {

    static final String FILE = "secretariat.window";
    private static final int TIMEOUT_MS = 2000;

    private final Path file;
    private final ServerSocket server;
    private final String token;

    private WindowBeacon(Path file, ServerSocket server, String token) {
        this.file = file;
        this.server = server;
        this.token = token;
    }

    /** Starts listening; {@code toFront} runs (on the listener thread) each time a second copy asks. */
    public static WindowBeacon listen(Path dataDir, Runnable toFront) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.writeString(tmp, server.getLocalPort() + " " + token + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WindowBeacon beacon = new WindowBeacon(file, server, token);
        Thread t = new Thread(() -> beacon.serve(toFront), "secretariat-window-beacon");
        t.setDaemon(true);
        t.start();
        return beacon;
    }

    private void serve(Runnable toFront) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                boolean ok = (token + " FRONT").equals(line);
                if (ok) {
                    toFront.run();
                }
                OutputStream out = s.getOutputStream();
                out.write((ok ? "OK\n" : "NO\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LogManager.getLogger(WindowBeacon.class).debug("window beacon: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * Asks the window that has {@code dataDir} open to come to the front.
     *
     * @return whether it answered that it did
     */
    public static boolean signal(Path dataDir) {
        try {
            String[] parts = Files.readString(dataDir.resolve(FILE), StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                s.getOutputStream().write((parts[1] + " FRONT\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                return "OK".equals(answer);
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale beacon file only makes a second copy's request fail, which it reports
        }
    }
}

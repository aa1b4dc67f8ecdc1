package org.secretariat.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;

/**
 * The server password where PostgreSQL's own tools (psql, pg_dump) find it: {@code PGPASSWORD}, else the
 * first matching line of the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}). The driver (pgjdbc 42.7) reads the file by itself but not
 * {@code PGPASSWORD}, and would not say whether it found one, so both are read here; asking on the
 * terminal is the command line's part. The password is held in memory only, never written.
 */
public final class ServerPassword {

    private ServerPassword() {
    }

    /** The password for {@code target}, if the environment or the password file has one. */
    public static Optional<String> find(ServerTarget target, Map<String, String> env, String userHome, String osName) {
        String direct = env.get("PGPASSWORD");
        if (direct != null && !direct.isEmpty()) {
            return Optional.of(direct);
        }
        Path file = passFile(env, userHome, osName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!osName.toLowerCase(Locale.ROOT).contains("win") && readableByOthers(file)) {
                // libpq ignores such a file too, with the same warning
                LogManager.getLogger(ServerPassword.class).warn("password file {} has group or world access; "
                        + "permissions should be u=rw (0600) or less: not used", file);
                return Optional.empty();
            }
            return lookUp(Files.readAllLines(file, StandardCharsets.UTF_8), target);
        } catch (IOException | UnsupportedOperationException e) {
            LogManager.getLogger(ServerPassword.class).warn("password file {} could not be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code PGPASSFILE} if set, else the tools' default place. */
    static Path passFile(Map<String, String> env, String userHome, String osName) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "postgresql", "pgpass.conf")
                    : Path.of(userHome, "AppData", "Roaming", "postgresql", "pgpass.conf");
        }
        return Path.of(userHome, ".pgpass");
    }

    private static boolean readableByOthers(Path file) throws IOException {
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * The first line {@code host:port:database:user:password} matching the target; {@code *} matches
     * anything in the first four fields, {@code \:} and {@code \\} stand for a colon and a backslash.
     */
    static Optional<String> lookUp(List<String> lines, ServerTarget target) {
        String[] wanted = {target.host(), String.valueOf(target.port()), target.database(), target.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                match = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (match) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

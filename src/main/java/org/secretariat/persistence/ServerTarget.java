package org.secretariat.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL database on the office's server (issue 17), as {@code --database} names it:
 * {@code postgresql://[USER@]HOST[:PORT]/DB[?sslmode=…&sslrootcert=…]}. Without a user the login name
 * of this computer's user is taken, as PostgreSQL's own tools do; the port defaults to 5432. Only
 * {@code sslmode} and {@code sslrootcert} may follow, passed to the driver as they are. The password
 * is never part of it (see {@link ServerPassword}).
 */
public record ServerTarget(String user, String host, int port, String database, Optional<String> sslMode,
                           Optional<String> sslRootCert) {

    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final java.util.Set<String> SSL_MODES = java.util.Set.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");

    /**
     * Reads the form above.
     *
     * @param defaultUser the user when none is given (the computer's login name)
     * @throws IllegalArgumentException with a short English reason if it is not of that form
     */
    public static ServerTarget parse(String text, String defaultUser) {
        if (text == null || !text.startsWith(SCHEME)) {
            throw new IllegalArgumentException("it does not begin with " + SCHEME);
        }
        String rest = text.substring(SCHEME.length());
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("a parameter without a value: " + pair);
                }
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("no database name after the host");
        }
        String database = rest.substring(slash + 1);
        String authority = rest.substring(0, slash);
        String user = defaultUser;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (user.isEmpty() || user.contains(":")) {
                throw new IllegalArgumentException("the user is empty or holds a password (give it in PGPASSWORD or ~/.pgpass)");
            }
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']', colon) < 0) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the port is not a number: " + authority.substring(colon + 1));
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the port is out of range: " + port);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        String mode = params.remove("sslmode");
        if (mode != null && !SSL_MODES.contains(mode)) {
            throw new IllegalArgumentException("sslmode must be one of " + new java.util.TreeSet<>(SSL_MODES));
        }
        String rootCert = params.remove("sslrootcert");
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("only sslmode and sslrootcert may follow '?', not " + params.keySet());
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("no user");
        }
        return new ServerTarget(user, host, port, database, Optional.ofNullable(mode), Optional.ofNullable(rootCert));
    }

    /** The driver's URL (host, port, database; the rest goes in the driver's properties). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address with its SSL parameters, as {@link #parse} reads it back (kept in a folder's settings). */
    public String address() {
        StringBuilder b = new StringBuilder(toString());
        sslMode.ifPresent(m -> b.append("?sslmode=").append(m));
        sslRootCert.ifPresent(f -> b.append(sslMode.isPresent() ? "&" : "?").append("sslrootcert=").append(f));
        return b.toString();
    }

    /** How the user named it, without the SSL parameters: {@code postgresql://user@host:port/db}. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + host + ":" + port + "/" + database;
    }
}

package org.secretariat.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.DatabaseKey;

/**
 * Where a command gets the password of an encrypted data folder: {@code --password-file FILE} (its
 * first line), else the environment variable {@value #ENV}, else a prompt on the terminal. A command
 * run without a terminal and without either is refused with the way to give one.
 */
final class CliPasswords {

    static final String ENV = "SECRETARIAT_PASSWORD";

    private final Path file;
    private final String fromEnv;
    private final Console console;

    CliPasswords(Path file, String fromEnv, Console console) {
        this.file = file;
        this.fromEnv = fromEnv;
        this.console = console;
    }

    /** The password given by file or environment, or null. */
    char[] given() throws UsageException {
        if (file != null) {
            return readFile(file);
        }
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
    }

    /**
     * The key for a data folder: the given password's, or NONE for a folder without a password; an
     * encrypted folder without a given password asks on the terminal.
     */
    DatabaseKey keyFor(Path dataDir, String prompt) throws UsageException {
        char[] given = given();
        if (given != null) {
            return DatabaseKey.fromPassword(given);
        }
        boolean encrypted;
        try {
            encrypted = DatabaseKey.folderIsEncrypted(dataDir);
        } catch (IOException e) {
            encrypted = false; // opening it will say what is wrong with the folder
        }
        return encrypted ? DatabaseKey.fromPassword(ask(prompt, dataDir)) : DatabaseKey.NONE;
    }

    /** Whether a password can be asked for (there is a terminal). */
    boolean canAsk() {
        return console != null;
    }

    /** Asks on the terminal for the password of {@code what}, or refuses when there is none. */
    char[] ask(String prompt, Path what) throws UsageException {
        return ask(prompt, Text.of("password.cli.needed", what, ENV));
    }

    /** Asks on the terminal, or refuses with {@code missing} when there is none or nothing is typed. */
    char[] ask(String prompt, Text missing) throws UsageException {
        if (console == null) {
            throw new UsageException(missing);
        }
        char[] p = console.readPassword("%s", prompt);
        if (p == null || p.length == 0) {
            throw new UsageException(missing);
        }
        return p;
    }

    static char[] readFile(Path file) throws UsageException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (first.isEmpty()) {
                throw new UsageException(Text.of("password.cli.emptyFile", file));
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw new UsageException(Text.of("password.cli.unreadableFile", file, String.valueOf(e.getMessage())));
        }
    }
}

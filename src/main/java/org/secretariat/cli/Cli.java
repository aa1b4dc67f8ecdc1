package org.secretariat.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterProblem;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.DataDirectory;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.ServerRefusedException;
import org.secretariat.service.ChangedElsewhere;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.safety.StorageProblems;

/**
 * The commands without a window: {@code [--data-dir DIR] [--database postgresql://…] COMMAND …}. Results go to stdout, problems
 * to stderr as {@code FILE:ROW:COLUMN: message}; exit 0 on success, 2 on bad input or usage (nothing
 * written), 1 on an unexpected failure.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private Messages messages = Messages.forLanguage("zh");
    private CliPasswords passwords = new CliPasswords(null, null, null);
    /** The office server's database ({@code --database}), or null for the data folder's H2 file. */
    private CliServer server;

    public Cli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs a command line; returns the exit code. */
    public int run(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        Path dataDir = DataDirectory.forThisMachine();
        Path passwordFile = null;
        server = null;
        try {
            while (!rest.isEmpty() && (rest.get(0).startsWith("--data-dir") || rest.get(0).startsWith("--password-file")
                    || rest.get(0).startsWith("--database"))) {
                String first = rest.remove(0);
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                String value;
                if (first.contains("=")) {
                    value = first.substring(first.indexOf('=') + 1);
                } else if (rest.isEmpty()) {
                    throw new UsageException(Text.of("cli.error.optionValue", name));
                } else {
                    value = rest.remove(0);
                }
                switch (name) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--password-file" -> passwordFile = Path.of(value);
                    case "--database" -> server = new CliServer(CliServer.parse(value), System.getenv(), System.console());
                    default -> throw new UsageException(Text.of("cli.error.unknownOption", name));
                }
            }
            String saved = DatabaseCommands.fromSettings(dataDir);
            if (server == null && !saved.isEmpty()) { // a folder moved to the office server means the server
                server = new CliServer(CliServer.parse(saved), System.getenv(), System.console());
            }
            passwords = new CliPasswords(passwordFile, System.getenv(CliPasswords.ENV), System.console());
            messages = Messages.forLanguage(Settings.load(dataDir).language());
            if (rest.isEmpty() || List.of("help", "--help", "-h").contains(rest.get(0))) {
                out.println(messages.get("cli.usage"));
                return OK;
            }
            String command = rest.remove(0);
            boolean exportBackup = command.equals("backup") && !rest.isEmpty() && List.of("create", "list").contains(rest.get(0));
            if (server != null && List.of("backup", "password").contains(command) && !exportBackup) {
                // a server's backups are portable exports (create, list); file encryption and restoring an H2 backup are H2's
                err.println(messages.get("cli.error.serverCommand", command));
                return BAD_INPUT;
            }
            Optional<Text> noFolder = server == null ? DataFolderCheck.problem(dataDir, command, rest) : Optional.empty();
            if (noFolder.isPresent()) { // a mistyped --data-dir: say so, and create nothing there
                err.println(messages.get(noFolder.get()));
                return BAD_INPUT;
            }
            boolean fresh = !java.nio.file.Files.exists(dataDir);
            return switch (command) {
                case "charters" -> new CharterCommands(this, dataDir).run(rest);
                case "setup" -> DataFolderCheck.removeIfRefused(dataDir, fresh,
                        withContext(dataDir, "setup", ctx -> new SetupCommand(this, ctx).run(rest)));
                case "roster" -> withContext(dataDir, "roster", ctx -> new RosterCommands(this, ctx).run(rest));
                case "bench" -> {
                    try {
                        yield new BenchCommand(this).run(rest);
                    } catch (UsageException e) {
                        throw e;
                    } catch (Exception e) {
                        err.println(messages.get("cli.error.unexpected", String.valueOf(e)));
                        yield FAILURE;
                    }
                }
                case "report" -> withContext(dataDir, "report", ctx -> new ReportCommands(this, ctx).run(rest));
                case "certificates" -> withContext(dataDir, "certificates", ctx -> new CertificateCommands(this, ctx).run(rest));
                case "backup" -> new BackupCommands(this, dataDir).run(rest);
                case "audit" -> withContext(dataDir, "audit", ctx -> new AuditCommands(this, ctx).run(rest));
                case "password" -> new PasswordCommands(this, dataDir).run(rest);
                case "database" -> new DatabaseCommands(this, dataDir, server).run(rest);
                default -> throw new UsageException(Text.of("cli.error.unknownCommand", command));
            };
        } catch (UsageException e) {
            err.println(messages.get(e.text()));
            if (!e.text().key().startsWith("password.")) {
                err.println(messages.get("cli.usage")); // a missing password is not a misuse of the command line
            }
            return BAD_INPUT;
        } catch (ChangedElsewhere e) { // another PC saved or deleted the record between this command's read and its write
            err.println(messages.get(e.text()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            var refused = server == null ? null : ServerRefusedException.of(e, server.target()).orElse(null);
            if (refused != null) { // a right missing in the middle of a command (a read-only user writing)
                err.println(messages.get(refused.text()));
                return refused.refused() ? BAD_INPUT : FAILURE;
            }
            err.println(StorageProblems.describeIn(e, dataDir).map(messages::get) // a full disk or read-only folder
                    .orElseGet(() -> messages.get("cli.error.unexpected", String.valueOf(e))));
            return FAILURE;
        }
    }

    interface ContextCommand {
        int run(AppContext ctx) throws UsageException;
    }

    int withContext(Path dataDir, String purpose, ContextCommand command) throws UsageException {
        if (server != null) {
            return withServer(dataDir, purpose, command);
        }
        DatabaseKey key = passwords.keyFor(dataDir, text("password.cli.prompt", dataDir));
        try (AppContext ctx = open(dataDir, purpose, key)) {
            return command.run(ctx);
        } catch (PasswordException e) {
            err.println(text(e.missing() ? "password.cli.needed" : "password.wrong", e.file(), CliPasswords.ENV));
            return BAD_INPUT;
        } catch (DataInUseException e) {
            err.println(messages.get("data.inUse", e.dataDir(), messages.get(e.holderText())));
            return FAILURE;
        } catch (CharterLoadException e) {
            printCharterProblems(e.problems());
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(StorageProblems.describe(e, dataDir).map(messages::get)
                    .orElseGet(() -> messages.get("data.error.io", dataDir, e.getMessage())));
            return FAILURE;
        }
    }

    /** {@link #withContext} on the office server's database: a refusal is said in words, exit 2. */
    private int withServer(Path dataDir, String purpose, ContextCommand command) throws UsageException {
        try (AppContext ctx = server.open(dataDir, "command " + purpose, clock,
                text("server.password.prompt", server.target()))) {
            return command.run(ctx);
        } catch (ServerRefusedException e) {
            err.println(messages.get(e.text()));
            return e.refused() ? BAD_INPUT : FAILURE;
        } catch (CharterLoadException e) {
            printCharterProblems(e.problems());
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(messages.get("data.error.io", dataDir, e.getMessage()));
            return FAILURE;
        }
    }

    /** Why writing {@code target} failed: a full disk or read-only folder in words, else the system's message. */
    String writeProblem(java.io.IOException e, Path target) {
        return StorageProblems.describe(e, target).map(messages::get)
                .orElseGet(() -> messages.get("export.error.io", e.getMessage()));
    }

    /**
     * Opens the data; if it turns out to need a password that was not given (on Windows the open
     * window's lock hides the file's header, so only H2 can tell), asks on the terminal once.
     */
    private AppContext open(Path dataDir, String purpose, DatabaseKey key)
            throws DataInUseException, java.io.IOException, CharterLoadException, PasswordException, UsageException {
        try {
            return AppContext.open(dataDir, "command " + purpose, key, clock);
        } catch (PasswordException e) {
            if (!e.missing() || !passwords.canAsk()) {
                throw e;
            }
            DatabaseKey asked = DatabaseKey.fromPassword(passwords.ask(text("password.cli.prompt", dataDir), dataDir));
            return AppContext.open(dataDir, "command " + purpose, asked, clock);
        }
    }

    void printCharterProblems(List<CharterProblem> problems) {
        for (CharterProblem p : problems) {
            err.println(p.file() + ":" + p.line() + ":" + p.column() + ": "
                    + (p.field().isEmpty() ? "" : p.field() + ": ") + messages.get(p.message()));
        }
    }

    CliPasswords passwords() {
        return passwords;
    }

    /** The office server's database of this command line ({@code --database}), or null for the data folder's H2 file. */
    CliServer server() {
        return server;
    }

    Clock clock() {
        return clock;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Messages messages() {
        return messages;
    }

    String text(Text t) {
        return messages.get(t);
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }
}

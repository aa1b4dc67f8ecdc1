package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.PortableExport;
import org.secretariat.persistence.ServerRefusedException;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.Settings;
import org.secretariat.persistence.TargetNotEmptyException;
import org.secretariat.service.Progress;
import org.secretariat.service.safety.DatabaseMove;

/**
 * {@code database export FILE.zip} (the portable export, from the folder or the server),
 * {@code database move-to-server postgresql://…} and {@code database move-to-folder} (issue 17 point 4,
 * decision 0020).
 */
final class DatabaseCommands {

    private final Cli cli;
    private final Path dataDir;
    /** The server of {@code --database} or of the folder's settings; null for the folder's H2 file. */
    private final CliServer server;

    DatabaseCommands(Cli cli, Path dataDir, CliServer server) {
        this.cli = cli;
        this.dataDir = dataDir;
        this.server = server;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of(), Set.of());
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        String sub = a.words().get(0);
        switch (sub) {
            case "export" -> {
                a.expectWords(2);
                String to = a.words().get(1);
                if (!to.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    throw new UsageException(Text.of("backup.error.zipOnly", to));
                }
                return cli.withContext(dataDir, "export", ctx -> export(ctx.database(), Path.of(to)));
            }
            case "move-to-server" -> {
                a.expectWords(2);
                ServerTarget target = CliServer.parse(a.words().get(1));
                if (server != null) {
                    cli.err().println(cli.text("move.error.alreadyOnServer", dataDir, server.target()));
                    return Cli.BAD_INPUT;
                }
                DatabaseKey key = cli.passwords().keyFor(dataDir, cli.text("password.cli.prompt", dataDir));
                CliServer to = new CliServer(target, System.getenv(), System.console());
                return move(target, () -> DatabaseMove.toServer(dataDir, key, target,
                        to.password(cli.text("server.password.prompt", target)), cli.clock(), Progress.NONE), "move.done.toServer");
            }
            case "move-to-folder" -> {
                a.expectWords(1);
                if (server == null) {
                    cli.err().println(cli.text("move.error.notOnServer", dataDir));
                    return Cli.BAD_INPUT;
                }
                ServerTarget target = server.target();
                return move(target, () -> DatabaseMove.toFolder(dataDir, target,
                        server.password(cli.text("server.password.prompt", target)), cli.clock(), Progress.NONE), "move.done.toFolder");
            }
            default -> throw new UsageException(Text.of("cli.error.unknownCommand", "database " + sub));
        }
    }

    private int export(org.secretariat.persistence.Database db, Path to) {
        try {
            PortableExport.Manifest m = DatabaseMove.export(db, to, cli.clock());
            cli.out().println(cli.text("export.portable.done", to, m.rows().size(), cli.text(Backups.describe(m.counts()))));
            return Cli.OK;
        } catch (IOException e) {
            cli.err().println(cli.writeProblem(e, to));
            return Cli.FAILURE;
        } catch (SQLException e) {
            cli.err().println(cli.text("cli.error.unexpected", e.getMessage()));
            return Cli.FAILURE;
        }
    }

    interface Move {
        BackupCounts run() throws Exception;
    }

    private int move(ServerTarget target, Move move, String doneKey) {
        try {
            BackupCounts counts = move.run();
            cli.out().println(cli.text(doneKey, dataDir, target, cli.text(Backups.describe(counts))));
            return Cli.OK;
        } catch (TargetNotEmptyException e) {
            cli.err().println(cli.text("move.error.notEmpty", doneKey.endsWith("toServer") ? target : dataDir,
                    cli.text(Backups.describe(e.counts()))));
            return Cli.BAD_INPUT;
        } catch (ServerRefusedException e) {
            cli.err().println(cli.text(e.text()));
            return e.refused() ? Cli.BAD_INPUT : Cli.FAILURE;
        } catch (PasswordException e) {
            cli.err().println(cli.text(e.missing() ? "password.cli.needed" : "password.wrong", e.file(), CliPasswords.ENV));
            return Cli.BAD_INPUT;
        } catch (DataInUseException e) {
            cli.err().println(cli.text("data.inUse", e.dataDir(), cli.text(e.holderText())));
            return Cli.FAILURE;
        } catch (Exception e) {
            cli.err().println(cli.text("move.error.failed", dataDir, target, String.valueOf(e.getMessage())));
            return Cli.FAILURE;
        }
    }

    /** The server named by the folder's settings, if any. */
    static String fromSettings(Path dataDir) {
        return Settings.load(dataDir).get(Settings.SERVER, "").strip();
    }
}

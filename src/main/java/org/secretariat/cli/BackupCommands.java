package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupException;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.NotABackupException;
import org.secretariat.service.safety.BackupService;
import org.secretariat.service.safety.Restore;

/**
 * {@code backup create [--to FILE.zip]}, {@code backup list}, {@code backup restore FILE}. Only
 * {@code create} opens the database; {@code list} reads the backups folder (even while the window has
 * the data open) and {@code restore} needs the folder closed.
 */
final class BackupCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Cli cli;
    private final Path dataDir;

    BackupCommands(Cli cli, Path dataDir) {
        this.cli = cli;
        this.dataDir = dataDir;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--to"), Set.of());
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        String sub = a.words().get(0);
        switch (sub) {
            case "create" -> {
                a.expectWords(1);
                String to = a.option("--to");
                if (to != null && !to.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    throw new UsageException(Text.of("backup.error.zipOnly", to));
                }
                return cli.withContext(dataDir, "backup", ctx -> create(ctx.backups(), to == null ? null : Path.of(to)));
            }
            case "list" -> {
                a.expectWords(1);
                return list(cli.passwords().keyFor(dataDir, cli.text("password.cli.prompt", dataDir)));
            }
            case "restore" -> {
                a.expectWords(2);
                return restore(Path.of(a.words().get(1)));
            }
            default -> throw new UsageException(Text.of("cli.error.unknownCommand", "backup " + sub));
        }
    }

    private int create(BackupService backups, Path to) {
        try {
            BackupService.Result r = to == null ? backups.backupNow() : backups.backupTo(to);
            cli.out().println(cli.text("backup.done", r.file(), cli.text(Backups.describe(r.summary().counts()))));
            r.warnings().forEach(w -> cli.err().println(cli.text("problem.warning") + cli.text(w)));
            return Cli.OK;
        } catch (BackupException e) {
            cli.err().println(cli.text(e.text()));
            return Cli.FAILURE;
        }
    }

    private int list(DatabaseKey key) {
        Path folder = Backups.folder(dataDir);
        List<BackupService.Listing> all;
        try {
            all = BackupService.listFolder(folder, key);
        } catch (IOException e) {
            cli.err().println(cli.text("backup.error.io", folder, String.valueOf(e.getMessage())));
            return Cli.FAILURE;
        }
        cli.out().println(cli.text("backup.list.header"));
        for (BackupService.Listing l : all) {
            String head = l.takenAt().format(TIME) + "\t" + Backups.size(l.size()) + "\t";
            if (l.summary() == null) {
                cli.out().println(head + cli.text("backup.list.unreadable", cli.text(l.problem())) + "\t" + l.file());
            } else {
                var c = l.summary().counts();
                cli.out().println(head + String.join("\t", String.valueOf(c.units()), String.valueOf(c.people()),
                        String.valueOf(c.meetings()), String.valueOf(c.certificates()), String.valueOf(c.auditEntries()),
                        l.file().toString()));
            }
        }
        cli.err().println(cli.text("backup.list.count", all.size(), folder));
        return Cli.OK;
    }

    /** The key of the backup: the password given, else none, else asked for on the terminal. */
    private DatabaseKey backupKey(Path file) throws UsageException {
        char[] given = cli.passwords().given();
        if (given != null) {
            return DatabaseKey.fromPassword(given);
        }
        try {
            BackupService.preview(file, DatabaseKey.NONE);
            return DatabaseKey.NONE;
        } catch (PasswordException e) {
            return DatabaseKey.fromPassword(cli.passwords().ask(cli.text("password.cli.backupPrompt", file), file));
        } catch (NotABackupException e) {
            return DatabaseKey.NONE; // restore says why
        }
    }

    private int restore(Path file) throws UsageException {
        DatabaseKey key = backupKey(file);
        try {
            BackupArchive.Summary s = BackupService.preview(file, key);
            cli.out().println(cli.text("backup.preview", file, s.takenAt().format(TIME),
                    s.lastChange() == null ? cli.text("backup.preview.noChange") : s.lastChange().format(TIME),
                    cli.text(Backups.describe(s.counts()))));
            Restore.Result r = Restore.restore(dataDir, file, key, cli.clock());
            cli.out().println(cli.text("restore.done", file, dataDir));
            if (r.previous() != null) {
                cli.out().println(cli.text("restore.previous", r.previous()));
            }
            if (r.protection() != null) {
                cli.err().println(cli.text(r.protection()));
            }
            return Cli.OK;
        } catch (NotABackupException e) {
            cli.err().println(file + ":1:1: " + cli.text(e.text()));
            return Cli.BAD_INPUT;
        } catch (PasswordException e) {
            cli.err().println(file + ":1:1: " + cli.text(e.missing() ? "password.cli.needed" : "password.wrong",
                    file, CliPasswords.ENV));
            return Cli.BAD_INPUT;
        } catch (BackupException e) {
            cli.err().println(cli.text(e.text()));
            return Cli.FAILURE;
        } catch (DataInUseException e) {
            cli.err().println(cli.text("data.inUse", e.dataDir(), cli.text(e.holderText())));
            return Cli.FAILURE;
        } catch (IOException e) {
            cli.err().println(cli.text("data.error.io", dataDir, e.getMessage()));
            return Cli.FAILURE;
        }
    }
}

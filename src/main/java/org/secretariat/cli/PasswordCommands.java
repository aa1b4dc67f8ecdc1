package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.service.safety.PasswordChange;
import org.secretariat.service.Progress;

/**
 * {@code password set|change|remove [--new-password-file FILE]}: encrypts the data folder with a
 * password, changes it, or removes it; its backups are re-encrypted the same way. The current password
 * comes as for every command ({@code --password-file}, the environment, or the terminal); the new one
 * from {@code --new-password-file} or typed twice on the terminal. The folder must not be open.
 */
final class PasswordCommands {

    private final Cli cli;
    private final Path dataDir;

    PasswordCommands(Cli cli, Path dataDir) {
        this.cli = cli;
        this.dataDir = dataDir;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--new-password-file"), Set.of());
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        String sub = a.words().get(0);
        a.expectWords(1);
        boolean encrypted;
        try {
            encrypted = DatabaseKey.folderIsEncrypted(dataDir);
        } catch (IOException e) {
            cli.err().println(cli.text("data.error.io", dataDir, e.getMessage()));
            return Cli.FAILURE;
        }
        DatabaseKey from;
        DatabaseKey to;
        switch (sub) {
            case "set", "change" -> {
                if (sub.equals("set") && encrypted) {
                    throw new UsageException(Text.of("password.cli.alreadySet", dataDir));
                }
                if (sub.equals("change") && !encrypted) {
                    throw new UsageException(Text.of("password.cli.notSet", dataDir));
                }
                from = encrypted ? cli.passwords().keyFor(dataDir, cli.text("password.cli.prompt", dataDir)) : DatabaseKey.NONE;
                to = DatabaseKey.fromPassword(newPassword(a.option("--new-password-file")));
            }
            case "remove" -> {
                if (!encrypted) {
                    throw new UsageException(Text.of("password.cli.notSet", dataDir));
                }
                from = cli.passwords().keyFor(dataDir, cli.text("password.cli.prompt", dataDir));
                to = DatabaseKey.NONE;
            }
            default -> throw new UsageException(Text.of("cli.error.unknownCommand", "password " + sub));
        }
        try {
            PasswordChange.Result r = PasswordChange.change(dataDir, from, to, cli.clock(), Progress.NONE);
            cli.out().println(cli.text(!to.isSet() ? "password.done.removed" : from.isSet() ? "password.done.changed" : "password.done.set", dataDir,
                    r.backupsChanged()));
            r.backupsLeft().forEach(p -> cli.err().println(cli.text("problem.warning") + cli.text("password.backupLeft", p)));
            if (to.isSet()) {
                cli.err().println(cli.text("password.warning"));
            }
            return Cli.OK;
        } catch (PasswordException e) {
            cli.err().println(cli.text(e.missing() ? "password.cli.needed" : "password.wrong", e.file(), CliPasswords.ENV));
            return Cli.BAD_INPUT;
        } catch (DataInUseException e) {
            cli.err().println(cli.text("data.inUse", e.dataDir(), cli.text(e.holderText())));
            return Cli.FAILURE;
        } catch (CharterLoadException e) {
            cli.printCharterProblems(e.problems());
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            cli.err().println(cli.text("password.error.failed", dataDir, e.getMessage()));
            return Cli.FAILURE;
        }
    }

    private char[] newPassword(String file) throws UsageException {
        if (file != null) {
            return CliPasswords.readFile(Path.of(file));
        }
        Text none = Text.of("password.cli.newNeeded");
        char[] first = cli.passwords().ask(cli.text("password.cli.newPrompt"), none);
        char[] again = cli.passwords().ask(cli.text("password.cli.againPrompt"), none);
        if (!Arrays.equals(first, again)) {
            throw new UsageException(Text.of("password.mismatch"));
        }
        return first;
    }
}

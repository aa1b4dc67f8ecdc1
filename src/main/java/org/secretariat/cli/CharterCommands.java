package org.secretariat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterLoader;
import org.secretariat.charter.CharterProblem;
import org.secretariat.charter.CharterProfile;
import org.secretariat.i18n.Text;

/** {@code charters} lists the profiles; {@code charters check FILE} checks one. Neither opens the database. */
final class CharterCommands {

    private final Cli cli;
    private final Path dataDir;

    CharterCommands(Cli cli, Path dataDir) {
        this.cli = cli;
        this.dataDir = dataDir;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of(), Set.of());
        if (a.words().isEmpty()) {
            return list();
        }
        if (!a.words().get(0).equals("check")) {
            throw new UsageException(Text.of("cli.error.unknownCommand", "charters " + a.words().get(0)));
        }
        a.expectWords(2);
        return check(Path.of(a.words().get(1)));
    }

    private int list() {
        List<CharterProblem> problems = new ArrayList<>();
        for (CharterCatalog.Entry e : new CharterCatalog(dataDir.resolve("charters")).list(problems)) {
            CharterProfile p = e.profile();
            cli.out().println(p.id() + "\t" + p.organisation().name()
                    + (e.isBuiltIn() ? "" : "\t" + e.file()));
        }
        cli.printCharterProblems(problems);
        return Cli.OK;
    }

    private int check(Path file) {
        try {
            CharterProfile p = CharterLoader.checking().load(file);
            cli.out().println(cli.text("charters.check.ok", file, p.id(), p.organisation().name(),
                    p.bodies().size(), p.tiers().size(), p.procedures().size()));
            return Cli.OK;
        } catch (CharterLoadException e) {
            cli.printCharterProblems(e.problems());
            cli.err().println(cli.text("charters.check.refused", e.problems().size()));
            return Cli.BAD_INPUT;
        }
    }
}

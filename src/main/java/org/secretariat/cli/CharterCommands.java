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
import org.secretariat.charter.CharterReadings;
import org.secretariat.i18n.Text;

/**
 * {@code charters} lists the profiles; {@code charters check FILE} checks one; {@code charters readings
 * [ID|FILE] [--markdown]} lists every reading a profile takes. None opens the database.
 */
final class CharterCommands {

    private final Cli cli;
    private final Path dataDir;

    CharterCommands(Cli cli, Path dataDir) {
        this.cli = cli;
        this.dataDir = dataDir;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of(), Set.of("--markdown"));
        String verb = a.words().isEmpty() ? "" : a.words().get(0);
        if (verb.equals("readings")) {
            if (a.words().size() > 2) {
                throw new UsageException(Text.of("cli.error.extraArgument"));
            }
            return readings(a.words().size() == 2 ? a.words().get(1) : null, a.flag("--markdown"));
        }
        if (a.flag("--markdown")) {
            throw new UsageException(Text.of("cli.error.unknownOption", "--markdown"));
        }
        if (a.words().isEmpty()) {
            return list();
        }
        if (!verb.equals("check")) {
            throw new UsageException(Text.of("cli.error.unknownCommand", "charters " + verb));
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

    /**
     * Every reading of one profile (an id, or a YAML file), or of every built-in profile: one line
     * each, {@code ID 对象（条款）：解读}; with {@code --markdown}, the README's block.
     */
    private int readings(String which, boolean markdown) {
        CharterCatalog catalog = new CharterCatalog(dataDir.resolve("charters"));
        List<CharterProfile> profiles = new ArrayList<>();
        if (which == null) {
            List<CharterProblem> problems = new ArrayList<>();
            catalog.builtIn(problems).forEach(e -> profiles.add(e.profile()));
            if (!problems.isEmpty()) {
                cli.printCharterProblems(problems);
                return Cli.BAD_INPUT;
            }
        } else {
            try {
                profiles.add(looksLikeFile(which) ? new CharterLoader().load(Path.of(which)) : catalog.load(which));
            } catch (CharterLoadException e) {
                if (looksLikeFile(which)) {
                    cli.printCharterProblems(e.problems());
                } else {
                    List<String> ids = catalog.list(new ArrayList<>()).stream().map(x -> x.profile().id()).toList();
                    cli.err().println(cli.text("charters.readings.unknownId", which, String.join("、", ids)));
                }
                return Cli.BAD_INPUT;
            }
        }
        for (int i = 0; i < profiles.size(); i++) {
            if (markdown) {
                if (i > 0) {
                    cli.out().println();
                }
                CharterReadings.markdown(profiles.get(i)).forEach(cli.out()::println);
            } else {
                CharterReadings.of(profiles.get(i)).forEach(r -> cli.out().println(r.line()));
            }
        }
        return Cli.OK;
    }

    /** A path to a profile rather than an id: ends in .yaml/.yml, names a folder, or exists. */
    private static boolean looksLikeFile(String which) {
        return which.endsWith(".yaml") || which.endsWith(".yml") || which.contains("/") || which.contains("\\")
                || java.nio.file.Files.isRegularFile(Path.of(which));
    }
}

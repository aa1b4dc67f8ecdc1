package org.secretariat.cli;

import java.util.List;
import java.util.Set;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterProfile;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;

/**
 * {@code setup --charter ID [--name …] [--short-name …] [--credit-code …] [--seat …] [--address …]
 * [--contact …] [--phone …] [--email …]}: details not given are taken from the charter profile.
 */
final class SetupCommand {

    private static final Set<String> OPTIONS = Set.of("--charter", "--name", "--short-name", "--credit-code", "--legal-representative",
            "--seat", "--address", "--contact", "--phone", "--email");

    private final Cli cli;
    private final AppContext ctx;

    SetupCommand(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, OPTIONS, Set.of());
        a.expectWords(0);
        String id = a.option("--charter");
        if (id == null) {
            throw new UsageException(Text.of("cli.error.optionRequired", "--charter"));
        }
        CharterProfile profile;
        try {
            profile = ctx.catalog().load(id);
        } catch (CharterLoadException e) {
            cli.printCharterProblems(e.problems());
            return Cli.BAD_INPUT;
        }
        SetupService.Details def = SetupService.defaultsFrom(profile);
        SetupService.Details details = new SetupService.Details(
                a.option("--name", def.name()), a.option("--short-name", def.shortName()),
                a.option("--credit-code", ""), a.option("--seat", def.secretariatSeat()),
                a.option("--address", def.address()), a.option("--contact", ""),
                a.option("--phone", ""), a.option("--email", ""), a.option("--legal-representative", ""));
        List<Text> problems = ctx.setUp(profile, details);
        if (!problems.isEmpty()) {
            problems.forEach(p -> cli.err().println("setup: " + cli.text(p)));
            return Cli.BAD_INPUT;
        }
        cli.out().println(cli.text("setup.done", details.name(), profile.id(), ctx.dataDir()));
        String code = org.secretariat.domain.CreditCode.normalize(details.creditCode());
        if (org.secretariat.domain.CreditCode.check(code) == org.secretariat.domain.CreditCode.Verdict.BAD_CHECK) {
            // as the import warns of a unit's: printed on every document, so said, but not refused (old codes exist)
            cli.err().println(cli.text("problem.warning") + cli.text("setup.warning.creditCodeCheck", code,
                    org.secretariat.domain.CreditCode.checkCharacter(code.substring(0, 17))));
        }
        return Cli.OK;
    }
}

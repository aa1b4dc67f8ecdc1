package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;

/** {@code report annual --year YYYY --out FILE.docx|FILE.pdf} and {@code report statistics --year YYYY --out FILE.xlsx}. */
final class ReportCommands {

    private final Cli cli;
    private final AppContext ctx;

    ReportCommands(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--year", "--out"), Set.of());
        a.expectWords(1);
        if (!ctx.isSetUp()) {
            cli.err().println(cli.text("cli.error.notSetUp"));
            return Cli.BAD_INPUT;
        }
        String kind = a.words().get(0);
        if (!kind.equals("annual") && !kind.equals("statistics")) {
            throw new UsageException(Text.of("cli.error.unknownCommand", "report " + kind));
        }
        String out = a.option("--out");
        if (out == null) {
            throw new UsageException(Text.of("cli.error.optionRequired", "--out"));
        }
        int year;
        try {
            year = Integer.parseInt(a.option("--year", Integer.toString(LocalDate.now(cli.clock()).getYear() - 1)));
        } catch (NumberFormatException e) {
            throw new UsageException(Text.of("report.cli.year", a.option("--year")));
        }
        if (year < 1990 || year > 2200) {
            throw new UsageException(Text.of("report.cli.year", Integer.toString(year)));
        }
        int thisYear = LocalDate.now(cli.clock()).getYear();
        if (year > thisYear) { // a year not yet begun has no figures: the window offers none either
            throw new UsageException(Text.of("report.cli.futureYear", year, thisYear));
        }
        String name = out.toLowerCase(Locale.ROOT);
        boolean annual = kind.equals("annual");
        if (annual ? !(name.endsWith(".docx") || name.endsWith(".pdf")) : !name.endsWith(".xlsx")) {
            throw new UsageException(Text.of(annual ? "report.cli.format" : "cli.error.xlsxOnly", out));
        }
        try {
            if (annual) {
                ctx.reports().write(year, Path.of(out), ctx.documents());
            } else {
                ctx.reports().writeStatistics(year, Path.of(out));
            }
            cli.out().println(cli.text("report.cli.done", year, out));
            return Cli.OK;
        } catch (IOException e) {
            cli.err().println(out + ":1:1: " + cli.writeProblem(e, Path.of(out)));
            return Cli.FAILURE;
        }
    }
}

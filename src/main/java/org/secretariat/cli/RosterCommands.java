package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.secretariat.exchange.Sheet;
import org.secretariat.exchange.SheetReadException;
import org.secretariat.exchange.SheetReader;
import org.secretariat.service.Progress;
import org.secretariat.service.roster.ValueMapping;
import java.nio.file.Files;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.RowProblem;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.service.roster.FieldProblem;
import org.secretariat.service.roster.RosterService;
import org.secretariat.service.roster.UnitDraft;

/** {@code roster import FILE [--dry-run] [--sheet S] [--map M]}, {@code roster export FILE}, {@code roster template FILE}, {@code roster list}. */
final class RosterCommands {

    private final Cli cli;
    private final AppContext ctx;

    RosterCommands(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--status", "--tier", "--sheet", "--map"), Set.of("--dry-run"));
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        String sub = a.words().get(0);
        if (!ctx.isSetUp()) {
            cli.err().println(cli.text("cli.error.notSetUp"));
            return Cli.BAD_INPUT;
        }
        switch (sub) {
            case "list" -> {
                a.expectWords(1);
                return list();
            }
            case "import" -> {
                a.expectWords(2);
                return importFile(Path.of(a.words().get(1)), a.option("--sheet"), a.option("--map"), a.flag("--dry-run"));
            }
            case "set" -> {
                a.expectWords(2);
                return set(a.words().get(1), a.option("--status"), a.option("--tier"));
            }
            case "export", "template" -> {
                a.expectWords(2);
                return write(sub, xlsxPath(a.words().get(1)));
            }
            default -> throw new UsageException(Text.of("cli.error.unknownCommand", "roster " + sub));
        }
    }

    /**
     * {@code roster set NAME [--status S] [--tier T]}: changes a unit's status or tier through the
     * same rules as the unit form (the charter's preconditions, with their articles).
     */
    private int set(String name, String status, String tier) throws UsageException {
        if (status == null && tier == null) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        String where = "roster set " + name;
        UnitRow row = ctx.roster().list().stream().filter(r -> r.name().equals(name.strip())).findFirst().orElse(null);
        if (row == null) {
            cli.err().println(where + ":1:1: " + cli.text("cli.error.noSuchUnit", name));
            return Cli.BAD_INPUT;
        }
        UnitDraft d = ctx.roster().draft(row.id()).orElseThrow();
        if (status != null) {
            MemberStatus s = MemberStatus.parse(status).orElse(null);
            if (s == null) {
                cli.err().println(where + ":1:1: " + cli.text("import.error.status", status));
                return Cli.BAD_INPUT;
            }
            d.status = s;
        }
        if (tier != null) {
            Tier t = ctx.charter().orElseThrow().tierNamed(tier).orElse(null);
            if (t == null) {
                cli.err().println(where + ":1:1: " + cli.text("import.error.tier", tier, String.join("、",
                        ctx.charter().orElseThrow().tiers().stream().map(Tier::name).toList())));
                return Cli.BAD_INPUT;
            }
            d.tierId = t.id();
        }
        RosterService.SaveResult result = ctx.roster().save(d);
        for (FieldProblem p : result.problems()) {
            String warn = p.isError() ? "" : cli.text("problem.warning");
            cli.err().println(where + ":1:1: " + warn + cli.text(p.message()));
        }
        if (!result.saved()) {
            return Cli.BAD_INPUT;
        }
        cli.out().println(cli.text("roster.set.done", name));
        return Cli.OK;
    }

    private Path xlsxPath(String name) throws UsageException {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException(Text.of("cli.error.xlsxOnly", name));
        }
        return Path.of(name);
    }

    private int list() {
        List<UnitRow> rows = ctx.roster().list();
        cli.out().println(String.join("\t", cli.text("field.name"), cli.text("field.tier"), cli.text("field.unitType"),
                cli.text("field.status"), cli.text("field.creditCode"), cli.text("field.joinDate"),
                cli.text("field.contactName"), cli.text("field.phone")));
        for (UnitRow r : rows) {
            cli.out().println(String.join("\t", r.name(), r.tierName(), cli.text("unitType." + r.unitType().name()),
                    cli.text("status." + r.status().name()), Objects.toString(r.creditCode(), ""),
                    r.joinDateText(), Objects.toString(r.contactName(), ""),
                    Objects.toString(r.phone(), "")));
        }
        cli.err().println(cli.text("roster.list.count", rows.size()));
        return Cli.OK;
    }

    /**
     * The value mapping of {@code --map FILE} (UTF-8 or GB18030 lines 「列名,文件中的值,对应值」) over the
     * one remembered; null after printing {@code FILE:LINE:1: …} for every bad line.
     */
    private ValueMapping values(String mapFile) {
        ValueMapping remembered = ctx.importer().remembered();
        if (mapFile == null) {
            return remembered;
        }
        Path path = Path.of(mapFile);
        List<String> lines;
        try {
            lines = SheetReader.decode(Files.readAllBytes(path)).lines().toList();
        } catch (IOException e) {
            cli.err().println(path + ":1:1: " + (e instanceof java.nio.file.NoSuchFileException
                    ? cli.text("import.error.notFound", path) : cli.text("import.map.unreadable", path)));
            return null;
        }
        ValueMapping.Parsed parsed = ValueMapping.parse(lines, ctx.charter().orElseThrow());
        for (ValueMapping.LineProblem p : parsed.problems()) {
            cli.err().println(path + ":" + p.line() + ":1: " + cli.text(p.message()));
        }
        return parsed.problems().isEmpty() ? remembered.merged(parsed.mapping()) : null;
    }

    private int importFile(Path file, String sheetWanted, String mapFile, boolean dryRun) {
        ImportService importer = ctx.importer();
        ValueMapping values = values(mapFile);
        if (values == null) {
            return Cli.BAD_INPUT;
        }
        Sheet sheet;
        try {
            sheet = importer.read(file, sheetWanted);
        } catch (SheetReadException e) {
            cli.err().println(file + ":1:1: " + cli.text(e.text()));
            return Cli.BAD_INPUT;
        }
        ImportPreview preview = importer.preview(sheet, ImportService.autoMapping(sheet), values, Progress.NONE);
        if (!sheet.otherSheets().isEmpty()) {
            cli.err().println(file + ":1:1: " + cli.text("import.sheetRead", sheet.sheetName(),
                    org.secretariat.exchange.SheetReader.describe(sheet.otherSheets())));
        }
        if (!preview.ignoredColumns().isEmpty()) {
            cli.err().println(file + ":" + sheet.headerRow() + ":1: "
                    + cli.text("import.ignoredColumns", String.join("、", preview.ignoredColumns())));
        }
        for (Sheet.Skipped k : preview.skipped()) {
            cli.err().println(file + ":" + k.number() + ":1: " + cli.text("import.skippedRow", cli.text(k.reason())));
        }
        for (ImportPreview.Row row : preview.rows()) {
            for (ImportPreview.Normalised n : row.normalised()) {
                cli.err().println(file + ":" + row.number() + ":" + n.column() + ": "
                        + cli.text("import.normalised", cli.text("field." + n.field()), n.before(), n.after()));
            }
        }
        for (RowProblem p : preview.problems()) {
            cli.err().println(format(file, p));
        }
        if (!preview.canImport()) {
            cli.err().println(preview.fileProblems().isEmpty()
                    ? cli.text("import.refused", preview.errorCount(), preview.rows().size())
                    : cli.text("import.refusedFile")); // not 「0 行中有 1 处错误」 for a missing column
            return Cli.BAD_INPUT;
        }
        if (dryRun) {
            cli.out().println(cli.text("import.dryRun", preview.rows().size(), preview.warningCount()));
            return Cli.OK;
        }
        try {
            int n = importer.commit(preview);
            cli.out().println(cli.text("import.done", n, file));
            return Cli.OK;
        } catch (ImportService.ImportRefused e) {
            e.preview().problems().forEach(p -> cli.err().println(format(file, p)));
            cli.err().println(cli.text("import.refused", e.preview().errorCount(), e.preview().rows().size()));
            return Cli.BAD_INPUT;
        }
    }

    private String format(Path file, RowProblem p) {
        String label = p.field().isEmpty() ? "" : cli.text("field." + p.field()) + "：";
        String warn = p.isError() ? "" : cli.text("problem.warning");
        return file + ":" + p.row() + ":" + p.column() + ": " + warn + label + cli.text(p.message());
    }

    private int write(String what, Path target) {
        try {
            if (what.equals("export")) {
                List<UnitRow> rows = ctx.roster().list();
                ctx.exporter().exportRoster(target, rows);
                cli.out().println(cli.text("export.done", rows.size(), target));
            } else {
                ctx.exporter().writeTemplate(target);
                cli.out().println(cli.text("template.done", target));
            }
            return Cli.OK;
        } catch (IOException e) {
            cli.err().println(target + ":1:1: " + cli.writeProblem(e, target));
            return Cli.FAILURE;
        }
    }
}

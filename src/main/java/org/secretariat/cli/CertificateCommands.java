package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.secretariat.charter.CertificateKind;
import org.secretariat.domain.CertificateState;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.certificates.CertificateRow;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.service.Progress;

/**
 * {@code certificates issue (--all | --unit NAME_OR_CREDIT_CODE) [--kind KIND] --out DIR [--format pdf|docx]
 * [--combined]}, {@code certificates reissue NUMBER [--reason TEXT] --out DIR [--format pdf|docx]},
 * {@code certificates export (NUMBER… | --all) --out DIR [--format pdf|docx]}, {@code certificates list},
 * {@code certificates verify CODE}. A command that would write no file exits 2 and says why.
 */
final class CertificateCommands {

    private final Cli cli;
    private final AppContext ctx;

    CertificateCommands(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--unit", "--kind", "--out", "--format", "--reason"), Set.of("--all", "--combined"));
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        if (!ctx.isSetUp()) {
            cli.err().println(cli.text("cli.error.notSetUp"));
            return Cli.BAD_INPUT;
        }
        return switch (a.words().get(0)) {
            case "list" -> {
                a.expectWords(1);
                yield list();
            }
            case "verify" -> {
                a.expectWords(2);
                yield verify(a.words().get(1));
            }
            case "issue" -> {
                a.expectWords(1);
                yield issue(a);
            }
            case "reissue" -> {
                a.expectWords(2);
                yield reissue(a);
            }
            case "export" -> export(a);
            default -> throw new UsageException(Text.of("cli.error.unknownCommand", "certificates " + a.words().get(0)));
        };
    }

    private int list() {
        List<CertificateRow> rows = ctx.certificates().list();
        cli.out().println(String.join("\t", cli.text("certificate.number"), cli.text("certificate.kind"),
                cli.text("certificate.holder"), cli.text("field.name"), cli.text("certificate.issued"),
                cli.text("certificate.validUntil"), cli.text("certificate.state")));
        for (CertificateRow r : rows) {
            cli.out().println(String.join("\t", r.number(), r.kindName(), r.holderName(), r.unitName(),
                    r.issuedOn().toString(), Objects.toString(r.validUntil(), ""), cli.text("certificate.state." + r.state().name())));
        }
        cli.err().println(cli.text("certificate.list.count", rows.size()));
        return Cli.OK;
    }

    private int verify(String code) {
        CertificateService.Verification v = ctx.certificates().verify(code);
        v.texts().forEach(t -> cli.out().println(cli.text(t)));
        return v.verdict() == CertificateService.Verification.Verdict.VALID ? Cli.OK : Cli.BAD_INPUT;
    }

    private int issue(CliArgs a) throws UsageException {
        boolean all = a.flag("--all");
        String unit = a.option("--unit");
        if (all == (unit != null)) {
            throw new UsageException(Text.of("certificate.cli.allOrUnit"));
        }
        String out = a.option("--out");
        if (out == null) {
            throw new UsageException(Text.of("cli.error.optionRequired", "--out"));
        }
        String format = format(a);
        if (a.flag("--combined") && format.equals("docx")) {
            throw new UsageException(Text.of("certificate.cli.combinedPdf"));
        }
        List<CertificateKind> kinds = ctx.certificates().kinds();
        if (kinds.isEmpty()) {
            cli.err().println(cli.text("certificate.cli.noKinds"));
            return Cli.BAD_INPUT;
        }
        String kindId = a.option("--kind", kinds.get(0).id());
        if (kinds.stream().noneMatch(k -> k.id().equals(kindId))) {
            throw new UsageException(Text.of("certificate.cli.kind", kindId,
                    String.join(", ", kinds.stream().map(k -> k.id() + "（" + k.name() + "）").toList())));
        }
        List<Long> units;
        if (all) {
            units = ctx.certificates().eligibleUnits(kindId);
        } else {
            var found = ctx.certificates().findUnit(unit);
            if (found.isEmpty()) {
                cli.err().println("--unit: " + cli.text("certificate.cli.noUnit", unit));
                return Cli.BAD_INPUT;
            }
            units = List.of(found.get());
        }
        List<Path> files = new java.util.ArrayList<>();
        CertificateService.Issued issued;
        try {
            // printed before the register commits: a certificate is issued only if its file was written
            issued = ctx.certificates().issue(kindId, units, LocalDate.now(cli.clock()), all, (s, ids) -> files.addAll(
                    ctx.certificateOutput().writeIssuing(s, ids, Path.of(out), format(format), a.flag("--combined"),
                            Progress.NONE)));
        } catch (IOException e) {
            return cannotWrite(out, e, true);
        }
        if (!issued.problems().isEmpty()) {
            issued.problems().forEach(p -> cli.err().println(p.key().equals("certificate.error.held")
                    ? cli.text("certificate.cli.held", p.args()[0], p.args()[2])
                    : "--unit: " + cli.text(p)));
            return Cli.BAD_INPUT;
        }
        if (issued.ids().isEmpty()) {
            cli.err().println(cli.text("certificate.cli.nothing", issued.skipped()));
            return Cli.BAD_INPUT;
        }
        files.forEach(f -> cli.out().println(f));
        cli.err().println(cli.text("certificate.cli.done", issued.ids().size(), issued.skipped(), out));
        return Cli.OK;
    }

    /** Voids the certificate with the reason, issues its replacement under a new number and writes it. */
    private int reissue(CliArgs a) throws UsageException {
        String out = out(a);
        String format = format(a);
        String number = a.words().get(1);
        CertificateRow old = issuedRow(number);
        if (old == null) {
            return Cli.BAD_INPUT;
        }
        String reason = a.option("--reason", cli.text("certificate.cli.reissueReason"));
        long id;
        try {
            // the new certificate printed before the old is voided and the new registered: all or nothing
            id = ctx.certificates().reissue(old.id(), LocalDate.now(cli.clock()), reason, (s, ids) -> ctx.certificateOutput()
                    .writeIssuing(s, ids, Path.of(out), format(format), false, Progress.NONE).forEach(f -> cli.out().println(f)));
        } catch (IOException e) {
            return cannotWrite(out, e, true);
        }
        String newNumber = ctx.certificates().list().stream().filter(r -> r.id() == id).findFirst()
                .map(CertificateRow::number).orElse("");
        cli.err().println(cli.text("certificate.cli.reissued", old.number(), newNumber, out));
        return Cli.OK;
    }

    /** The issued certificate with the number, or null after saying on stderr why there is none. */
    private CertificateRow issuedRow(String number) {
        CertificateRow r = ctx.certificates().findByNumber(number).orElse(null);
        if (r == null) {
            cli.err().println(cli.text("certificate.cli.noNumber", number));
        } else if (r.state() != CertificateState.ISSUED) {
            cli.err().println(cli.text("certificate.cli.notIssued", r.number(), cli.text("certificate.state." + r.state().name())));
            return null;
        }
        return r;
    }

    /** Writes issued certificates again, with their own numbers and dates. */
    private int export(CliArgs a) throws UsageException {
        String out = out(a);
        String format = format(a);
        List<String> numbers = a.words().subList(1, a.words().size());
        if (a.flag("--all") == !numbers.isEmpty()) {
            throw new UsageException(Text.of("certificate.cli.numbersOrAll"));
        }
        List<Long> ids = new java.util.ArrayList<>();
        if (a.flag("--all")) {
            ids.addAll(ctx.certificates().issuedIds());
        }
        for (String n : numbers) {
            CertificateRow r = issuedRow(n);
            if (r == null) {
                return Cli.BAD_INPUT;
            }
            ids.add(r.id());
        }
        if (ids.isEmpty()) {
            cli.err().println(cli.text("certificate.cli.noneIssued"));
            return Cli.BAD_INPUT;
        }
        if (write(ids, out, format, false) == null) {
            return Cli.FAILURE;
        }
        cli.err().println(cli.text("certificate.cli.exported", ids.size(), out));
        return Cli.OK;
    }

    private static String out(CliArgs a) throws UsageException {
        String out = a.option("--out");
        if (out == null) {
            throw new UsageException(Text.of("cli.error.optionRequired", "--out"));
        }
        return out;
    }

    private static String format(CliArgs a) throws UsageException {
        String format = a.option("--format", "pdf").toLowerCase(Locale.ROOT);
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw new UsageException(Text.of("certificate.cli.format", format));
        }
        return format;
    }

    /** Writes the files and prints their paths; {@code null} (after saying why) when the disk refused. */
    private List<Path> write(List<Long> ids, String out, String format, boolean combined) {
        try {
            List<Path> files = ctx.certificateOutput().write(ids, Path.of(out), format(format), combined, Progress.NONE);
            files.forEach(f -> cli.out().println(f));
            return files;
        } catch (IOException e) {
            cannotWrite(out, e, false);
            return null;
        }
    }

    private static CertificateOutput.Format format(String format) {
        return format.equals("pdf") ? CertificateOutput.Format.PDF : CertificateOutput.Format.DOCX;
    }

    /**
     * The folder named by --out could not be written: said at it (and that nothing was issued); exit 1
     * as for every output the disk refuses (roster export, reports, backups).
     */
    private int cannotWrite(String out, IOException e, boolean issuing) {
        cli.err().println(out + ":1:1: " + cli.writeProblem(e, Path.of(out))
                + (issuing ? " " + cli.text("certificate.cli.nothingIssued") : ""));
        return Cli.FAILURE;
    }
}

package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.secretariat.charter.CertificateKind;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.certificates.CertificateRow;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.service.Progress;

/**
 * {@code certificates issue (--all | --unit NAME_OR_CREDIT_CODE) [--kind KIND] --out DIR [--format pdf|docx]
 * [--combined]}, {@code certificates list}, {@code certificates verify CODE}.
 */
final class CertificateCommands {

    private final Cli cli;
    private final AppContext ctx;

    CertificateCommands(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of("--unit", "--kind", "--out", "--format"), Set.of("--all", "--combined"));
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
        CertificateRow r = v.row();
        String verdict = cli.text("certificate.verify." + v.verdict().name());
        if (r == null) {
            cli.out().println(verdict);
        } else {
            cli.out().println(verdict + "\n" + cli.text("certificate.verify.details", r.number(), r.kindName(), r.holderName(),
                    r.unitName(), r.issuedOn(), Objects.toString(r.validUntil(), cli.text("certificate.noExpiry")),
                    cli.text("certificate.state." + r.state().name())));
        }
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
        String format = a.option("--format", "pdf").toLowerCase(Locale.ROOT);
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw new UsageException(Text.of("certificate.cli.format", format));
        }
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
        CertificateService.Issued issued = ctx.certificates().issue(kindId, units, LocalDate.now(cli.clock()), all);
        if (!issued.problems().isEmpty()) {
            issued.problems().forEach(p -> cli.err().println("--unit: " + cli.text(p)));
            return Cli.BAD_INPUT;
        }
        try {
            List<Path> files = ctx.certificateOutput().write(issued.ids(), Path.of(out),
                    format.equals("pdf") ? CertificateOutput.Format.PDF : CertificateOutput.Format.DOCX,
                    a.flag("--combined"), Progress.NONE);
            files.forEach(f -> cli.out().println(f));
            cli.err().println(cli.text("certificate.cli.done", issued.ids().size(), issued.skipped(), out));
            return Cli.OK;
        } catch (IOException e) {
            cli.err().println(out + ":1:1: " + cli.writeProblem(e, Path.of(out)));
            return Cli.FAILURE;
        }
    }
}

package org.secretariat.cli;

import java.util.List;
import java.util.Set;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.safety.AuditCheck;

/**
 * {@code audit verify}: walks the audit trail's hash chain. Exit 0 if every entry holds; 2 naming the
 * first entry that does not (it, or the one before it, was changed or removed after it was written),
 * or, the chain holding, when the newest backup holds an entry the data has lost or changed since
 * (entries removed from the end, {@link AuditCheck}).
 */
final class AuditCommands {

    private final Cli cli;
    private final AppContext ctx;

    AuditCommands(Cli cli, AppContext ctx) {
        this.cli = cli;
        this.ctx = ctx;
    }

    int run(List<String> args) throws UsageException {
        CliArgs a = CliArgs.parse(args, Set.of(), Set.of());
        if (a.words().isEmpty()) {
            throw new UsageException(Text.of("cli.error.missingArgument"));
        }
        if (!a.words().get(0).equals("verify")) {
            throw new UsageException(Text.of("cli.error.unknownCommand", "audit " + a.words().get(0)));
        }
        a.expectWords(1);
        AuditCheck.Result r = AuditCheck.verify(ctx);
        if (r.intact()) {
            cli.out().println(cli.text(r.text()));
            return Cli.OK;
        }
        cli.err().println(cli.text(r.text()));
        return Cli.BAD_INPUT;
    }
}

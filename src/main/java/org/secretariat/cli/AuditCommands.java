package org.secretariat.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.secretariat.domain.AuditEntry;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.AuditTrail;

/**
 * {@code audit verify}: walks the audit trail's hash chain. Exit 0 if every entry holds; 2 naming the
 * first entry that does not (it, or the one before it, was changed or removed after it was written).
 */
final class AuditCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

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
        AuditTrail.Verification v = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
        if (v.intact()) {
            cli.out().println(cli.text("audit.verify.ok", v.entries()));
            return Cli.OK;
        }
        AuditEntry e = v.firstBroken().orElseThrow();
        cli.err().println(cli.text("audit.verify.broken", e.getSeq(), e.getAt().format(TIME), e.getActor(),
                v.entries()));
        return Cli.BAD_INPUT;
    }
}

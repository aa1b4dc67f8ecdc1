package org.secretariat.concurrency;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.secretariat.exchange.Sheet;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.RosterService;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;

/**
 * One PC of the office, as a process of its own (the child of {@link SeveralWritersTest} and
 * {@link KilledWriterTest}): opens the server's database through the app's services, says
 * {@code READY}, waits for a line on stdin, then for each round imports a roster of its own, issues a
 * certificate and records a fee payment for the first unit of it, and edits one of the shared units
 * (those imported before the writers start). Each operation is its own transaction and prints one
 * line, {@code OK kind detail} or {@code REFUSED kind message}: a refusal is reported to its writer,
 * never lost. An import prints {@code BEGIN import round} before it starts. Exit 0 if nothing was
 * refused, 4 otherwise.
 *
 * <p>Arguments: the server address, a data folder of its own, the writer's name, rounds, rows per roster.
 */
public final class OfficeWriter {

    /** 2025-06-05 10:00 in Beijing, as in the CLI tests: every number falls in one year's scope. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private OfficeWriter() {
    }

    static String unitName(String writer, int round, int row) {
        return String.format("%s-第%d批-单位%05d", writer, round, row);
    }

    /** The remarks an edit writes: who and which round, so the test can tell whose edit stayed. */
    static String remarks(String writer, int round) {
        return "改于" + writer + "第" + round + "轮";
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ServerTarget target = ServerTarget.parse(args[0], "postgres");
        Path dir = Path.of(args[1]);
        String writer = args[2];
        int rounds = Integer.parseInt(args[3]);
        int rows = Integer.parseInt(args[4]);
        boolean refused = false;
        try (AppContext ctx = AppContext.open(dir, target, null, "office writer " + writer, CLOCK)) {
            ctx.database().sessionFactory(); // Hibernate booted before GO, so the writers start together
            String tier = ctx.charter().orElseThrow().entryTier().name();
            List<Long> shared = ctx.roster().list().stream().map(UnitRow::id).sorted().toList();
            out.println("READY");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            LocalDate today = LocalDate.now(CLOCK);
            int offset = Math.floorMod(writer.hashCode(), shared.size());
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                boolean imported = attempt(out, "import", () -> {
                    out.println("BEGIN import " + r);
                    return r + " " + importRoster(ctx, sheet(writer, r, tier, rows), out, r);
                });
                refused |= !imported;
                if (imported) {
                    long unit = ctx.certificates().findUnit(unitName(writer, r, 0)).orElseThrow();
                    refused |= !attempt(out, "cert", () -> issue(ctx.certificates(), unit, today));
                    refused |= !attempt(out, "receipt", () -> pay(ctx, unit, today));
                }
                long edited = shared.get((offset + round) % shared.size());
                refused |= !attempt(out, "edit", () -> edited + " " + edit(ctx.roster(), edited, remarks(writer, r)));
            }
        }
        out.println("DONE");
        System.exit(refused ? 4 : 0);
    }

    /** Runs one operation: prints OK and what it gave, or REFUSED and why; true if it went through. */
    private static boolean attempt(PrintStream out, String kind, Callable<String> operation) {
        try {
            out.println("OK " + kind + " " + operation.call());
            return true;
        } catch (Exception e) {
            out.println("REFUSED " + kind + " " + String.valueOf(e).replace('\n', ' '));
            return false;
        }
    }

    /** Imports the roster; once it is writing rows (its transaction open), prints {@code WRITING import round done} every 500. */
    private static int importRoster(AppContext ctx, Sheet sheet, PrintStream out, int round) {
        ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
        if (!preview.canImport()) {
            throw new IllegalStateException("roster refused: " + preview.problems());
        }
        // marked as checked against no trail head, the preview is always checked again by the commit
        // (0…n), then written (0…n again): the drop in progress says when rows are being written, even
        // when no other writer wrote between this preview and its commit
        ImportPreview unmarked = new ImportPreview(preview.sheet(), preview.mapping(), preview.rows(), List.of(),
                preview.values(), preview.unknownValues());
        return ctx.importer().commit(unmarked, new Progress() {
            private long last;
            private boolean writing; // the commit checks the rows again first (0…n), then writes them (0…n again)

            @Override
            public void update(long done, long total) {
                writing |= done < last;
                last = done;
                if (writing && done % 500 == 0) {
                    out.println("WRITING import " + round + " " + done);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
    }

    private static String issue(CertificateService certificates, long unit, LocalDate today) {
        String kind = certificates.kinds().stream().filter(k -> certificates.eligibleUnits(k.id()).contains(unit))
                .findFirst().orElseThrow(() -> new IllegalStateException("no certificate kind for unit " + unit)).id();
        CertificateService.Issued issued = certificates.issue(kind, List.of(unit), today, false);
        if (!issued.problems().isEmpty()) {
            throw new IllegalStateException("certificate refused: " + issued.problems());
        }
        long id = issued.ids().get(0);
        return certificates.list().stream().filter(c -> c.id() == id).findFirst().orElseThrow().number();
    }

    private static String pay(AppContext ctx, long unit, LocalDate today) {
        long id = ctx.fees().pay(unit, today.getYear(), new BigDecimal("1000"), today, "转账", "");
        return ctx.fees().payments(today.getYear()).stream().filter(p -> p.id() == id).findFirst().orElseThrow().receiptNo();
    }

    private static String edit(RosterService roster, long unit, String remarks) {
        UnitDraft d = roster.draft(unit).orElseThrow();
        d.remarks = remarks;
        RosterService.SaveResult saved = roster.save(d);
        if (!saved.saved()) {
            throw new IllegalStateException("edit refused: " + saved.problems());
        }
        return remarks;
    }

    /** A roster of {@code count} units of this writer's round, as if read from an .xlsx file. */
    static Sheet sheet(String writer, int round, String tier, int count) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rows.add(new Sheet.Row(r + 2, List.of(unitName(writer, round, r), tier, "联系人" + r,
                    "1380013" + String.format("%04d", r % 10_000))));
        }
        return new Sheet(writer + "-" + round + ".xlsx", 1, List.of("单位名称", "会员级别", "联系人", "联系电话"), rows);
    }
}

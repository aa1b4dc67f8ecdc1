package org.secretariat.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.secretariat.exchange.Sheet;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;

/**
 * The child process of {@link CrashSafetyTest}: opens a data folder and imports rosters until it is
 * killed. Each import is one transaction of {@link #ROWS} units named for their batch; it prints
 * {@code BEGIN n} before and {@code COMMITTED n} after each commit.
 *
 * <p>Arguments: data folder, first batch number, random seed, and a password if the folder is encrypted.
 */
public final class ImportWorker {

    public static final int ROWS = 200;

    private ImportWorker() {
    }

    public static String unitName(int batch, int row) {
        return String.format("批次%d-单位%03d", batch, row);
    }

    /** The batch number in a unit name written by this worker, or -1. */
    public static int batchOf(String unitName) {
        int dash = unitName.indexOf('-');
        // the whole number up to the dash: a fixed width once read kill 1000's batch 10 000 000 as 1 000 000
        return unitName.startsWith("批次") && dash > 2 ? Integer.parseInt(unitName.substring(2, dash)) : -1;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        DatabaseKey key = args.length > 3 ? DatabaseKey.fromPassword(args[3].toCharArray()) : DatabaseKey.NONE;
        AppContext ctx = AppContext.open(dir, "crash worker", key, Clock.systemDefaultZone());
        int retentionMs = Integer.getInteger("crash.retentionMs", -1);
        if (retentionMs >= 0) {
            setRetentionTime(ctx, retentionMs);
        }
        String tier = ctx.charter().orElseThrow().entryTier().name();
        out.println("OPEN");
        while (true) {
            Sheet sheet = sheet(batch, tier, ROWS);
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            if (!preview.canImport()) {
                out.println("REFUSED " + batch + " " + preview.problems());
                System.exit(3);
            }
            out.println("BEGIN " + batch);
            ctx.importer().commit(preview);
            out.println("COMMITTED " + batch);
            batch++;
            Thread.sleep(random.nextInt(250)); // a moment between imports, so some kills land there
        }
    }

    /**
     * H2 may overwrite a chunk once it is unused and older than this (45 s by default); 0 gives a fresh
     * folder the free-space reuse of a window that has been open for a while.
     */
    static void setRetentionTime(AppContext ctx, int ms) {
        ctx.database().sessionFactory().inTransaction(s -> s.doWork(c -> {
            try (var st = c.createStatement()) {
                st.execute("SET RETENTION_TIME " + ms);
            }
        }));
    }

    /** A roster of {@code count} units named for {@code batch}, as if read from an .xlsx file. */
    static Sheet sheet(int batch, String tier, int count) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rows.add(new Sheet.Row(r + 2, List.of(unitName(batch, r), tier, "联系人" + r, "1380013" + String.format("%04d", r))));
        }
        return new Sheet("batch-" + batch + ".xlsx", 1, List.of("单位名称", "会员级别", "联系人", "联系电话"), rows);
    }
}

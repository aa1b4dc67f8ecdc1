package org.secretariat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.secretariat.exchange.Sheet;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.UnitRow;

/**
 * The office server's rows of {@code bench} (issue 17; decision 0019), only with {@code --database} naming
 * an empty PostgreSQL database: the roster imported and listed at the bench's unit count on the server
 * beside a fresh H2 folder, and certificates issued one per transaction by three PCs at once (three
 * contexts, each with its own connections) beside one PC alone, as certificates per second.
 */
final class BenchServer {

    private final Cli cli;

    BenchServer(Cli cli) {
        this.cli = cli;
    }

    List<String> rows(Path root, Path xlsx, int certificates) throws Exception {
        try (AppContext h2 = setUp(AppContext.open(Files.createDirectories(root.resolve("server-ref")), "bench", cli.clock()));
             AppContext pg = server(root.resolve("server"))) {
            if (pg.isSetUp()) {
                return List.of(BenchCommand.row("office server rows", 0, 0, "skipped: the database is not empty"));
            }
            setUp(pg);
            Sheet sheet = pg.importer().read(xlsx);
            List<String> rows = new ArrayList<>();
            double importPg = importMs(pg, sheet);
            double importH2 = importMs(h2, sheet);
            rows.add(BenchCommand.row("import " + sheet.rows().size() + " units: PostgreSQL vs H2 (ms)", importPg, importH2, "ratio reported"));
            rows.add(BenchCommand.row("roster list " + sheet.rows().size() + " units: PostgreSQL vs H2 (ms, median of 3)",
                    listMs(pg), listMs(h2), "ratio reported"));
            rows.add(BenchCommand.row("roster search " + sheet.rows().size() + " units: PostgreSQL vs H2 rows (ms a query, median)",
                    searchMs(pg), searchMs(h2), "ratio reported"));
            List<Long> eligible = pg.certificates().eligibleUnits("member");
            int n = Math.min(certificates, eligible.size() / 2) / 3 * 3;
            double alone = perSecond(List.of(pg), eligible.subList(0, n));
            try (AppContext second = server(root.resolve("server")); AppContext third = server(root.resolve("server"))) {
                double three = perSecond(List.of(pg, second, third), eligible.subList(n, 2 * n));
                rows.add(BenchCommand.row(n + " certificates/s, one per transaction: 3 PCs at once vs 1", three, alone, "≥ 1×"));
            }
            return rows;
        }
    }

    private AppContext server(Path dir) throws Exception {
        return cli.server().open(Files.createDirectories(dir), "bench", cli.clock(), "password for " + cli.server().target() + ": ");
    }

    private static AppContext setUp(AppContext ctx) throws Exception {
        var profile = ctx.catalog().load("xinxiang-cbec");
        ctx.setUp(profile, SetupService.defaultsFrom(profile));
        return ctx;
    }

    private static double importMs(AppContext ctx, Sheet sheet) {
        long t = System.nanoTime();
        ctx.importer().commit(ctx.importer().preview(sheet, ImportService.autoMapping(sheet)));
        return (System.nanoTime() - t) / 1e6;
    }

    private static double listMs(AppContext ctx) {
        double[] v = new double[3];
        for (int i = 0; i < v.length; i++) {
            long t = System.nanoTime();
            List<UnitRow> rows = ctx.roster().list();
            v[i] = rows.isEmpty() ? 0 : (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(v);
        return v[1];
    }

    /**
     * Search filters the rows the roster listed, in memory, on either engine (the window's keystroke
     * adds the table's update to this, measured by the typing row): the same work over each engine's rows.
     */
    private static double searchMs(AppContext ctx) {
        List<UnitRow> rows = ctx.roster().list();
        List<String> queries = List.of("x", "xx", "xxk", "xxkj", "郑", "郑州", "1", "13", "138", "w", "wa", "wan", "wang");
        double[] v = new double[queries.size() * 3];
        int i = 0;
        int found = 0;
        for (int round = 0; round < 3; round++) {
            for (String q : queries) {
                long t = System.nanoTime();
                found += (int) rows.stream().filter(r -> r.matches(q)).count();
                v[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        java.util.Arrays.sort(v);
        return found < 0 ? 0 : v[v.length / 2];
    }

    /** Each PC issues its share of {@code units}' certificates, one transaction each, all PCs at once. */
    private double perSecond(List<AppContext> pcs, List<Long> units) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pcs.size());
        try {
            LocalDate on = LocalDate.now(cli.clock());
            int share = units.size() / pcs.size();
            long t = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < pcs.size(); i++) {
                AppContext pc = pcs.get(i);
                List<Long> mine = units.subList(i * share, (i + 1) * share);
                done.add(pool.submit(() -> mine.forEach(u -> pc.certificates().issue("member", List.of(u), on, true))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return units.size() / ((System.nanoTime() - t) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}

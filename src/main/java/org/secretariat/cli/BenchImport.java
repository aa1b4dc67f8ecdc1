package org.secretariat.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.UnitRow;

/**
 * The bench's import rows: importing a .xlsx into an empty data folder (read, check, commit) beside
 * POI reading every cell of the same file. Both are warm — one untimed run of each comes first, so
 * neither absorbs the JVM's warm-up — and each figure is the median of three runs, POI and import
 * taking turns. With {@code --scaling}, the same at 1 000, 10 000 and 20 000 rows.
 */
final class BenchImport {

    /** Opens a set-up data folder (the bench's charter and defaults). */
    interface Opener {
        AppContext open(Path dir) throws Exception;
    }

    /**
     * One measured file: its rows and non-empty cells, and the medians in milliseconds (the import's
     * three parts too, and bare JDBC writing the rows the import wrote: {@link BenchWriteFloor}).
     */
    record Figures(int rows, int cells, double importMs, double poiMs, double readMs, double checkMs, double commitMs,
                   double floorMs) {

        /** 「read 120 + check 150 + commit 480 ms; bare JDBC 430 ms」: where the import's time goes. */
        String parts() {
            return String.format("read %.0f + check %.0f + commit %.0f ms; the same rows by bare JDBC %.0f ms", readMs, checkMs,
                    commitMs, floorMs);
        }
    }

    static final int RUNS = 3;
    static final int[] SCALING = {1_000, 10_000, 20_000};

    private final Opener opener;
    private final Path root;
    private int folders;
    private boolean warm;

    BenchImport(Opener opener, Path root) {
        this.opener = opener;
        this.root = root;
    }

    /** The default row (the bench's own file) and, if asked, the scaling rows. */
    List<String> rows(Path xlsx, boolean scaling) throws Exception {
        List<String> rows = new ArrayList<>();
        Figures f = measure(xlsx);
        rows.add(BenchCommand.row("import " + f.rows() + "-row .xlsx vs POI read (" + f.cells() + " cells) ms, warm, median of "
                + RUNS, f.importMs(), f.poiMs(), "≤ 2×") + "  (" + f.parts() + ")");
        rows.add(BenchCommand.row("  its commit vs bare JDBC batches writing the same rows (ms)", f.commitMs(), f.floorMs(),
                "what H2 itself needs"));
        if (scaling) {
            for (Figures s : scaling()) {
                rows.add(BenchCommand.row(String.format("import scaling %,d rows (ms; µs/row %.0f)", s.rows(),
                        s.importMs() * 1000 / s.rows()), s.importMs(), s.poiMs(), "≤ 2×, linear") + "  (" + s.parts() + ")");
            }
        }
        return rows;
    }

    /** Rosters of 1 000 / 10 000 / 20 000 units exported from one generated folder, each measured. */
    List<Figures> scaling() throws Exception {
        int max = SCALING[SCALING.length - 1];
        List<Path> files = new ArrayList<>();
        try (AppContext ctx = opener.open(fresh())) {
            BenchData.fill(ctx, max, 0, new Random(42));
            List<UnitRow> all = ctx.roster().list();
            for (int n : SCALING) {
                Path file = root.resolve("scaling-" + n + ".xlsx");
                ctx.exporter().exportRoster(file, all.subList(0, Math.min(n, all.size())));
                files.add(file);
            }
        }
        List<Figures> out = new ArrayList<>();
        for (Path file : files) {
            out.add(measure(file));
        }
        return out;
    }

    /** Warms both up once, then times POI and the import in turns; the medians. */
    Figures measure(Path xlsx) throws Exception {
        if (!warm) {
            poiRead(xlsx);
            importInto(xlsx);
            warm = true;
        }
        double[] poi = new double[RUNS];
        double[] imported = new double[RUNS];
        double[][] parts = new double[4][RUNS];
        int cells = 0;
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            cells = poiRead(xlsx);
            poi[i] = (System.nanoTime() - t) / 1e6;
            long[] timed = importInto(xlsx);
            rows = (int) timed[0];
            imported[i] = (timed[1] + timed[2] + timed[3]) / 1e6;
            for (int p = 0; p < 4; p++) {
                parts[p][i] = timed[p + 1] / 1e6;
            }
        }
        return new Figures(rows, cells, median(imported), median(poi), median(parts[0]), median(parts[1]), median(parts[2]),
                median(parts[3]));
    }

    /** Reads every cell of the first sheet as text, as the importer's reader must. */
    static int poiRead(Path xlsx) throws Exception {
        int cells = 0;
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    cells += f.formatCellValue(c).length() > 0 ? 1 : 0;
                }
            }
        }
        return cells;
    }

    /**
     * Imports into a new, set-up folder, then writes the rows it wrote into another by bare JDBC:
     * {rows imported, then nanoseconds reading, checking, committing, and the bare writing}.
     */
    private long[] importInto(Path xlsx) throws Exception {
        long[] timed;
        List<BenchWriteFloor.Rows> written;
        try (AppContext ctx = opener.open(fresh())) {
            long setUpAudit = BenchWriteFloor.lastAudit(ctx);
            long t0 = System.nanoTime();
            var importer = ctx.importer();
            var sheet = importer.read(xlsx);
            long t1 = System.nanoTime();
            var preview = importer.preview(sheet, ImportService.autoMapping(sheet));
            long t2 = System.nanoTime();
            int n = importer.commit(preview);
            timed = new long[] {n, t1 - t0, t2 - t1, System.nanoTime() - t2, 0};
            written = BenchWriteFloor.added(ctx, setUpAudit);
        }
        try (AppContext bare = opener.open(fresh())) {
            timed[4] = BenchWriteFloor.write(bare, written);
        }
        return timed;
    }

    private Path fresh() {
        return root.resolve("import-" + ++folders);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}

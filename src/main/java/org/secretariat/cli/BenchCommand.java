package org.secretariat.cli;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.secretariat.document.FontRole;
import org.secretariat.document.FontSet;
import org.secretariat.service.AppContext;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.Progress;
import org.secretariat.service.SetupService;
import org.secretariat.service.roster.UnitRow;

/**
 * {@code bench [--units N] [--certificates N]}: each figure measured beside its reference in the same
 * run and printed as a ratio. Benchmarks print numbers; they never fail the build.
 */
final class BenchCommand {

    private final Cli cli;

    BenchCommand(Cli cli) {
        this.cli = cli;
    }

    int run(List<String> args) throws Exception {
        CliArgs a = CliArgs.parse(args, Set.of("--units", "--certificates"), Set.of());
        int units = Integer.parseInt(a.option("--units", "10000"));
        int certificates = Integer.parseInt(a.option("--certificates", "1000"));
        Path root = Files.createTempDirectory("secretariat-bench");
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-44s %12s %12s %8s  %s", "measure", "Secretariat", "reference", "ratio", "target"));
        cli.out().println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + "; units " + units
                + ", certificates " + certificates);
        Path xlsx = root.resolve("roster.xlsx");
        try (AppContext big = open(root.resolve("big"))) {
            long t0 = System.nanoTime();
            BenchData.fill(big, units, 1000, new Random(42));
            cli.err().println("generated " + units + " units, " + units * 3 + " people, 1000 meetings in " + ms(t0) + " ms");
            List<UnitRow> list = big.roster().list();
            big.exporter().exportRoster(xlsx, list);
            rows.add(heap(big));
            rows.add(report(big, root));
        }
        rows.add(1, new BenchTyping(cli.err()).row(root.resolve("big"))); // the folder must be closed first
        rows.add(importing(root, xlsx));
        rows.add(certificates(root, certificates));
        rows.add(libreOffice(root));
        rows.addAll(window(root));
        rows.forEach(cli.out()::println);
        return Cli.OK;
    }

    private AppContext open(Path dir) throws Exception {
        AppContext ctx = AppContext.open(dir, "bench", cli.clock());
        var profile = ctx.catalog().load("xinxiang-cbec");
        ctx.setUp(profile, SetupService.defaultsFrom(profile));
        return ctx;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static String row(String name, double ours, double ref, String target) {
        String ratio = ref > 0 ? String.format("%.2f×", ours / ref) : "—";
        return String.format("%-44s %12s %12s %8s  %s", name, fmt(ours), ref > 0 ? fmt(ref) : "—", ratio, target);
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format("%.0f", v) : String.format("%.3f", v);
    }

    private String heap(AppContext ctx) {
        System.gc();
        List<UnitRow> rows = ctx.roster().list();
        var meetings = ctx.meetings().list();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        return row("heap with " + rows.size() + " units + " + meetings.size() + " meetings loaded (MB, used / peak)",
                used / 1048576.0, peak / 1048576.0, "≤ 256 MB");
    }

    private String report(AppContext ctx, Path root) throws Exception {
        long t = System.nanoTime();
        ctx.reports().write(2026, root.resolve("report.docx"), ctx.documents());
        long word = ms(t);
        t = System.nanoTime();
        ctx.reports().write(2026, root.resolve("report.pdf"), ctx.documents());
        return row("annual report, large data (ms, Word vs PDF)", word, ms(t), "—");
    }

    /** Importing the xlsx into an empty folder vs reading every cell of it with POI alone. */
    private String importing(Path root, Path xlsx) throws Exception {
        long t = System.nanoTime();
        int cells = 0;
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    cells += f.formatCellValue(c).length() > 0 ? 1 : 0;
                }
            }
        }
        long poi = ms(t);
        try (AppContext ctx = open(root.resolve("import"))) {
            t = System.nanoTime();
            var sheet = ctx.importer().read(xlsx);
            int n = ctx.importer().commit(ctx.importer().preview(sheet, ImportService.autoMapping(sheet)));
            return row("import " + n + "-row .xlsx vs POI read (" + cells + " cells) ms", ms(t), poi, "≤ 2×");
        }
    }

    /** Certificates as one combined PDF vs the same pages written with OpenPDF alone. */
    private String certificates(Path root, int count) throws Exception {
        try (AppContext ctx = open(root.resolve("certs"))) {
            BenchData.fill(ctx, count, 0, new Random(7));
            var issued = ctx.certificates().issue("member", ctx.certificates().eligibleUnits("member"), LocalDate.now(ctx.clock()), true);
            long t = System.nanoTime();
            ctx.certificateOutput().write(issued.ids(), root.resolve("certs-out"), CertificateOutput.Format.PDF, true, Progress.NONE);
            long ours = ms(t);
            t = System.nanoTime();
            FontSet fonts = FontSet.discover();
            BaseFont font = fonts.baseFont(FontRole.KAI);
            Document doc = new Document(PageSize.A4.rotate());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 0; i < issued.ids().size(); i++) {
                doc.newPage();
                doc.add(new Paragraph("成员证书", new com.lowagie.text.Font(font, 42)));
                doc.add(new Paragraph("兹有某某单位" + i + "为新乡市跨境电商产教联盟普通会员单位，特发此证。", new com.lowagie.text.Font(font, 22)));
                doc.add(new Paragraph("二〇二六年十一月二十一日", new com.lowagie.text.Font(font, 22)));
            }
            doc.close();
            return row(issued.ids().size() + " certificates, combined PDF vs OpenPDF alone (ms)", ours, ms(t), "≤ 1.2×");
        }
    }

    /**
     * The office's usual mail-merge path: LibreOffice converting the same certificates from .docx, for
     * 50 of them (if soffice is installed), against this app writing the same 50 as PDF files.
     */
    private String libreOffice(Path root) throws Exception {
        Path soffice = java.util.stream.Stream.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "C:\\Program Files\\LibreOffice\\program\\soffice.exe").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (soffice == null) {
            return row("50 certificates: PDF vs LibreOffice from .docx", 0, 0, "skipped: soffice not installed");
        }
        try (AppContext ctx = open(root.resolve("lo"))) {
            BenchData.fill(ctx, 50, 0, new Random(9));
            var ids = ctx.certificates().issue("member", ctx.certificates().eligibleUnits("member"), LocalDate.now(ctx.clock()), true).ids();
            Path docx = root.resolve("lo-docx");
            ctx.certificateOutput().write(ids, docx, CertificateOutput.Format.DOCX, false, Progress.NONE);
            long t = System.nanoTime();
            ctx.certificateOutput().write(ids, root.resolve("lo-pdf"), CertificateOutput.Format.PDF, false, Progress.NONE);
            long ours = ms(t);
            List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=file://"
                    + root.resolve("lo-profile").toAbsolutePath(), "--headless", "--convert-to", "pdf", "--outdir",
                    root.resolve("lo-out").toString()));
            try (var files = Files.list(docx)) {
                files.map(Path::toString).forEach(command::add);
            }
            t = System.nanoTime();
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            return row(ids.size() + " certificates: PDF vs LibreOffice from .docx (ms)", ours, ms(t), "ratio reported");
        }
    }

    /** Time to window, and to a usable 10 000-unit roster, vs a plain JavaFX window; needs a display. */
    private List<String> window(Path root) throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("win") && System.getenv("DISPLAY") == null) {
            return List.of(row("window shown / roster usable", 0, 0, "skipped: no DISPLAY"));
        }
        String cp = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = root.resolve("big");
        double plain = median(() -> time(List.of(java, "-cp", cp, "org.secretariat.ui.StartupProbe"), "plain"));
        double shown = median(() -> time(List.of(java, "-Dsecretariat.bench=shown", "-cp", cp, "org.secretariat.Launcher",
                "--data-dir", data.toString()), "shown"));
        double roster = median(() -> time(List.of(java, "-Dsecretariat.bench=roster", "-cp", cp, "org.secretariat.Launcher",
                "--data-dir", data.toString()), "roster"));
        return List.of(row("time to window shown (ms, median of 3)", shown, plain, "≤ 1.2×"),
                row("time to 10 000-unit roster usable (ms)", roster, plain, "≤ 2×"));
    }

    private interface Timed {
        double run() throws Exception;
    }

    private static double median(Timed t) throws Exception {
        double[] v = {t.run(), t.run(), t.run()};
        Arrays.sort(v);
        return v[1];
    }

    private static double time(List<String> command, String moment) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("BENCH " + moment + " ")) {
                return Double.parseDouble(line.substring(("BENCH " + moment + " ").length()).strip());
            }
        }
        return -1;
    }
}

package org.secretariat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.secretariat.service.AppContext;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.Progress;
import org.secretariat.service.SetupService;
import org.secretariat.service.roster.UnitRow;

/**
 * {@code bench [--units N] [--certificates N] [--scaling] [--documents] [--import-only] [--keep]}: each figure measured beside
 * its reference in the same run and printed as a ratio. {@code --scaling} adds the annual report at
 * 1 000 / 10 000 / 20 000 units; {@code --documents} runs only the certificate and report rows
 * ({@link BenchDocuments}). With {@code --database} naming an empty PostgreSQL database, the office
 * server's rows are added ({@link BenchServer}). Benchmarks print numbers; they never fail the build.
 * The generated folders and documents (~120 MB at 10 000 units) are deleted at the end unless
 * {@code --keep} is given, which prints where they are.
 */
final class BenchCommand {

    private final Cli cli;

    BenchCommand(Cli cli) {
        this.cli = cli;
    }

    int run(List<String> args) throws Exception {
        CliArgs a = CliArgs.parse(args, Set.of("--units", "--certificates"), Set.of("--scaling", "--documents", "--import-only",
                "--keep"));
        int units = Integer.parseInt(a.option("--units", "10000"));
        int certificates = Integer.parseInt(a.option("--certificates", "1000"));
        Path root = Files.createTempDirectory("secretariat-bench");
        try {
            return measure(a, root, units, certificates);
        } finally {
            if (a.flag("--keep")) {
                cli.err().println("bench files kept in " + root);
            } else {
                deleteAll(root);
            }
        }
    }

    private int measure(CliArgs a, Path root, int units, int certificates) throws Exception {
        boolean documentsOnly = a.flag("--documents") || a.flag("--import-only"); // only those rows
        BenchDocuments documents = new BenchDocuments(this::open);
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
            if (!a.flag("--import-only")) {
                rows.addAll(documents.report(big, root, units));
            }
        }
        if (!documentsOnly) {
            rows.add(new BenchTyping(cli.err()).row(root.resolve("big"))); // the folder must be closed first
        }
        if (!a.flag("--documents")) {
            rows.addAll(new BenchImport(this::open, root).rows(xlsx, a.flag("--scaling")));
        }
        if (!a.flag("--import-only")) {
            rows.add(documents.certificates(root, certificates));
            if (a.flag("--scaling")) {
                rows.addAll(documents.reportScaling(root));
            }
        }
        if (cli.server() != null && !a.flag("--documents")) {
            rows.addAll(new BenchServer(cli).rows(root, xlsx, certificates)); // the office server's rows beside H2
        }
        if (!documentsOnly) {
            rows.add(libreOffice(root));
            rows.addAll(window(root, units));
        }
        rows.forEach(cli.out()::println);
        return Cli.OK;
    }

    private static void deleteAll(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
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
    private List<String> window(Path root, int units) throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("win") && System.getenv("DISPLAY") == null) {
            return List.of(row("window shown / roster usable", 0, 0, "skipped: no DISPLAY"));
        }
        String cp = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = root.resolve("big");
        try {
            return windowRows(data, java, cp, units);
        } catch (ProbeFailed e) {
            return List.of(row("window shown / roster usable", 0, 0, "skipped: " + e.getMessage()));
        }
    }

    private List<String> windowRows(Path data, String java, String cp, int units) throws Exception {
        // one full start first, as a user's first day: it writes the jar's class-data archive (ClassDataSharing)
        // and warms the file cache for the reference as much as for the app
        time(List.of(java, "-Dsecretariat.bench=roster", "-cp", cp, "org.secretariat.Launcher", "--data-dir", data.toString()),
                "roster");
        double plain = median(() -> time(List.of(java, "-cp", cp, "org.secretariat.ui.StartupProbe"), "plain"));
        double shown = median(() -> time(List.of(java, "-Dsecretariat.bench=shown", "-cp", cp, "org.secretariat.Launcher",
                "--data-dir", data.toString()), "shown"));
        List<String> rosterRun = List.of(java, "-Dsecretariat.bench=roster", "-cp", cp, "org.secretariat.Launcher",
                "--data-dir", data.toString());
        double[][] rosterRuns = new double[3][];
        for (int i = 0; i < rosterRuns.length; i++) {
            java.util.Map<String, Double> moments = probe(rosterRun, "rosterAll");
            rosterRuns[i] = new double[] {moments.getOrDefault("roster", Double.NaN), moments.get("rosterAll")};
        }
        // the memory a window holds with the roster up, in a window run at the heap a small office PC gives it
        double heap = median(() -> time(List.of(java, "-Xmx256m", "-Dsecretariat.bench=roster", "-cp", cp,
                "org.secretariat.Launcher", "--data-dir", data.toString()), "heap"));
        return List.of(row("time to window shown (ms, median of 3)", shown, plain, "≤ 1.2×"),
                row("time to " + units + "-unit roster's first rows shown, home screen first (ms)", median(rosterRuns, 0), plain, "≤ 2×"),
                row("  and to all " + units + " rows in the table (ms)", median(rosterRuns, 1), plain, "—"),
                row("live heap of the window with " + units + " units, -Xmx256m (MB, after GC)", heap, 0, "≤ 128 MB"));
    }

    private interface Timed {
        double run() throws Exception;
    }

    private static double median(Timed t) throws Exception {
        double[] v = {t.run(), t.run(), t.run()};
        Arrays.sort(v);
        return v[1];
    }

    /** How long a start-up probe may take before the bench gives up on it (a dialog nobody answers). */
    private static final long PROBE_TIMEOUT_S = Long.getLong("secretariat.bench.timeoutSeconds", 180);

    /** A start-up probe that never reached its moment: the window rows are skipped with the reason. */
    private static final class ProbeFailed extends Exception {
        ProbeFailed(String message) {
            super(message);
        }
    }

    /** The median of one column over several runs' figures. */
    static double median(double[][] runs, int column) {
        double[] v = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }

    private static double time(List<String> command, String moment) throws Exception {
        return probe(command, moment).get(moment);
    }

    /** Runs a start-up probe to its {@code last} moment; every "BENCH moment ms" line it printed on the way. */
    private static java.util.Map<String, Double> probe(List<String> command, String last) throws Exception {
        Path out = Files.createTempFile("secretariat-probe", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(PROBE_TIMEOUT_S, java.util.concurrent.TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly); // the relaunched window's JVM too
                p.destroyForcibly();
                throw new ProbeFailed("the window did not reach \"" + last + "\" in " + PROBE_TIMEOUT_S + " s");
            }
            java.util.Map<String, Double> moments = new java.util.HashMap<>();
            for (String line : Files.readAllLines(out, java.nio.charset.StandardCharsets.UTF_8)) {
                String[] words = line.strip().split("\\s+");
                if (words.length >= 3 && words[0].equals("BENCH")) {
                    moments.putIfAbsent(words[1], Double.parseDouble(words[2]));
                }
            }
            if (!moments.containsKey(last)) {
                throw new ProbeFailed("the window ended without reaching \"" + last + "\" (exit " + p.exitValue() + ")");
            }
            return moments;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

package org.secretariat.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;

/**
 * The bench's search row: a keystroke in the roster search as the user waits for it (filter, the
 * sorted and filtered lists, the table's re-layout), timed by the roster screen's own probe in a
 * separate JVM on the bench's data folder, the median of three runs. Needs a display, or Monocle
 * on the class path (the test class path has it) to run headless.
 */
final class BenchTyping {

    private static final String PROBE = "org.secretariat.ui.roster.TypingProbe";
    private static final String MONOCLE = "com/sun/glass/ui/monocle/MonoclePlatformFactory.class";

    private final PrintStream err;

    BenchTyping(PrintStream err) {
        this.err = err;
    }

    /** The row for the data folder {@code data}, which must not be open in this JVM. */
    String row(Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!hasDisplay()) {
            if (ClassLoader.getSystemResource(MONOCLE) == null) {
                return BenchCommand.row("search per keystroke in the roster", 0, 0, "skipped: no DISPLAY, no Monocle");
            }
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dtestfx.headless=true"));
        }
        command.addAll(org.secretariat.WindowJvm.OPTIONS); // typed in a JVM like the window's
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PROBE, data.toString()));
        double[][] runs = new double[3][];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = probe(command);
        }
        int units = (int) runs[0][0];
        return BenchCommand.row("search keystroke, window, " + units + " units (ms, median)", BenchCommand.median(runs, 1), 0, "< 16 ms")
                + System.lineSeparator()
                + String.format(java.util.Locale.ROOT, "%-44s %12.3f %12s %8s  %s", "  slowest keystroke (ms, median of runs)",
                        BenchCommand.median(runs, 2), "—", "—", "—")
                + System.lineSeparator()
                + BenchCommand.row("  clearing the box (ms, median)", BenchCommand.median(runs, 3), 0, "< 16 ms");
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.contains("win") || os.contains("mac") || System.getenv("DISPLAY") != null;
    }

    private double[] probe(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("BENCH typing ")) {
                return Arrays.stream(line.substring("BENCH typing ".length()).strip().split(" "))
                        .mapToDouble(Double::parseDouble).toArray();
            }
        }
        err.println(out);
        return new double[] {0, -1, -1, -1};
    }

    /**
     * {@code BenchTyping DIR [UNITS]}: only this row, on a folder filled once with UNITS (10 000)
     * units and kept for later runs, for measuring before and after a change.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (!Files.exists(dir.resolve("ready"))) {
            try (AppContext ctx = AppContext.open(dir, "bench", java.time.Clock.systemDefaultZone())) {
                var profile = ctx.catalog().load("xinxiang-cbec");
                ctx.setUp(profile, SetupService.defaultsFrom(profile));
                BenchData.fill(ctx, units, 0, new Random(42));
            }
            Files.writeString(dir.resolve("ready"), "");
        }
        System.out.println(new BenchTyping(System.err).row(dir));
        System.exit(0);
    }
}

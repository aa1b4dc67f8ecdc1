package org.secretariat;

import java.util.List;

/**
 * The JVM options the window runs with beyond the class-data archive (decisions 0026, 0027).
 *
 * <p>The quick compiler (C1) only. On a two-core office PC a start spent as much CPU compiling as
 * on the window's own work: 1.4–1.8 s in C1 (code compiled with profiling for C2, which also runs
 * slower) and 1.0–1.5 s in C2, even with C2's thresholds ten times HotSpot's. With C1 alone the
 * roster's first rows showed 0.5–0.9 s sooner and a search keystroke was no slower; long batches in
 * the window (an import, the Word report, a run of certificates) take 25–70 % longer.
 *
 * <p>The class-data archive mapped where it was written: Java 17.0.15 maps it elsewhere by default
 * and then relocates every pointer in it, 0.16 s of every start for the window's 58 MB archive;
 * if that address is taken, the JVM relocates as before.
 *
 * <p>The installer's launchers name the same options.
 */
public final class WindowJvm {

    /** A JVM without these options (not HotSpot, a later Java that drops one) starts anyway instead of refusing to. */
    public static final List<String> OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    private WindowJvm() {
    }
}

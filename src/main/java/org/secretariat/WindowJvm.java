package org.secretariat;

import java.util.List;

/**
 * The JVM options the window runs with beyond the class-data archive (decision 0026). On a two-core
 * office PC the optimising compiler (C2) took a core's worth of time during the first seconds of a
 * start, compiling code the start runs a few thousand times and never again; the window's own work
 * waited for the core. Tiered compilation's last step is asked for ten times later: code that stays
 * hot (a search over the whole roster on every keystroke, an import, a long report) still reaches C2,
 * after more calls. The installer's launchers name the same options.
 */
public final class WindowJvm {

    /**
     * HotSpot's defaults are 5 000 / 15 000 / 40 000; these are ten times those. A JVM without these
     * options (not HotSpot, a later Java that drops one) starts anyway instead of refusing to.
     */
    public static final List<String> COMPILER_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

    private WindowJvm() {
    }
}

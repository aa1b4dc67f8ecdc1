package org.secretariat.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one fuzz target: {@code count} inputs, each made from its own {@link Random} (seeded from
 * the run's seed, the target and the input's index, so any one input is made again alone), each
 * given to the target within {@link #BOUND}. The target either accepts the input or refuses it with
 * a message for the user; anything else (another exception, a message-less one, an error, a hang)
 * fails the run, and the input is kept under target/fuzz-failures/. One line per target goes to
 * target/fuzz.txt.
 *
 * <p>{@code -Dfuzz.seed=N} sets the seed, {@code -Dfuzz.count=N} the inputs per target
 * (each target's default otherwise), {@code -Dfuzz.only=target:index} runs one input of one target.
 */
final class FuzzRun {

    static final long DEFAULT_SEED = 20260611L;
    /**
     * A hang detector, generous for a loaded CI machine: the readers' own limits refuse hostile files
     * in well under a second, but a mutated 20 MB CJK font collection took over 15 s to fall back
     * when two cores ran four builds beside the suite (passes in a few seconds on a quiet machine).
     */
    static final Duration BOUND = Duration.ofSeconds(30);
    static final Path OUT = Path.of("target");

    /** What the target did with one input: accepted it, refused it with a message for the user, or broke a promise. */
    record Outcome(boolean accepted, String message, String broken) {
        static Outcome accept() {
            return new Outcome(true, null, null);
        }

        static Outcome refuse(String message) {
            return new Outcome(false, message, null);
        }

        /** The code under test answered, but wrongly (wrote after a refusal, lost rows): a failure. */
        static Outcome broken(String why) {
            return new Outcome(false, null, why);
        }
    }

    /** Gives the input to the code under test; a refusal is returned, not thrown. */
    interface Target {
        Outcome run(Path input, int index) throws Exception;
    }

    /** The message a user would see for this refusal, or null if it is not one the contract allows. */
    interface Contract {
        String messageFor(Throwable t);
    }

    private final String name;
    private final String extension;
    private final int count;
    private final long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);

    FuzzRun(String name, String extension, int defaultCount) {
        this.name = name;
        this.extension = extension;
        this.count = Integer.getInteger("fuzz.count", defaultCount);
    }

    /** The generator for input {@code index}, independent of every other input. */
    Random random(int index) {
        return new Random(seed ^ (name.hashCode() * 0x9E3779B97F4A7C15L) ^ (index * 0xC2B2AE3D27D4EB4FL));
    }

    /** Makes and runs every input: {@code make} turns (index, random) into the bytes of the input. */
    void run(BiFunction<Integer, Random, byte[]> make, Target target, Contract contract) throws IOException {
        Path work = Files.createDirectories(OUT.resolve("fuzz-work"));
        Path input = work.resolve(name + "-input." + extension);
        int accepted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        String only = System.getProperty("fuzz.only", "");
        for (int i = 0; i < count; i++) {
            if (!only.isEmpty() && !only.equals(name + ":" + i)) {
                continue;
            }
            byte[] bytes = make.apply(i, random(i));
            Files.write(input, bytes);
            Verdict v = judge(input, i, target, contract);
            accepted += v.accepted() ? 1 : 0;
            refused += !v.accepted() && v.problem() == null ? 1 : 0;
            String problem = v.problem();
            if (Boolean.getBoolean("fuzz.verbose")) {
                System.out.println("fuzz: " + name + " " + i + ": " + (problem != null ? problem : v.accepted() ? "accepted" : v.said()));
            }
            if (problem != null) {
                Path kept = keep(i, bytes);
                failures.add("fuzz target " + name + ", seed " + seed + ", input " + i + " (saved as " + kept
                        + "; run again with -Dfuzz.seed=" + seed + " -Dfuzz.only=" + name + ":" + i + "): " + problem);
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int tried = only.isEmpty() ? count : 1;
        String line = String.format("%-14s tried %5d  accepted %5d  refused with a message %5d  failed %d  seed %d  (%d ms)",
                name, tried, accepted, refused, failures.size(), seed, ms);
        System.out.println("fuzz: " + line);
        summary(line);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tried + " inputs broke the contract; the first:\n"
                    + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        }
    }

    /** How one input went: accepted, refused with {@code said}, or a broken contract ({@code problem}). */
    private record Verdict(boolean accepted, String said, String problem) {
    }

    private static Verdict judge(Path input, int index, Target target, Contract contract) {
        Object result;
        try {
            result = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    return target.run(input, index);
                } catch (Throwable t) {
                    return t;
                }
            });
        } catch (AssertionFailedError timeout) {
            return new Verdict(false, null, "no answer within " + BOUND.toSeconds() + " s");
        }
        if (result instanceof Outcome o) {
            if (o.accepted()) {
                return new Verdict(true, null, null);
            }
            if (o.broken() != null) {
                return new Verdict(false, null, o.broken());
            }
            return new Verdict(false, o.message(), usable(o.message()) ? null
                    : "refused without a usable message: " + o.message());
        }
        Throwable t = (Throwable) result;
        String message = t instanceof Exception ? contract.messageFor(t) : null;
        if (Boolean.getBoolean("fuzz.verbose")) {
            Throwable root = t;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            message = message + " [" + root + "]";
        }
        return new Verdict(false, message, usable(message) ? null : "not a documented refusal: " + trace(t));
    }

    /** Non-blank, no missing message key, no "null" where a reason should be. */
    static boolean usable(String message) {
        return message != null && !message.isBlank() && !message.matches("(?s).*![\\w.]+!.*")
                && !message.strip().endsWith("null") && !message.strip().endsWith("：");
    }

    private Path keep(int index, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(OUT.resolve("fuzz-failures"));
            return Files.write(dir.resolve(name + "-" + seed + "-" + index + "." + extension), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }

    /** Replaces this target's line in target/fuzz.txt, keeping the other targets' lines. */
    private synchronized void summary(String line) throws IOException {
        Path file = OUT.resolve("fuzz.txt");
        TreeMap<String, String> lines = new TreeMap<>();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file)) {
                if (!l.isBlank()) {
                    lines.put(l.split(" ")[0], l);
                }
            }
        }
        lines.put(name, line);
        Files.createDirectories(OUT);
        Files.write(file, lines.values());
    }
}

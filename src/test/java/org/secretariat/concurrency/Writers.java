package org.secretariat.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretariat.cli.Cli;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;

/**
 * {@link OfficeWriter} processes on one server database, started together, and what they printed;
 * plus the checks both concurrency tests make on what the database holds afterwards.
 */
final class Writers {

    /** One writer process and the lines it printed so far. */
    static final class Writer {
        final String name;
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();

        Writer(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread reader = new Thread(this::read, "writer " + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                // the process was killed: what it printed before stays in lines
            } finally {
                ready.complete(null);
                ended.complete(null);
            }
        }

        void go() throws IOException {
            process.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** The details of the lines "OK kind …". */
        List<String> ok(String kind) {
            return matching("OK " + kind + " ");
        }

        List<String> refused() {
            return matching("REFUSED ");
        }

        private List<String> matching(String prefix) {
            synchronized (lines) {
                return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
            }
        }

        int await(long seconds) throws Exception {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), name + " did not finish: " + lines);
            ended.get(10, TimeUnit.SECONDS);
            return process.exitValue();
        }
    }

    private Writers() {
    }

    /** The organisation set up on the server and the sample roster imported: the units the writers share. */
    static void setUp(Path data, ServerTarget target) {
        cli(data, target, "setup", "--charter", "xinxiang-cbec");
        cli(data, target, "roster", "import", "src/test/resources/rosters/xinxiang-sample.csv");
    }

    /** Runs a command in this JVM as a clerk would; fails the test unless it exits 0. */
    static String cli(Path data, ServerTarget target, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "--database", target.toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                OfficeWriter.CLOCK).run(all);
        assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Starts a writer in a JVM of its own, with a data folder of its own under {@code root}. */
    static Writer start(Path root, ServerTarget target, String name, int rounds, int rows) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dsecretariat.logdir=" + dir.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                OfficeWriter.class.getName(), target.toString(), dir.toString(), name, Integer.toString(rounds), Integer.toString(rows))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile())).start();
        return new Writer(name, p);
    }

    /** Waits until every writer has opened the database, then lets them all go at once. */
    static void goTogether(List<Writer> writers) throws Exception {
        for (Writer w : writers) {
            w.ready.get(120, TimeUnit.SECONDS);
            assertTrue(w.process.isAlive(), w.name + " ended before it was ready: " + w.lines);
        }
        for (Writer w : writers) {
            w.go();
        }
    }

    static List<String> column(ServerTarget target, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = PostgresqlTestServer.connect(target); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    static long count(ServerTarget target, String sql) throws SQLException {
        return Long.parseLong(column(target, sql).get(0));
    }

    /**
     * The numbers given, in order, make an unbroken run 1…n in each scope (the number with its
     * sequence taken out); {@code pattern}'s group 1 is the scope's prefix, group 2 the sequence.
     */
    static void assertUnbrokenRuns(List<String> numbers, String pattern) {
        java.util.Map<String, List<Integer>> byScope = new java.util.TreeMap<>();
        Pattern p = Pattern.compile(pattern);
        for (String n : numbers) {
            Matcher m = p.matcher(n);
            assertTrue(m.matches(), n + " does not read as " + pattern);
            byScope.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
        }
        byScope.forEach((scope, seqs) -> {
            List<Integer> sorted = seqs.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                assertEquals(i + 1, sorted.get(i), "numbers of " + scope + " are not 1…" + sorted.size() + ": " + sorted);
            }
        });
    }
}

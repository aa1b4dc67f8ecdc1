package org.secretariat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * AppCDS for the plain {@code java -jar} window (issue 18): the installer's runtime has its class-data
 * archive; a jar run gets one too. The window's JVM is started again with the archive of this jar
 * and Java ({@code -XX:SharedArchiveFile}); the first time there is none, that run writes it as it
 * exits ({@code -XX:ArchiveClassesAtExit}). Hibernate, H2, Flyway and JavaFX then load from the
 * archive instead of being parsed and verified on every start. {@code -Dsecretariat.cds=off} (or
 * {@code SECRETARIAT_CDS=off}) runs without it; any failure to start the second JVM runs in this one.
 */
final class ClassDataSharing {

    static final String CHILD = "secretariat.cds.child";
    static final String STARTED_AT = "secretariat.startedAt";

    private ClassDataSharing() {
    }

    /** Runs the window in a JVM with the archive and returns its exit code; empty when this JVM should run it. */
    static OptionalInt relaunch(List<String> args) {
        if (System.getProperty(CHILD) != null || "off".equals(System.getProperty("secretariat.cds"))
                || "off".equals(System.getenv("SECRETARIAT_CDS"))) {
            return OptionalInt.empty();
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")
                || a.startsWith("-Xshare") || a.startsWith("-agentlib") || a.startsWith("-javaagent"))) {
            return OptionalInt.empty(); // the installer's launcher, a debugger, or someone choosing by hand
        }
        Optional<Path> jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        try {
            Path dir = cacheDir();
            Files.createDirectories(dir);
            Path archive = dir.resolve(archiveName(jar.get()));
            Path writing = dir.resolve(archive.getFileName() + ".part");
            boolean have = Files.isRegularFile(archive) && Files.size(archive) > 0;
            List<String> command = command(java, jvmArgs, have ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + writing,
                    jar.get(), args, ManagementFactory.getRuntimeMXBean().getStartTime());
            org.secretariat.ui.StartupProbe.trace("spawn");
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy, "stop window");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (!have) {
                keep(writing, archive, dir);
            }
            return OptionalInt.of(code); // the window ran and closed: never run it again here
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /**
     * The window's JVM: the window's compiler options first, so that an option the user gave this JVM
     * (passed on after them) wins; then the archive, this jar and the arguments.
     */
    static List<String> command(Path java, List<String> jvmArgs, String archiveOption, Path jar, List<String> args, long startedAt) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(WindowJvm.OPTIONS);
        command.addAll(jvmArgs);
        command.add("-D" + CHILD + "=1");
        command.add("-D" + STARTED_AT + "=" + startedAt);
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add(archiveOption);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(args);
        return command;
    }

    /** One archive per jar and Java: a new build or a Java update makes its own, and the old one goes. */
    static String archiveName(Path jar) throws IOException {
        return "app-" + System.getProperty("java.version").replaceAll("[^0-9A-Za-z.]", "_") + "-" + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toMillis() + ".jsa";
    }

    /**
     * Keeps the archive the window's JVM wrote as it exited, and removes the others. A failure here
     * costs the next start its archive, nothing else: the window has already run.
     */
    private static void keep(Path writing, Path archive, Path dir) {
        try {
            if (Files.isRegularFile(writing)) {
                removeOthers(dir, archive, writing);
                Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the next start writes it again
        }
    }

    /**
     * Removes the archives of other jars and Java versions, and half-written ones left by a start that
     * was killed while writing (those of the last hour stay: another window may be writing one now).
     */
    static void removeOthers(Path dir, Path keep, Path writing) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "app-*.jsa*")) {
            for (Path p : old) {
                boolean partial = p.getFileName().toString().endsWith(".part");
                if (p.equals(keep) || p.equals(writing)
                        || (partial && Files.getLastModifiedTime(p).toMillis() > hourAgo)) {
                    continue;
                }
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // an old archive left behind costs disk space, nothing else
        }
    }

    /** The user's cache folder: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
    static Path cacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "Secretariat", "cds");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Secretariat", "cds");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".cache") : Path.of(xdg)).resolve("secretariat").resolve("cds");
    }

    /** The jar this class was loaded from; empty when run from classes (tests, an IDE). */
    private static Optional<Path> ownJar() {
        try {
            var source = ClassDataSharing.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

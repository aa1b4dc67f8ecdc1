package org.secretariat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.secretariat.i18n.Text;

/**
 * A command's data folder must be there before the command reads or writes it: a mistyped
 * {@code --data-dir} would otherwise be created empty, and a backup, an audit check or an export of
 * nothing would report success. Only {@code setup} and {@code backup restore} (a new PC restoring
 * its office's backup) start a folder; {@code charters} and {@code bench} read none.
 */
final class DataFolderCheck {

    private DataFolderCheck() {
    }

    /** Why {@code command} cannot run on {@code dataDir}, if it cannot. */
    static Optional<Text> problem(Path dataDir, String command, List<String> rest) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            return Optional.of(Text.of("cli.error.dataDirIsFile", dataDir));
        }
        boolean reads = List.of("roster", "report", "certificates", "backup", "audit", "password", "database").contains(command)
                && !(command.equals("backup") && !rest.isEmpty() && rest.get(0).equals("restore"));
        if (reads && !Files.isDirectory(dataDir)) {
            return Optional.of(Text.of("cli.error.noDataDir", dataDir));
        }
        return Optional.empty();
    }

    /**
     * After {@code setup}: if it refused (exit code not 0) and the folder was not there before, the
     * folder it began (its database, lock and log) is removed again, so a refused setup leaves nothing.
     */
    static int removeIfRefused(Path dataDir, boolean fresh, int exitCode) {
        if (exitCode != Cli.OK && fresh && Files.isDirectory(dataDir)) {
            try (Stream<Path> all = Files.walk(dataDir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a log file still held open (Windows): the folder stays, and the next setup can use it
            }
        }
        return exitCode;
    }
}

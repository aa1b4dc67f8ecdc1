package org.secretariat.ui.certificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The font files on this machine a certificate can use: Windows, macOS and Linux font folders. */
final class FontFiles {

    private FontFiles() {
    }

    static List<String> onThisMachine() {
        List<Path> roots = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        roots.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
        roots.add(Path.of(System.getProperty("user.home"), "AppData", "Local", "Microsoft", "Windows", "Fonts"));
        roots.add(Path.of("/System/Library/Fonts"));
        roots.add(Path.of("/Library/Fonts"));
        roots.add(Path.of(System.getProperty("user.home"), "Library", "Fonts"));
        roots.add(Path.of("/usr/share/fonts"));
        roots.add(Path.of(System.getProperty("user.home"), ".local", "share", "fonts"));
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, 4)) {
                files.filter(Files::isRegularFile).map(Path::toString).filter(FontFiles::isFont).sorted().forEach(out::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder is skipped; the user can still pick a file by hand
            }
        }
        return out;
    }

    private static boolean isFont(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
    }
}

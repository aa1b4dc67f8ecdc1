package org.secretariat.ui.certificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.text.Collator;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.secretariat.document.FontNames;

/** The font files on this machine a certificate can use: Windows, macOS and Linux font folders. */
final class FontFiles {

    /** A font file as the picker shows it: the family name read from the file, and its path. */
    record Choice(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Family names already read, by file and its modification time (the screen is opened often). */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    /**
     * The fonts on this machine by family name, sorted as a Chinese reader expects; a name several
     * files share (regular and bold) carries the file name, and a file whose name cannot be read
     * shows the file name.
     */
    static List<Choice> choices() {
        List<String[]> named = new ArrayList<>();
        for (String file : onThisMachine()) {
            named.add(new String[] {familyName(Path.of(file)), file});
        }
        Map<String, Long> counts = named.stream().collect(Collectors.groupingBy(n -> n[0] == null ? "" : n[0], Collectors.counting()));
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return named.stream().map(n -> {
            String file = Path.of(n[1]).getFileName().toString();
            String name = n[0] == null ? file : counts.get(n[0]) > 1 ? n[0] + " (" + file + ")" : n[0];
            return new Choice(name, n[1]);
        }).sorted(Comparator.comparing((Choice c) -> !hasChinese(c.name())).thenComparing(Choice::name, collator)).toList();
    }

    /** Fonts with a Chinese name come first: they are the ones a certificate can use. */
    private static boolean hasChinese(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The family name of a font file ({@code null} if unreadable), read once per version of the file. */
    static String familyName(Path file) {
        String key;
        try {
            key = file + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            key = file.toString();
        }
        String name = NAMES.computeIfAbsent(key, k -> {
            String n = FontNames.familyName(file);
            return n == null ? "" : n;
        });
        return name.isEmpty() ? null : name;
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

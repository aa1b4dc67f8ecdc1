package org.secretariat.document;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where fonts live on Windows, macOS and Linux, which files suit each role (best first), and which
 * face of a .ttc collection is the Simplified Chinese one.
 */
final class FontCandidates {

    /** Files made for the role, lower-case names, best first. */
    static final Map<FontRole, List<String>> OWN = Map.of(
            FontRole.FANGSONG, List.of("simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "仿宋.ttf",
                    "stfangso.ttf", "fzfsjw.ttf", "fzfsk.ttf"),
            FontRole.SONG, List.of("simsun.ttc", "simsun.ttf", "stsong.ttf", "songti.ttc", "uming.ttc",
                    "notoserifcjk-regular.ttc", "notoserifcjksc-regular.otf", "notoserifsc-regular.otf",
                    "sourcehanserifsc-regular.otf"),
            FontRole.HEI, List.of("simhei.ttf", "stheiti light.ttc", "stheiti medium.ttc", "msyh.ttc",
                    "wqy-microhei.ttc", "wqy-zenhei.ttc", "notosanscjk-regular.ttc", "notosanscjksc-regular.otf",
                    "notosanssc-regular.otf", "sourcehansanssc-regular.otf"),
            FontRole.KAI, List.of("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "stkaiti.ttf", "kaiti.ttc",
                    "ukai.ttc", "fzktjw.ttf"),
            FontRole.XIAOBIAOSONG, List.of("fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf",
                    "方正小标宋_gbk.ttf"));

    /** Where to look when a role has nothing of its own; the title falls back to a bold 宋体. */
    static final Map<FontRole, List<FontRole>> FALLBACK = Map.of(
            FontRole.FANGSONG, List.of(FontRole.SONG, FontRole.KAI, FontRole.HEI),
            FontRole.SONG, List.of(FontRole.FANGSONG, FontRole.KAI, FontRole.HEI),
            FontRole.HEI, List.of(FontRole.SONG, FontRole.FANGSONG, FontRole.KAI),
            FontRole.KAI, List.of(FontRole.FANGSONG, FontRole.SONG, FontRole.HEI),
            FontRole.XIAOBIAOSONG, List.of(FontRole.SONG, FontRole.HEI, FontRole.FANGSONG, FontRole.KAI));

    /** Any Chinese font at all, last resort; DroidSansFallback has no Latin digits, so it comes last. */
    static final List<String> ANY_CJK = List.of("wqy-microhei.ttc", "wqy-zenhei.ttc", "msyh.ttc", "simsun.ttc",
            "simhei.ttf", "notosanscjk-regular.ttc", "notoserifcjk-regular.ttc", "notosanscjksc-regular.otf",
            "uming.ttc", "ukai.ttc", "hiragino sans gb.ttc", "pingfang.ttc", "arial unicode.ttf",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf");

    private FontCandidates() {
    }

    /** System property naming the only font folders to search, {@link java.io.File#pathSeparator} between them. */
    static final String DIRS_PROPERTY = "secretariat.fontDirs";
    /** Environment variable with the same meaning; the system property wins. */
    static final String DIRS_ENV = "SECRETARIAT_FONT_DIRS";

    /**
     * The folders to search: those named by {@value #DIRS_PROPERTY} (or {@value #DIRS_ENV}) when set,
     * which replace the standard ones (a test run confined to one font set, a portable install), else
     * the standard folders of Windows, macOS and Linux.
     */
    static List<Path> searchDirectories() {
        String confined = System.getProperty(DIRS_PROPERTY);
        if (confined == null || confined.isBlank()) {
            confined = System.getenv(DIRS_ENV);
        }
        return confined == null || confined.isBlank() ? standardDirectories() : confinedDirectories(confined);
    }

    /** The folders of a path-separator list, in order, blanks skipped; missing ones simply find nothing. */
    static List<Path> confinedDirectories(String list) {
        List<Path> dirs = new ArrayList<>();
        for (String d : list.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d.strip()));
            }
        }
        return dirs;
    }

    /** The font folders of Windows, macOS and Linux (system and per-user) that exist here. */
    static List<Path> standardDirectories() {
        String home = System.getProperty("user.home", "");
        String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
        String localAppData = System.getenv().getOrDefault("LOCALAPPDATA", home + "/AppData/Local");
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of(windir + "/Fonts", localAppData + "/Microsoft/Windows/Fonts",
                "/System/Library/Fonts", "/Library/Fonts", home + "/Library/Fonts",
                "/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts", home + "/.fonts")) {
            try {
                Path p = Path.of(d);
                if (Files.isDirectory(p)) {
                    dirs.add(p);
                }
            } catch (RuntimeException invalidOnThisOs) {
                // a Windows path on Linux or the reverse
            }
        }
        return dirs;
    }

    /** Every font file under the folders by lower-case file name; the first found wins. */
    static Map<String, Path> index(List<Path> dirs) {
        Map<String, Path> found = new HashMap<>();
        for (Path dir : dirs) {
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 6, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (attrs.isRegularFile() && (name.endsWith(".ttf") || name.endsWith(".ttc")
                                || name.endsWith(".otf"))) {
                            found.putIfAbsent(name, file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable entries and symlink loops
                    }
                });
            } catch (IOException e) {
                // an unreadable folder contributes nothing
            }
        }
        return found;
    }

    /**
     * The face of a collection to use: a Simplified Chinese regular face where the names say so, by
     * family or PostScript name (Noto CJK keeps NotoSansCJKsc-Regular at index 2, AR PL UKai and
     * UMing have CN first), else the first.
     */
    static int ttcIndex(String[] faceNames) {
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < faceNames.length; i++) {
            String n = " " + faceNames[i].toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
            int score = 0;
            if (n.contains(" sc ") || n.contains(" cn ") || n.contains(" gb ") || n.contains("simplified")
                    || n.contains("cjksc") || n.contains("simsun") || n.contains("sc regular")
                    || n.strip().matches(".*[a-z](sc|cn|gb)( regular)?")) { // PostScript names: UKaiCN
                score += 10;
            }
            for (String weak : List.of("bold", "black", "heavy", "light", "thin", "mono", "medium", "nsimsun")) {
                if (n.contains(weak)) {
                    score -= 3;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}

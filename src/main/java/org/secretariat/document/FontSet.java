package org.secretariat.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts found on this machine, one per {@link FontRole}. Each file is read once, on first use,
 * and its {@link BaseFont} is shared by every PDF made with this set (creating a font from its path
 * for every document costs ~190 ms a PDF, a Noto CJK collection about a second); {@link FontCache}
 * shares the few most recent files between sets. Build one set for the application and pass it around.
 *
 * <p>A role without a font of its own borrows one along {@link FontCandidates#FALLBACK} and finally
 * any Chinese font on the machine; the title, without 方正小标宋, is drawn in a bolded 宋体.
 */
public final class FontSet {

    /** A file for a role, and whether text in it is emboldened to stand in for 小标宋. */
    private record Choice(Path file, boolean bold) {
    }

    /** A loaded font for a role. */
    record Loaded(BaseFont font, boolean bold, Path file) {
    }

    private final Map<FontRole, List<Choice>> chains;
    private final Map<Path, BaseFont> byFile = new HashMap<>();
    private final Map<FontRole, Loaded> byRole = new EnumMap<>(FontRole.class);

    private FontSet(Map<FontRole, List<Choice>> chains) {
        this.chains = chains;
    }

    /**
     * Looks in the OS font folders (Windows, macOS, Linux, system and per-user), or only in those
     * the system property {@code secretariat.fontDirs} / environment variable
     * {@code SECRETARIAT_FONT_DIRS} names. Only file names are listed here; fonts are read when first used.
     *
     * @throws NoChineseFontException when no Chinese font is installed at all
     */
    public static FontSet discover() {
        return discover(FontCandidates.searchDirectories());
    }

    static FontSet discover(List<Path> dirs) {
        Map<String, Path> index = FontCandidates.index(dirs);
        Map<FontRole, List<Choice>> chains = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Map<Path, Choice> chain = new LinkedHashMap<>();
            addFound(chain, index, FontCandidates.OWN.get(role), false);
            for (FontRole other : FontCandidates.FALLBACK.get(role)) {
                boolean bold = role == FontRole.XIAOBIAOSONG && other == FontRole.SONG;
                addFound(chain, index, FontCandidates.OWN.get(other), bold);
            }
            addFound(chain, index, FontCandidates.ANY_CJK, false);
            chains.put(role, List.copyOf(chain.values()));
        }
        if (chains.values().stream().allMatch(List::isEmpty)) {
            throw new NoChineseFontException("No Chinese font found in " + dirs + ". Install one, for example "
                    + "`sudo apt-get install fonts-wqy-microhei` (Debian/Ubuntu); Windows and macOS have them built in.");
        }
        return new FontSet(chains);
    }

    /** Fonts chosen explicitly (tests, the user's choice); missing roles borrow from the others. */
    public static FontSet of(Map<FontRole, Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no font files given");
        }
        Map<FontRole, List<Choice>> chains = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            Map<Path, Choice> chain = new LinkedHashMap<>();
            if (files.containsKey(role)) {
                chain.put(files.get(role), new Choice(files.get(role), false));
            }
            for (FontRole other : FontCandidates.FALLBACK.get(role)) {
                if (files.containsKey(other)) {
                    boolean bold = role == FontRole.XIAOBIAOSONG && other == FontRole.SONG;
                    chain.putIfAbsent(files.get(other), new Choice(files.get(other), bold));
                }
            }
            chains.put(role, List.copyOf(chain.values()));
        }
        return new FontSet(chains);
    }

    /** The family name Word should use for the role: 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体, 方正小标宋简体. */
    public String familyName(FontRole role) {
        return role.wordFamily();
    }

    /** The font for the role (subset-embedded, Identity-H), the same instance on every call. */
    public BaseFont baseFont(FontRole role) {
        return resolve(role).font();
    }

    /** The file the role's font comes from. */
    public Path file(FontRole role) {
        return resolve(role).file();
    }

    /** Loads the first usable font of the role's chain; failures move on to the next file. */
    synchronized Loaded resolve(FontRole role) {
        Loaded loaded = byRole.get(role);
        if (loaded != null) {
            return loaded;
        }
        List<String> problems = new ArrayList<>();
        for (Choice choice : chains.get(role)) {
            try {
                BaseFont font = load(choice.file());
                if (font.charExists('中')) {
                    loaded = new Loaded(font, choice.bold(), choice.file());
                    byRole.put(role, loaded);
                    return loaded;
                }
                problems.add(choice.file() + ": has no Chinese characters");
            } catch (IOException | RuntimeException e) {
                problems.add(choice.file() + ": " + e.getMessage());
            }
        }
        throw new NoChineseFontException("No usable Chinese font for " + role + ". Install one, for example "
                + "`sudo apt-get install fonts-wqy-microhei`. Tried: " + problems);
    }

    private BaseFont load(Path file) throws IOException {
        BaseFont font = byFile.get(file);
        if (font == null) {
            font = FontCache.load(file, -1);
            byFile.put(file, font);
        }
        return font;
    }

    private static void addFound(Map<Path, Choice> chain, Map<String, Path> index, List<String> names, boolean bold) {
        for (String name : names) {
            Path p = index.get(name);
            if (p != null) {
                chain.putIfAbsent(p, new Choice(p, bold));
            }
        }
    }
}

package org.secretariat.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Font files read and parsed once per process and shared by every {@link FontSet} and certificate
 * design: a Noto CJK collection is 19–26 MB and takes about a second to read and parse, and each
 * service, command and test that builds a font set would otherwise read it again. Only the few most
 * recently used files are kept, so that trying many font files (a user browsing, the fuzz test)
 * does not hold each collection in memory. A file is known by path, size and modification time, so
 * a replaced file is read again.
 */
final class FontCache {

    /** Files kept: the five roles of a machine rarely use more than three files, plus two certificate fonts. */
    static final int KEEP = 6;

    private record Key(String path, int face, long size, long modified) {
    }

    private static final Map<Key, BaseFont> FONTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BaseFont> eldest) {
            return size() > KEEP;
        }
    };

    private FontCache() {
    }

    /**
     * The font of the file (subset-embedded, Identity-H); for a collection the given face, or when
     * {@code face < 0} the Simplified Chinese regular one ({@link FontCandidates#ttcIndex}).
     */
    static BaseFont load(Path file, int face) throws IOException {
        boolean collection = file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        Key key = new Key(file.toAbsolutePath().toString(), collection ? face : -1, Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
        synchronized (FONTS) {
            BaseFont font = FONTS.get(key);
            if (font != null) {
                return font;
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        if (collection) {
            name += "," + (face >= 0 ? face : FontCandidates.ttcIndex(BaseFont.enumerateTTCNames(bytes)));
        }
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        synchronized (FONTS) {
            BaseFont raced = FONTS.putIfAbsent(key, font);
            return raced != null ? raced : font;
        }
    }

    /** How many files are held now (for tests). */
    static int size() {
        synchronized (FONTS) {
            return FONTS.size();
        }
    }
}

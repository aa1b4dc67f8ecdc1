package org.secretariat.document;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The names people know fonts by, read from a font file's name table without loading the glyphs:
 * the Simplified Chinese family name when the font has one (楷体 rather than KaiTi), else the
 * English one. For a collection (.ttc) the face certificates use, the Chinese one.
 */
public final class FontNames {

    private FontNames() {
    }

    /** The family name, or {@code null} when the file cannot be read as a font. */
    public static String familyName(Path file) {
        try {
            String name = file.toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                name = name + "," + FontCandidates.ttcIndex(BaseFont.enumerateTTCNames(name));
            }
            String[][] names = (String[][]) BaseFont.getAllFontNames(name, BaseFont.IDENTITY_H, null)[1];
            String english = null;
            for (String[] n : names) {
                if ("2052".equals(n[2]) && !n[3].isBlank()) {
                    return n[3].strip();
                }
                if (english == null && ("1033".equals(n[2]) || "0".equals(n[2])) && !n[3].isBlank()) {
                    english = n[3].strip();
                }
            }
            return english != null ? english : names.length > 0 ? names[0][3] : null;
        } catch (Exception | OutOfMemoryError e) {
            return null; // a damaged name table; OutOfMemoryError: see CertificateFonts.load
        }
    }
}

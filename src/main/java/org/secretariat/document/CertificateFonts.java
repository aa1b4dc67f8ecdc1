package org.secretariat.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two typefaces of certificates for the PDF: a font file the design names, read once and kept
 * among the few recent files of {@link FontCache}, or else the {@link FontSet}'s font for the role.
 * A named file that cannot be read or has no Chinese characters is remembered as unusable (by name
 * only, so trying many broken files holds no font data) and the role's font is used instead, so
 * that a batch still renders when a chosen font has gone from the machine.
 */
final class CertificateFonts {

    private static final Pattern TTC_INDEX = Pattern.compile("(?i)^(.*\\.ttc),(\\d+)$");

    private final FontSet fonts;
    private final Set<String> unusable = new HashSet<>();

    CertificateFonts(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The font for the file if it is usable, else for the role. */
    FontSet.Loaded font(Path file, FontRole role) {
        if (file != null && !unusable.contains(file.toString())) {
            Optional<BaseFont> font = load(file);
            if (font.isPresent()) {
                return new FontSet.Loaded(font.get(), false, file);
            }
            unusable.add(file.toString());
        }
        return fonts.resolve(role);
    }

    private Optional<BaseFont> load(Path path) {
        try {
            FontFile f = FontFile.of(path);
            BaseFont font = FontCache.load(f.file(), f.index());
            return font.charExists('中') ? Optional.of(font) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            // a damaged table length makes OpenPDF allocate gigabytes for one name; only that allocation failed
            return Optional.empty();
        }
    }

    /**
     * The family name Word should show for a font file, the Simplified Chinese one when the font has
     * it (楷体 rather than KaiTi); {@code null} when the file cannot be read.
     */
    static String familyName(Path path) {
        try {
            FontFile f = FontFile.of(path);
            byte[] data = Files.readAllBytes(f.file());
            String[][] names = (String[][]) BaseFont.getAllFontNames(f.openPdfName(data), BaseFont.IDENTITY_H, data)[1];
            String english = null;
            for (String[] n : names) {
                if ("2052".equals(n[2])) {
                    return n[3];
                }
                if (english == null && ("1033".equals(n[2]) || "0".equals(n[2]))) {
                    english = n[3];
                }
            }
            return english != null ? english : names.length > 0 ? names[0][3] : null;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null; // OutOfMemoryError: see load
        }
    }

    /** A font file and, for a collection, the face: {@code simsun.ttc,1}. */
    private record FontFile(Path file, int index) {
        static FontFile of(Path path) {
            Matcher m = TTC_INDEX.matcher(path.toString());
            return m.matches() ? new FontFile(Path.of(m.group(1)), Integer.parseInt(m.group(2))) : new FontFile(path, -1);
        }

        /** The name OpenPDF wants: a collection needs its {@code ,index} (the Chinese face if not given). */
        String openPdfName(byte[] data) throws IOException {
            String name = file.toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                return name;
            }
            int face = index >= 0 ? index : FontCandidates.ttcIndex(BaseFont.enumerateTTCNames(data));
            return name + "," + face;
        }
    }
}

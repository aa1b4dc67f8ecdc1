package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font picker's names: read from the name table alone, the same names Word is given. */
class FontNamesTest {

    @Test
    void theNameTableAloneGivesTheSameFamilyAsTheWholeFile() {
        FontSet fonts = SampleDocs.fonts();
        Arrays.stream(FontRole.values()).map(fonts::file).distinct().forEach(file -> {
            String name = FontNames.familyName(file);
            assertNotNull(name, file.toString());
            assertEquals(CertificateFonts.familyName(file), name, file.toString());
            assertFalse(name.contains("/") || name.contains("\\") || name.contains("."), name);
        });
    }

    @Test
    void aFileThatIsNoFontHasNoName(@TempDir Path dir) throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.ttf"), "not a font");
        assertNull(FontNames.familyName(fake));
        assertNull(FontNames.familyName(dir.resolve("missing.ttc")));
    }
}

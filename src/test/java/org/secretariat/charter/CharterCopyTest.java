package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy made in memory: a derived unique id, the typed name, Chinese comments, nothing written. */
class CharterCopyTest {

    @TempDir
    Path dir;

    @Test
    void aDraftIsLoadableUnderItsNewNameAndIdAndWritesNothing() throws Exception {
        CharterCatalog catalog = new CharterCatalog(dir.resolve("charters"));
        CharterCatalog.Entry original = catalog.find("cerra").orElseThrow();
        CharterCopy.Draft draft = CharterCopy.draft(catalog, original, "某某联盟（\"修订\"）");
        assertEquals("cerra-copy", draft.id());
        assertFalse(Files.exists(draft.file()), "nothing is written before the editor saves");
        CharterProfile p = new CharterLoader().load(draft.file().getFileName().toString(), draft.text());
        assertEquals("cerra-copy", p.id());
        assertEquals("某某联盟（\"修订\"）", p.displayName());
        assertTrue(draft.text().startsWith("# 章程配置：某某联盟"), draft.text());
        assertFalse(draft.text().lines().filter(l -> l.startsWith("#")).anyMatch(l -> l.matches(".*[A-Za-z]{6,} [A-Za-z]{3,}.*")
                && !l.contains("article") && !l.contains("reading") && !l.contains("fraction")),
                "the comments are Chinese (field names aside)");

        Files.createDirectories(draft.file().getParent());
        Files.writeString(draft.file(), draft.text(), StandardCharsets.UTF_8);
        assertEquals("cerra-copy-2", CharterCopy.draft(catalog, original, "又一个").id(), "ids stay unique");
        assertEquals("cerra-copy-2", CharterCopy.draft(catalog, catalog.find("cerra-copy").orElseThrow(), "再一个").id(),
                "a copy of a copy does not grow -copy-copy");
    }
}

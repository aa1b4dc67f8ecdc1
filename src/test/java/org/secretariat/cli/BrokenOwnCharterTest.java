package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's own profile replacing a built-in one (same id) that stops loading is refused, naming
 * its file, line and column: the built-in rules it replaced are never used in its place.
 */
class BrokenOwnCharterTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @Test
    void aBrokenOwnProfileStopsTheCommandInsteadOfTheBuiltInRules() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        Path own = dir.resolve("data").resolve("charters").resolve("mine.yaml");
        Files.createDirectories(own.getParent());
        String builtIn = Files.readString(Path.of("charters/xinxiang-cbec.yaml"), StandardCharsets.UTF_8);
        Files.writeString(own, builtIn.replace("name: 理事单位\n", "name: 理事成员单位X\n"), StandardCharsets.UTF_8);
        CliRun used = run("roster", "template", dir.resolve("t1.xlsx").toString());
        assertEquals(0, used.code(), used.err());
        assertTrue(cellTexts(dir.resolve("t1.xlsx")).contains("理事成员单位X"), "the office's own profile is the one in force");

        Files.writeString(own, builtIn.replace("name: 理事单位\n", "name: 理事成员单位X\n")
                .replaceFirst("fraction: 1/2", "fraction: 3/2"), StandardCharsets.UTF_8);
        CliRun refused = run("roster", "template", dir.resolve("t2.xlsx").toString());
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains("mine.yaml:23:"), "file and line of the broken rule: " + refused.err());
        assertTrue(Files.notExists(dir.resolve("t2.xlsx")), "nothing written on the built-in rules instead");
    }

    private static String cellTexts(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    row.forEach(c -> b.append(f.formatCellValue(c)).append('|'));
                }
            }
        }
        return b.toString();
    }
}

package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;

/** Charter files built to hurt the loader: refused fast, at a line, with a clear message. */
class HostileCharterTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private CharterProblem refused(Path file) {
        CharterLoadException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(CharterLoadException.class, () -> new CharterLoader().load(file)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedAtOnce() throws Exception {
        StringBuilder y = new StringBuilder("schema: 1\nid: laughs\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                y.append(k == 0 ? "" : ",").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        Path file = Files.writeString(dir.resolve("laughs.yaml"), y, StandardCharsets.UTF_8);
        CharterProblem p = refused(file);
        assertEquals("charter.error.aliases", p.message().key());
        assertEquals("文件中的别名引用（*名称）超过 20 处，章程配置用不到这么多；文件可能是恶意构造的，已拒绝读取",
                Messages.forLanguage("zh").get(p.message()));
    }

    @Test
    void aFiveMegabyteFileIsNotACharter() throws Exception {
        Path file = dir.resolve("big.yaml");
        StringBuilder y = new StringBuilder("schema: 1\nid: big\nnotes: |\n");
        while (y.length() < 5_000_000) {
            y.append("  这是一行很长的说明文字，用来把文件撑到五兆字节以上。This line pads the file.\n");
        }
        Files.writeString(file, y, StandardCharsets.UTF_8);
        assertTrue(Files.size(file) > 5_000_000);
        CharterProblem p = refused(file);
        assertEquals("charter.error.tooLarge", p.message().key());
        assertEquals(1, p.line());
    }

    @Test
    void aMegabyteOfAsciiJustUnderTheByteLimitIsStillRefusedByCharacters() throws Exception {
        Path file = dir.resolve("ascii.yaml");
        Files.writeString(file, "schema: 1\nnotes: \"" + "x".repeat(3_000_000) + "\"\n", StandardCharsets.UTF_8);
        assertEquals("charter.error.tooLarge", refused(file).message().key());
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.yaml"), "schema: 1\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n",
                StandardCharsets.UTF_8);
        assertEquals("charter.error.nesting", refused(file).message().key());
    }

    @Test
    void binaryGarbageIsAYamlError() throws Exception {
        byte[] junk = new byte[20_000];
        new java.util.Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.yaml"), junk);
        CharterLoadException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(CharterLoadException.class, () -> new CharterLoader().load(file)));
        assertTrue(e.problems().stream().allMatch(p -> p.message().key().startsWith("charter.error.")), e.problems().toString());
    }

    @Test
    void extensionBCharactersAtTheParsersBufferEdgeAreYamlNotACrash() throws Exception {
        for (int pad = 0; pad < 2; pad++) { // the pair straddles a 1024-character boundary for one of these
            String text = "schema: 1\nnotes: " + "x".repeat(pad) + "𠀀".repeat(1200) + "\n";
            CharterLoadException e = assertTimeoutPreemptively(BOUND,
                    () -> assertThrows(CharterLoadException.class, () -> new CharterLoader().load("ext-b.yaml", text)));
            assertTrue(e.problems().stream().allMatch(p -> p.message().key().startsWith("charter.error.")), e.problems().toString());
        }
    }
}

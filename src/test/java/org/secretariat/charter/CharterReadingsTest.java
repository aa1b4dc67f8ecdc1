package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretariat.cli.Cli;

/**
 * Every {@code reading:} in a profile is listed by {@link CharterReadings} (the YAML text, scanned
 * on its own, is the oracle), and the README's list is what {@code charters readings --markdown}
 * prints now.
 */
class CharterReadingsTest {

    private static final Pattern READING = Pattern.compile("(?m)^[ \\t-]*reading:[ \\t]*(.+?)[ \\t]*$");
    private static final Pattern FLOW_READING = Pattern.compile("[{,][ \\t]*reading:[ \\t]*([^,}]+?)[ \\t]*[,}]");
    private static final String BEGIN = "<!-- readings:begin -->";
    private static final String END = "<!-- readings:end -->";
    private static final String REGENERATE = "regenerate it: mvn -o -q package -DskipTests && sh src/site/readings.sh";

    @TempDir
    Path tmp;

    /** The {@code reading:} values written in the YAML text, as a person reading the file sees them. */
    static List<String> readingsInText(String yaml) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(READING, FLOW_READING)) {
            Matcher m = p.matcher(yaml);
            while (m.find()) {
                String v = m.group(1).strip();
                if ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                out.add(v);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint"})
    void everyReadingInTheYamlIsListedWithItsProfile(String id) throws Exception {
        Path file = Path.of("charters", id + ".yaml");
        List<String> inText = readingsInText(Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(inText.isEmpty(), id);
        List<CharterReadings.Reading> listed = CharterReadings.of(new CharterLoader().load(file));
        Set<String> texts = new HashSet<>();
        for (CharterReadings.Reading r : listed) {
            assertEquals(id, r.profileId());
            assertFalse(r.article().isBlank(), r.line());
            assertFalse(r.subject().isBlank(), r.line());
            texts.add(r.text());
        }
        for (String reading : inText) {
            assertTrue(texts.contains(reading), id + ": the reading is not listed: " + reading);
        }
    }

    @Test
    void aReadingUnderTheSameArticleIsListedOnceNamingEverythingItIsAbout() throws Exception {
        List<CharterReadings.Reading> listed = CharterReadings.of(new CharterLoader().load(Path.of("charters/xinxiang-cbec.yaml")));
        Set<String> keys = new HashSet<>();
        for (CharterReadings.Reading r : listed) {
            assertTrue(keys.add(r.article() + "|" + r.text()), "listed twice: " + r.line());
        }
        assertTrue(listed.stream().anyMatch(r -> r.subject().equals("秘书长 的产生、副秘书长 的产生")
                && r.article().equals("第七条、第八条（三）")), "both offices named on one line");
        assertTrue(listed.stream().anyMatch(r -> r.line().startsWith(
                "xinxiang-cbec 联盟代表大会 表决「成员除名」（第十六条）：“半数以上”含本数。")));
    }

    @Test
    void aProcedureStepIsNamedByItsProcedureAndNumber() throws Exception {
        List<String> lines = CharterReadings.of(new CharterLoader().load(Path.of("charters/hengshui-tech.yaml")))
                .stream().map(CharterReadings.Reading::line).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("hengshui-tech 成员加入联盟 第3步 常务理事会提出理事成员加入建议（第十六条（六））：")),
                String.join("\n", lines));
    }

    @Test
    void theReadmeListIsWhatTheCommandPrintsNow() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN + "\n");
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md needs the lines " + BEGIN + " and " + END);
        List<String> inReadme = readme.substring(begin + BEGIN.length() + 1, end).lines().toList();
        List<String> printed = commandOutput().lines().toList();
        for (String line : printed) {
            if (!inReadme.contains(line)) {
                fail("README.md's list of readings lacks the line\n  " + line + "\n" + REGENERATE);
            }
        }
        for (String line : inReadme) {
            if (!printed.contains(line)) {
                fail("README.md's list of readings has a line the profiles no longer give\n  " + line + "\n" + REGENERATE);
            }
        }
        assertEquals(printed, inReadme, "README.md's list of readings is out of order; " + REGENERATE);
    }

    private String commandOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                clock).run(List.of("--data-dir", tmp.resolve("data").toString(), "charters", "readings", "--markdown"));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}

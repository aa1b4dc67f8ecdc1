package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charters check} refuses a profile whose office does not say who elects or appoints it. */
class ChartersCheckElectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The 秘书长's {@code elected_by} in county-joint.yaml: 第四、十三条 name the 联席会议. */
    private static final String SG_ELECTION = "    elected_by:\n      body: joint-meeting\n      article: 第四、十三条\n";

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private Result check(String name, String text) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(o, e, CLOCK).run(List.of("--data-dir", tmp.resolve("data").toString(), "charters", "check",
                    file.toString()));
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String countyJoint() throws IOException {
        return Files.readString(Path.of("charters/county-joint.yaml"), StandardCharsets.UTF_8);
    }

    /** Drops the {@code reading:} line that follows {@code from} in the text. */
    private static String withoutReadingAfter(String text, String from) {
        int at = text.indexOf(from);
        int r = text.indexOf("      reading: ", at);
        int end = text.indexOf('\n', r) + 1;
        return text.substring(0, r) + text.substring(end);
    }

    @Test
    void theBuiltInProfileWithEveryOfficesElectionPasses() throws IOException {
        Result r = check("county-joint.yaml", countyJoint());
        assertEquals(Cli.OK, r.code(), r.err());
    }

    @Test
    void anOfficeWithoutElectedByIsRefusedAtItsLine() throws IOException {
        String good = countyJoint();
        int start = good.indexOf(SG_ELECTION);
        assertTrue(start > 0);
        int end = good.indexOf("    qualifications:", start);
        String broken = good.substring(0, start) + good.substring(end);
        Result r = check("broken.yaml", broken);
        assertEquals(Cli.BAD_INPUT, r.code(), r.out());
        int line = (int) broken.substring(0, broken.indexOf("  - id: secretary-general\n")).lines().count() + 1;
        assertTrue(r.err().contains("broken.yaml:" + line + ":5: offices[2].elected_by: "), r.err());
        assertTrue(r.err().contains("「秘书长」缺少 elected_by 或 appointed_by"), r.err());
    }

    @Test
    void aProfileWrittenBeforeTheRuleStillOpensButFailsTheCheck() throws Exception {
        String good = countyJoint();
        int start = good.indexOf(SG_ELECTION);
        String older = good.substring(0, start) + good.substring(good.indexOf("    qualifications:", start));
        var profile = new org.secretariat.charter.CharterLoader().load("older.yaml", older);
        assertEquals(null, profile.office("secretary-general").orElseThrow().filledBy(), "the data folder keeps opening");
        assertEquals(Cli.BAD_INPUT, check("older.yaml", older).code());
    }

    @Test
    void anOfficeTheCharterIsSilentOnNeedsAReadingSayingSo() throws IOException {
        String broken = withoutReadingAfter(countyJoint(), "      body: none");
        Result r = check("silent.yaml", broken);
        assertEquals(Cli.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("body: none 必须用 reading"), r.err());
    }
}

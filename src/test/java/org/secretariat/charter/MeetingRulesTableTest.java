package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quorum and verdict for every body of every built-in profile, at the boundaries, with the
 * expectation worked out by hand from the charter text (not from the code under test).
 */
class MeetingRulesTableTest {

    private static final Map<String, CharterProfile> PROFILES = new HashMap<>();

    static CharterProfile profile(String id) {
        return PROFILES.computeIfAbsent(id, k -> {
            try {
                return new CharterLoader().load(Path.of("charters", k + ".yaml"));
            } catch (CharterLoadException e) {
                throw new IllegalStateException(e.problems().toString());
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}: {3} of {2} present → quorum {4}")
    @CsvSource({
        // profile, body, seated, present, quorum met?       reading
        "cerra, presidium, 18, 12, true",          // 第十六條 2/3以上 of 18 = exactly 12
        "cerra, presidium, 18, 11, false",         // one below
        "cerra, presidium, 17, 12, true",          // 2/3 of 17 = 11.33 → 12
        "cerra, presidium, 17, 11, false",
        "hengshui-tech, council, 30, 20, true",    // 第十五条 2/3以上 of 30 = 20
        "hengshui-tech, council, 30, 19, false",
        "hengshui-tech, council, 31, 21, true",    // 20.67 → 21
        "hengshui-tech, council, 31, 20, false",
        "xinxiang-cbec, council, 20, 10, false",   // no quorum in the charter: default 过半数, exactly half fails
        "xinxiang-cbec, council, 20, 11, true",
        "xinxiang-cbec, assembly, 41, 21, true",   // 20.5 → more than half is 21
        "xinxiang-cbec, assembly, 41, 20, false",
        "xinxiang-cbec, secretariat, 4, 3, true",
        "cceaa, presidium, 10, 5, false",
        "cceaa, presidium, 10, 6, true",
        "cceaa, annual-meeting, 35, 18, true",
        "cceaa, annual-meeting, 35, 17, false",
        "cerra, expert-committee, 7, 4, true",
        "cerra, secretariat, 2, 1, false",
        "county-joint, joint-meeting, 56, 28, false",
        "county-joint, joint-meeting, 56, 29, true",
        "county-joint, standing-council, 9, 5, true",
        "county-joint, council, 40, 20, false",
        "county-joint, secretariat, 1, 1, true",
        "county-joint, sg-office-meeting, 1, 1, true",
        "county-joint, chair-office-meeting, 3, 2, true",
        "county-joint, chair-office-meeting, 3, 1, false",
        "hengshui-tech, standing-council, 9, 4, false",
        "hengshui-tech, standing-council, 9, 5, true",
        "hengshui-tech, secretariat, 3, 2, true",
    })
    void quorumOfEveryBody(String profile, String body, long seated, long present, boolean met) {
        CharterProfile p = profile(profile);
        Body b = p.body(body).orElseThrow();
        assertEquals(met, MeetingRules.quorum(p, b, seated, present).met());
    }

    @ParameterizedTest(name = "{0} {1} {2}: {5} yes of {4} present / {3} seated → {6}")
    @CsvSource({
        // profile, body, vote (- = body rule), seated, present, yes, passed?
        "cerra, presidium, -, 18, 12, 6, true",      // 第十六條 到场成员半数以上（含）: exactly half passes
        "cerra, presidium, -, 18, 12, 5, false",
        "cerra, presidium, -, 18, 13, 6, false",     // 6.5 needed → 7
        "cerra, presidium, -, 18, 13, 7, true",
        "cerra, presidium, -, 18, 11, 11, false",    // no quorum: nothing can pass
        "cceaa, presidium, admit-presidium-member, 10, 8, 5, false",  // 第八条 过半数主席团成员: exactly half fails
        "cceaa, presidium, admit-presidium-member, 10, 8, 6, true",
        "cceaa, presidium, admit-presidium-member, 11, 8, 6, true",   // 5.5 → 6
        "cceaa, presidium, admit-presidium-member, 11, 8, 5, false",
        "cceaa, presidium, -, 10, 8, 4, false",      // default 过半数 of those present
        "cceaa, presidium, -, 10, 8, 5, true",
        "xinxiang-cbec, council, -, 20, 12, 8, true",    // 第八条 出席三分之二以上: exactly 2/3
        "xinxiang-cbec, council, -, 20, 12, 7, false",
        "xinxiang-cbec, council, -, 20, 13, 9, true",    // 8.67 → 9
        "xinxiang-cbec, council, -, 20, 13, 8, false",
        "xinxiang-cbec, council, approve-council-unit, 20, 15, 10, true",   // 第十一条 全体理事半数以上: 10 of 20
        "xinxiang-cbec, council, approve-council-unit, 21, 15, 10, false",  // 10.5 → 11
        "xinxiang-cbec, council, approve-council-unit, 21, 15, 11, true",
        "xinxiang-cbec, council, elect-chair-unit, 30, 25, 20, true",       // 第七条 2/3 of all 30
        "xinxiang-cbec, council, elect-chair-unit, 30, 25, 19, false",
        "xinxiang-cbec, council, elect-chair-unit, 31, 25, 20, false",
        "xinxiang-cbec, council, elect-chair-unit, 31, 25, 21, true",
        "xinxiang-cbec, assembly, expel-member, 40, 30, 20, true",          // 第十六条 半数以上 of all seated: 20 of 40
        "xinxiang-cbec, assembly, expel-member, 40, 30, 19, false",
        "xinxiang-cbec, assembly, expel-member, 40, 30, 15, false",         // half of those present no longer expels
        "hengshui-tech, council, -, 30, 21, 14, true",   // 第十五条 2/3以上 of present
        "hengshui-tech, council, -, 30, 21, 13, false",
        "hengshui-tech, council, -, 30, 20, 13, false",  // 13.33 → 14
        "hengshui-tech, council, -, 30, 20, 14, true",
        "county-joint, joint-meeting, -, 56, 29, 15, true",   // default 过半数 of present
        "county-joint, joint-meeting, -, 56, 29, 14, false",
        "county-joint, chair-office-meeting, -, 3, 2, 1, false",
        "county-joint, chair-office-meeting, -, 3, 2, 2, true",
    })
    void verdictOfEveryRule(String profile, String body, String vote, long seated, long present, long yes, boolean passed) {
        CharterProfile p = profile(profile);
        Body b = p.body(body).orElseThrow();
        MeetingRules.Quorum q = MeetingRules.quorum(p, b, seated, present);
        Threshold rule = MeetingRules.resolutionRule(p, b, "-".equals(vote) ? null : vote);
        long no = Math.max(0, present - yes);
        assertEquals(passed, MeetingRules.judge(q, rule, yes, no, 0).passed());
    }

    @Test
    void aBodyWithoutItsOwnRuleUsesTheDocumentedDefaultAndSaysSo() {
        CharterProfile p = profile("county-joint");
        Body joint = p.body("joint-meeting").orElseThrow();
        assertTrue(p.quorumOf(joint).citation().isDefault());
        assertTrue(p.resolutionOf(joint).citation().hasReading());
        CharterProfile cerra = profile("cerra");
        Body presidium = cerra.body("presidium").orElseThrow();
        assertEquals("第十六條", cerra.quorumOf(presidium).citation().article());
    }

    @Test
    void moreVotesThanMembersPresentIsRefused() {
        CharterProfile p = profile("cerra");
        Body b = p.body("presidium").orElseThrow();
        MeetingRules.Quorum q = MeetingRules.quorum(p, b, 18, 12);
        assertEquals(MeetingRules.Reason.TOO_MANY_VOTES,
                MeetingRules.judge(q, p.resolutionOf(b), 10, 3, 0).reason());
    }

    @Test
    void abstentionsDoNotCountAgainstAVotesCastRule() {
        Threshold votesCast = new Threshold(Fraction.HALF, null, false, ThresholdBase.VOTES_CAST, null, Citation.of("第一条"));
        CharterProfile p = profile("cerra");
        MeetingRules.Quorum q = MeetingRules.quorum(p, p.body("presidium").orElseThrow(), 18, 14);
        assertTrue(MeetingRules.judge(q, votesCast, 5, 4, 5).passed(), "5 of 9 cast is more than half");
        assertEquals(MeetingRules.Reason.NOT_ENOUGH_YES, MeetingRules.judge(q, votesCast, 5, 5, 4).reason());
    }
}

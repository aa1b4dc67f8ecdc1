package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in profiles load and say what the charters say; a bad profile is refused at FILE:LINE. */
class CharterLoaderTest {

    private final CharterLoader loader = new CharterLoader();

    private static CharterProfile builtIn(String name) throws CharterLoadException {
        return new CharterLoader().load(Path.of("charters", name));
    }

    private CharterProblem refusedWith(String text, String key) {
        CharterLoadException e = assertThrows(CharterLoadException.class, () -> loader.load("bad.yaml", text));
        return e.problems().stream().filter(p -> p.message().key().equals(key)).findFirst()
                .orElseGet(() -> fail("no " + key + " among " + e.problems()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec.yaml", "cceaa.yaml", "cerra.yaml", "hengshui-tech.yaml", "county-joint.yaml"})
    void builtInProfileLoads(String name) throws CharterLoadException {
        CharterProfile p = builtIn(name);
        assertEquals(name.replace(".yaml", ""), p.id());
        assertFalse(p.bodies().isEmpty());
        assertFalse(p.tiers().isEmpty());
        assertTrue(p.procedures().stream().anyMatch(pr -> pr.kind() == ProcedureKind.ADMISSION));
    }

    @Test
    void minimalProfileLoads() throws CharterLoadException {
        CharterProfile p = loader.load("mini.yaml", TestProfiles.MINI);
        assertEquals("mini", p.id());
        assertEquals("会员单位", p.entryTier().name());
    }

    @Test
    void cerraPresidiumNeedsTwoThirdsOfSeatedAndPassesOnHalfOfPresent() throws CharterLoadException {
        CharterProfile p = builtIn("cerra.yaml");
        Body presidium = p.body("presidium").orElseThrow();
        Threshold quorum = p.quorumOf(presidium);
        assertEquals(Fraction.TWO_THIRDS, quorum.fraction());
        assertTrue(quorum.inclusive());
        assertEquals(ThresholdBase.SEATED, quorum.base());
        assertEquals(12, quorum.required(17)); // 17 presidium units: 11.33 -> 12
        Threshold resolution = p.resolutionOf(presidium);
        assertEquals(Fraction.HALF, resolution.fraction());
        assertTrue(resolution.inclusive());
        assertEquals(ThresholdBase.PRESENT, resolution.base());
        assertTrue(resolution.isMet(6, 12), "半数以上（含）: exactly half of those present passes");
        assertFalse(resolution.isMet(5, 12));
        assertEquals("第十六條", resolution.citation().article());
    }

    @Test
    void cceaaPresidiumAdmissionIsStrictMajorityOfAllPresidiumMembers() throws CharterLoadException {
        CharterProfile p = builtIn("cceaa.yaml");
        Body presidium = p.body("presidium").orElseThrow();
        Threshold vote = presidium.votes().stream().filter(v -> v.id().equals("admit-presidium-member"))
                .findFirst().orElseThrow().threshold();
        assertEquals(Fraction.HALF, vote.fraction());
        assertFalse(vote.inclusive());
        assertEquals(ThresholdBase.SEATED, vote.base());
        assertFalse(vote.isMet(8, 16), "过半数: exactly half fails");
        assertTrue(vote.isMet(9, 16));
        Procedure join = p.procedure("join-presidium").orElseThrow();
        Threshold step = join.steps().stream().filter(s -> s.id().equals("presidium-vote")).findFirst()
                .orElseThrow().threshold();
        assertFalse(step.inclusive());
        assertEquals("第八条（一）", step.citation().article());
    }

    @Test
    void hengshuiAdmitsLegalPersonsOnlyAndLimitsOfficersToTwoFiveYearTerms() throws CharterLoadException {
        CharterProfile p = builtIn("hengshui-tech.yaml");
        assertTrue(p.membership().legalPersonsOnly());
        Threshold quorum = p.quorumOf(p.body("council").orElseThrow());
        assertEquals(Fraction.TWO_THIRDS, quorum.fraction());
        assertTrue(quorum.inclusive());
        assertEquals(ThresholdBase.SEATED, quorum.base());
        for (String id : List.of("chair", "executive-vice-chair", "vice-chair", "secretary-general")) {
            Office o = p.office(id).orElseThrow();
            assertEquals(2, o.termLimit().terms(), id);
            assertEquals(5, o.term().years(), id);
            assertEquals("第十九条", o.termLimit().citation().article(), id);
        }
        assertEquals(3, p.procedure("withdrawal").orElseThrow().notice().amount());
        assertEquals(Period.Unit.MONTHS, p.procedure("withdrawal").orElseThrow().notice().unit());
    }

    @Test
    void countyJointMeetsExtraOnTwoProposersAndInspectsWithinTenWorkingDays() throws CharterLoadException {
        CharterProfile p = builtIn("county-joint.yaml");
        assertEquals(2, p.body("joint-meeting").orElseThrow().extraMeeting().proposers());
        Procedure admission = p.procedure("admission").orElseThrow();
        Procedure.Step inspection = admission.steps().stream().filter(s -> s.deadline() != null).findFirst().orElseThrow();
        assertEquals("inspection", inspection.id());
        assertEquals(10, inspection.deadline().amount());
        assertEquals(Period.Unit.WORKING_DAYS, inspection.deadline().unit());
        assertEquals("apply", inspection.deadlineAfter());
        assertTrue(p.fees().charged());
    }

    @Test
    void xinxiangWithdrawalNoticeIsThirtyDaysAndInactivityTwoYears() throws CharterLoadException {
        CharterProfile p = builtIn("xinxiang-cbec.yaml");
        Period notice = p.procedure("withdrawal").orElseThrow().notice();
        assertEquals(30, notice.amount());
        assertEquals(Period.Unit.DAYS, notice.unit());
        assertEquals(2, p.inactivity().years());
        assertEquals("automatic_withdrawal", p.inactivity().action());
        Threshold resolution = p.resolutionOf(p.body("council").orElseThrow());
        assertTrue(resolution.isMet(20, 30));
        assertFalse(resolution.isMet(19, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec.yaml", "cceaa.yaml", "cerra.yaml", "hengshui-tech.yaml", "county-joint.yaml"})
    void everyRuleCitesAnArticle(String name) throws CharterLoadException {
        CharterProfile p = builtIn(name);
        List<String> missing = new ArrayList<>();
        RuleWalk.citations(p).forEach((where, c) -> {
            if (c == null || c.article() == null || c.article().isBlank()) {
                missing.add(where);
            }
        });
        assertTrue(missing.isEmpty(), "rules without an article: " + missing);
        assertTrue(p.defaultQuorum().citation().isDefault() && p.defaultQuorum().citation().hasReading());
        assertTrue(p.defaultResolution().citation().isDefault() && p.defaultResolution().citation().hasReading());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec.yaml", "cceaa.yaml", "cerra.yaml", "hengshui-tech.yaml"})
    void amendmentAndDissolutionAreProceduresWithAVotingBody(String name) throws CharterLoadException {
        CharterProfile p = builtIn(name);
        for (ProcedureKind k : List.of(ProcedureKind.AMENDMENT, ProcedureKind.DISSOLUTION)) {
            Procedure proc = p.procedureOf(k).orElseThrow(() -> new AssertionError(name + " has no " + k));
            assertTrue(proc.steps().stream().anyMatch(st -> "body".equals(st.actor()) && st.threshold() != null),
                    name + " " + k + ": a body votes by a stated rule");
            assertTrue(p.notStated(k).isEmpty());
        }
    }

    @Test
    void countyJointStatesNeitherAmendmentNorDissolutionAndSaysSo() throws CharterLoadException {
        CharterProfile p = builtIn("county-joint.yaml");
        for (ProcedureKind k : List.of(ProcedureKind.AMENDMENT, ProcedureKind.DISSOLUTION)) {
            assertTrue(p.procedureOf(k).isEmpty());
            assertTrue(p.notStated(k).orElseThrow().citation().hasReading());
        }
    }

    @Test
    void cerraAmendmentWaitsForTheGuidanceUnitsApproval() throws CharterLoadException {
        Procedure amend = builtIn("cerra.yaml").procedureOf(ProcedureKind.AMENDMENT).orElseThrow();
        Procedure.Step last = amend.steps().get(amend.steps().size() - 1);
        assertEquals("authority", last.actor());
        assertEquals("第三十七條", last.citation().article());
    }

    @Test
    void notStatedAndDefinedTogetherIsRefused() {
        String text = TestProfiles.MINI + "not_stated:\n  - kind: admission\n    article: 未规定\n    reading: 未规定\n";
        refusedWith(text, "charter.error.notStatedButDefined");
    }

    @Test
    void aStepRuleTheCharterDoesNotStateNeedsItsReading() {
        String text = TestProfiles.MINI.replace("        body: council\nfees:", "        body: council\n"
                + "        threshold:\n          fraction: 1/2\n          inclusive: false\n          base: present\n"
                + "          article: 第十四条（比例未规定）\nfees:");
        assertTrue(text.contains("比例未规定"));
        refusedWith(text, "charter.error.defaultNeedsReading");
    }

    // ---- refusals: one line altered, the problem names that line ----

    @Test
    void unknownKeyIsRefusedAtItsLine() {
        var bad = TestProfiles.alter("    quorum:", "    quorom:");
        CharterProblem p = refusedWith(bad.text(), "charter.error.unknownKey");
        assertEquals("bad.yaml", p.file());
        assertEquals(bad.line(), p.line());
        assertEquals(5, p.column());
        assertEquals("bodies[0].quorom", p.field());
        assertEquals("quorom", p.message().args()[0]);
    }

    @Test
    void fractionAboveOneIsRefusedAtTheFractionLine() {
        var bad = TestProfiles.alter("      fraction: 2/3", "      fraction: 4/3");
        CharterProblem p = refusedWith(bad.text(), "charter.error.fraction");
        assertEquals(bad.line(), p.line());
        assertEquals("bodies[0].quorum.fraction", p.field());
        assertEquals("4/3", p.message().args()[0]);
    }

    @Test
    void decimalFractionIsRefused() {
        var bad = TestProfiles.alter("      fraction: 2/3", "      fraction: 0.66");
        assertEquals(bad.line(), refusedWith(bad.text(), "charter.error.fraction").line());
    }

    @Test
    void fractionWithoutBaseIsRefused() {
        var bad = TestProfiles.alter("      base: seated", "      wording: 三分之二以上");
        CharterProblem p = refusedWith(bad.text(), "charter.error.missing");
        assertEquals("bodies[0].quorum.base", p.field());
        assertEquals(TestProfiles.lineOf(bad.text(), "      fraction: 2/3"), p.line(), "the threshold's first line");
    }

    @Test
    void ruleWithoutArticleIsRefused() {
        var bad = TestProfiles.alter("    article: 第十条", "    aliases: [会员]");
        CharterProblem p = refusedWith(bad.text(), "charter.error.missing");
        assertEquals("tiers[0].article", p.field());
        assertEquals(TestProfiles.lineOf(bad.text(), "  - id: member"), p.line());
    }

    @Test
    void referenceToUndefinedBodyIsRefusedAtTheReference() {
        var bad = TestProfiles.alter("        body: council", "        body: counsil");
        CharterProblem p = refusedWith(bad.text(), "charter.error.unknownRef");
        assertEquals(bad.line(), p.line());
        assertEquals("procedures[0].steps[1].body", p.field());
        assertEquals("counsil", p.message().args()[2]);
    }

    @Test
    void referenceToUndefinedTierIsRefused() {
        var bad = TestProfiles.alter("    to_tier: member", "    to_tier: gold");
        CharterProblem p = refusedWith(bad.text(), "charter.error.unknownRef");
        assertEquals(bad.line(), p.line());
        assertEquals("procedures[0].to_tier", p.field());
    }

    @Test
    void duplicateIdIsRefusedAtTheSecondId() {
        var bad = TestProfiles.alter("      - id: vote", "      - id: apply");
        CharterProblem p = refusedWith(bad.text(), "charter.error.duplicateId");
        assertEquals(bad.line(), p.line());
        assertEquals("procedures[0].steps[1].id", p.field());
    }

    @Test
    void defaultWithoutReadingIsRefused() {
        var bad = TestProfiles.alter("    reading: 章程未规定法定人数，采用过半数", "    note: 无");
        CharterProblem p = refusedWith(bad.text(), "charter.error.defaultNeedsReading");
        assertEquals("defaults.quorum.reading", p.field());
        assertEquals(TestProfiles.lineOf(bad.text(), "  quorum:") + 1, p.line(), "the default's first line");
    }

    @Test
    void yamlSyntaxErrorReportsItsLine() {
        var bad = TestProfiles.alter("    name: 理事会", "    name: [理事会");
        CharterProblem p = refusedWith(bad.text(), "charter.error.yaml");
        assertTrue(p.line() >= bad.line() && p.line() <= bad.line() + 1,
                "reported line " + p.line() + " for a break at " + bad.line());
    }

    @Test
    void tabIndentationReportsItsLine() {
        var bad = TestProfiles.alter("    kind: council", "\tkind: council");
        CharterProblem p = refusedWith(bad.text(), "charter.error.yaml");
        assertEquals(bad.line(), p.line());
    }

    @Test
    void emptyFileIsRefused() {
        CharterProblem p = refusedWith("", "charter.error.empty");
        assertEquals("bad.yaml", p.file());
        assertEquals(1, p.line());
    }

    @Test
    void commentOnlyFileIsRefused() {
        assertNotNull(refusedWith("# nothing here\n", "charter.error.empty"));
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        String text = TestProfiles.alter("    quorum:", "    quorom:").text()
                .replace("        body: council", "        body: counsil");
        CharterLoadException e = assertThrows(CharterLoadException.class, () -> loader.load("bad.yaml", text));
        List<String> keys = e.problems().stream().map(p -> p.message().key()).toList();
        assertTrue(keys.contains("charter.error.unknownKey") && keys.contains("charter.error.unknownRef"), keys.toString());
        for (int i = 1; i < e.problems().size(); i++) {
            assertTrue(e.problems().get(i - 1).line() <= e.problems().get(i).line());
        }
    }

    @Test
    void missingFileIsRefusedNotThrown() {
        CharterLoadException e = assertThrows(CharterLoadException.class,
                () -> loader.load(Path.of("charters", "no-such-profile.yaml")));
        assertEquals("charter.error.io", e.problems().get(0).message().key());
    }
}

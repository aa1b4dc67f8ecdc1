package org.secretariat.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.charters.CharterHistory;

/**
 * The organisation's own cases, amending the charter and ending the organisation, driven by hand
 * through every step of each profile that has them: each body's vote one short of its rule refuses
 * the case, the boundary passes it; outside steps (备案, 审查同意, 清算) are recorded by hand. The
 * amended charter is in force from the in-force step's day (CERRA 第三十七條: the approval), not before.
 */
class OrganisationCaseTest {

    static final Messages ZH = Messages.forLanguage("zh");
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    @TempDir
    Path dir;

    /** A step of the walk: a body's vote (seated, present, the boundary number of yes votes), or by hand. */
    record Walk(String stepId, int seated, int present, int yes) {
        static Walk vote(String id, int seated, int present, int yes) {
            return new Walk(id, seated, present, yes);
        }

        static Walk hand(String id) {
            return new Walk(id, 0, 0, -1);
        }
    }

    static String text(List<Text> problems) {
        return String.join("\n", problems.stream().map(ZH::get).toList());
    }

    /** The profile as shipped, with the organisation renamed so the amended version can be told apart. */
    static String amended(String charterId) throws Exception {
        String text = Files.readString(Path.of("charters", charterId + ".yaml"));
        return text.replaceFirst("(?m)^(organisation:\\R  name: )(.*)$", "$1$2（修订）");
    }

    static long open(AppContext ctx, ProcedureKind kind, LocalDate on, String charterId) throws Exception {
        Procedure p = ctx.charter().orElseThrow().procedureOf(kind).orElseThrow();
        CaseService.Opened o = ctx.cases().openForOrganisation(p.id(), on, kind == ProcedureKind.AMENDMENT ? "章程修正案" : null,
                kind == ProcedureKind.AMENDMENT ? amended(charterId) : null);
        assertTrue(o.problems().isEmpty(), text(o.problems()));
        return o.caseId();
    }

    static void record(AppContext ctx, long caseId, Walk w, LocalDate on, int yes) {
        List<Text> p = w.yes() < 0
                ? ctx.caseSteps().record(caseId, w.stepId(), on, "秘书处", w.stepId().contains("approval")
                        || w.stepId().equals("filing") ? StepDecision.APPROVED : StepDecision.DONE, "文号〔2026〕1号", null)
                : ctx.caseSteps().record(caseId, w.stepId(), on, "会议", null, null,
                        new CaseSteps.Vote(w.seated(), w.present(), yes, w.present() - yes, 0));
        assertTrue(p.isEmpty(), text(p));
    }

    static String nameOn(AppContext ctx, LocalDate day) {
        return ctx.charterHistory().on(day).organisation().name();
    }

    /**
     * For each vote: a case that passes the votes before it at their boundary and falls one short at
     * it is refused (its version never in force); then a case that passes every step is completed.
     */
    void walk(String charterId, ProcedureKind kind, List<Walk> steps, String inForceStep) throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, charterId)) {
            String original = ctx.charter().orElseThrow().organisation().name();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).yes() < 0) {
                    continue;
                }
                long c = open(ctx, kind, START, charterId);
                for (int j = 0; j < i; j++) {
                    record(ctx, c, steps.get(j), START.plusDays(10L * (j + 1)), steps.get(j).yes());
                }
                record(ctx, c, steps.get(i), START.plusDays(10L * (i + 1)), steps.get(i).yes() - 1);
                CaseView v = ctx.cases().load(c);
                assertEquals(CaseStatus.REFUSED, v.status(), steps.get(i).stepId() + " one vote short: " + v.outcome());
                assertNull(v.unitId());
                assertEquals(original, v.unitName());
                assertEquals(original, nameOn(ctx, LATER), "a refused amendment is never in force");
            }
            LocalDate start = START.plusYears(1);
            long c = open(ctx, kind, start, charterId);
            assertEquals("case.error.open", ctx.cases().openForOrganisation(ctx.cases().load(c).procedureId(), start,
                    "又一件", kind == ProcedureKind.AMENDMENT ? amended(charterId) : null).problems().get(0).key(),
                    "one open case of each kind");
            assertTrue(ctx.due().due().stream().anyMatch(d -> d.target() == org.secretariat.service.meetings.ObligationService
                    .Target.CASE && ZH.get(d.what()).contains(original)), "the home screen lists the organisation's next step");
            LocalDate inForce = null;
            for (int j = 0; j < steps.size(); j++) {
                LocalDate day = start.plusDays(10L * (j + 1));
                if (kind == ProcedureKind.AMENDMENT && inForce == null) {
                    assertEquals(original, nameOn(ctx, LATER), "not in force before " + inForceStep);
                }
                record(ctx, c, steps.get(j), day, steps.get(j).yes());
                if (steps.get(j).stepId().equals(inForceStep)) {
                    inForce = day;
                }
            }
            CaseView v = ctx.cases().load(c);
            assertEquals(CaseStatus.COMPLETED, v.status(), v.outcome());
            if (kind == ProcedureKind.AMENDMENT) {
                assertEquals(original, nameOn(ctx, inForce.minusDays(1)), "the day before " + inForceStep);
                assertEquals(original + "（修订）", nameOn(ctx, inForce), "from the day of " + inForceStep);
                assertTrue(v.outcome().startsWith("修改后的章程自" + ChineseDates.format(inForce) + "起施行"), v.outcome());
                List<CharterHistory.Listed> versions = ctx.charterHistory().list();
                assertEquals(1, versions.stream().filter(x -> x.effectiveFrom() != null).count(), versions.toString());
            } else {
                assertTrue(v.outcome().startsWith("本组织终止：") && v.outcome().contains(v.article()), v.outcome());
                assertEquals(original, nameOn(ctx, LATER));
            }
            assertTrue(ctx.roster().list().isEmpty(), "no membership change");
        }
    }

    @Test
    void cerraAmendmentIsInForceFromTheGuidanceUnitsApprovalNotTheVote() throws Exception {
        // 第十五條(二) with 第十六條: 到场半数以上（含）— 3 of 6 present passes; 第三十七條: in force from approval
        walk("cerra", ProcedureKind.AMENDMENT, List.of(Walk.vote("presidium-vote", 6, 6, 3), Walk.hand("guidance-approval")),
                "guidance-approval");
    }

    @Test
    void cerraDissolutionNeedsTheGuidanceUnitsConsent() throws Exception {
        walk("cerra", ProcedureKind.DISSOLUTION, List.of(Walk.vote("presidium-vote", 6, 6, 3), Walk.hand("guidance-approval"),
                Walk.hand("report")), null);
    }

    @Test
    void hengshuiAmendmentIsInForceFromTheCouncilVoteThenFiled() throws Exception {
        // 第三十条 with 第十五条: 到会理事 2/3 以上 — 4 of 6 passes
        walk("hengshui-tech", ProcedureKind.AMENDMENT, List.of(Walk.vote("council-vote", 6, 6, 4), Walk.hand("filing")),
                "council-vote");
    }

    @Test
    void hengshuiDissolutionStandingCouncilMovesCouncilVotesFiledAndLiquidated() throws Exception {
        // 第二十七条: 常务理事会 by the default 过半数 (4 of 6), 理事会 2/3 以上 (4 of 6)
        walk("hengshui-tech", ProcedureKind.DISSOLUTION, List.of(Walk.vote("standing-council-motion", 6, 6, 4),
                Walk.vote("council-vote", 6, 6, 4), Walk.hand("filing"), Walk.hand("liquidation")), null);
    }

    @Test
    void xinxiangAmendmentCouncilDraftsAssemblyPasses() throws Exception {
        // 第八条（二） 出席三分之二以上 (4 of 6); 第二十二条 default 过半数 (4 of 6, 3 fails)
        walk("xinxiang-cbec", ProcedureKind.AMENDMENT, List.of(Walk.vote("council-draft", 6, 6, 4),
                Walk.vote("assembly-vote", 6, 6, 4)), "assembly-vote");
    }

    @Test
    void xinxiangDissolutionCouncilProposesAssemblyVotesThenLiquidation() throws Exception {
        walk("xinxiang-cbec", ProcedureKind.DISSOLUTION, List.of(Walk.vote("council-proposal", 6, 6, 4),
                Walk.vote("assembly-vote", 6, 6, 4), Walk.hand("liquidation")), null);
    }

    @Test
    void cceaaAmendmentByThePresidiumCountsAllItsMembers() throws Exception {
        // 第二十条, compared with 第八条（一） 过半数主席团成员: 4 of 6 seated, 5 present
        walk("cceaa", ProcedureKind.AMENDMENT, List.of(Walk.vote("presidium-vote", 6, 5, 4)), "presidium-vote");
    }

    @Test
    void cceaaDissolutionPresidiumVotesTwiceAroundTheAnnualMeeting() throws Exception {
        walk("cceaa", ProcedureKind.DISSOLUTION, List.of(Walk.vote("presidium-motion", 6, 5, 4),
                Walk.vote("annual-meeting-vote", 6, 6, 4), Walk.vote("presidium-confirmation", 6, 5, 4)), null);
    }

    @Test
    void countyJointOpensNeitherAndSaysWhy() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            assertTrue(ctx.cases().organisationProcedures(START).isEmpty());
            for (String kind : List.of("amendment", "dissolution")) {
                CaseService.Opened o = ctx.cases().openForOrganisation(kind, START, "修正案", null);
                assertNull(o.caseId());
                String why = text(o.problems());
                assertTrue(why.startsWith("本章程没有规定") && why.contains("章程没有"), why);
            }
        }
    }

    @Test
    void aBrokenAmendedProfileIsRefusedWithLineAndField() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            String broken = amended("cerra").replace("fraction: 1/2", "fraction: 两成");
            CaseService.Opened o = ctx.cases().openForOrganisation("amendment", START, "章程修正案", broken);
            assertNull(o.caseId());
            assertTrue(text(o.problems()).matches("(?s)修改后的章程第 \\d+ 行（.*fraction.*）：.*"), text(o.problems()));
            assertEquals("case.error.amendedText", ctx.cases().openForOrganisation("amendment", START, "章程修正案", " ")
                    .problems().get(0).key());
            assertTrue(ctx.charterHistory().list().isEmpty(), "nothing kept from a refused opening");
        }
    }

    @Test
    void anAuthorityThatRefusesLeavesTheAmendmentOutOfForce() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long c = open(ctx, ProcedureKind.AMENDMENT, START, "cerra");
            record(ctx, c, Walk.vote("presidium-vote", 6, 6, 3), START.plusDays(5), 3);
            List<Text> p = ctx.caseSteps().record(c, "guidance-approval", START.plusDays(30), "指導單位", StepDecision.REJECTED,
                    "不予核准", null);
            assertTrue(p.isEmpty(), text(p));
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(c).status());
            assertEquals("中國電商鄉村振興聯盟", nameOn(ctx, LATER));
            assertEquals(new ArrayList<>(List.of(0)), new ArrayList<>(ctx.charterHistory().list().stream()
                    .map(CharterHistory.Listed::number).toList()));
        }
    }
}

package org.secretariat.service.cases;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/**
 * For each charter, a unit walks from application to member, to the next tier where there is one,
 * and out again; every refusal and deadline is asserted with its article.
 */
class CaseLifecycleTest {

    @TempDir
    Path dir;

    private static final Messages ZH = Messages.forLanguage("zh");

    private static String text(List<Text> problems) {
        return String.join("\n", problems.stream().map(ZH::get).toList());
    }

    private static long applicant(AppContext ctx, String name, String creditCode) {
        UnitDraft d = TestWorkspace.unit(name, creditCode);
        d.status = MemberStatus.APPLYING;
        d.tierId = ctx.charter().orElseThrow().entryTier().id();
        return ctx.roster().save(d).id();
    }

    private static long member(AppContext ctx, String name, String tier) {
        UnitDraft d = TestWorkspace.unit(name, "");
        d.tierId = tier;
        return ctx.roster().save(d).id();
    }

    private static UnitDraft unit(AppContext ctx, long id) {
        return ctx.roster().draft(id).orElseThrow();
    }

    private static void step(AppContext ctx, long caseId, String stepId, LocalDate on, StepDecision d, CaseSteps.Vote vote) {
        List<Text> p = ctx.caseSteps().record(caseId, stepId, on, "秘书处", d, null, vote);
        assertTrue(p.isEmpty(), text(p));
    }

    @Test
    void xinxiangMemberBecomesCouncilUnitThenWithdrawsAfterThirtyDays() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long unit = applicant(ctx, "新乡某跨境电商公司", "");
            long admission = ctx.cases().open("admission", unit, LocalDate.of(2026, 3, 2), List.of()).caseId();
            assertEquals(List.of("case.error.order"), ctx.caseSteps().record(admission, "certificate", LocalDate.of(2026, 3, 3),
                    "秘书处", StepDecision.DONE, null, null).stream().map(Text::key).toList(), "steps go in the charter's order");
            step(ctx, admission, "review", LocalDate.of(2026, 3, 5), StepDecision.APPROVED, null);
            assertEquals(MemberStatus.MEMBER, unit(ctx, unit).status, "第九条（四）: the 秘书处 approves admission");
            assertEquals(LocalDate.of(2026, 3, 5), unit(ctx, unit).joinDate);
            step(ctx, admission, "certificate", LocalDate.of(2026, 3, 6), StepDecision.DONE, null);
            assertEquals(CaseStatus.COMPLETED, ctx.cases().load(admission).status());

            var refused = ctx.cases().open("become-vice-chair-unit", unit, LocalDate.of(2026, 4, 1), List.of());
            assertTrue(text(refused.problems()).contains("须已是理事单位（第十四条（三）"), text(refused.problems()));

            for (int i = 1; i <= 4; i++) {
                member(ctx, "理事单位" + i, "council-unit");
            }
            long upgrade = ctx.cases().open("become-council-unit", unit, LocalDate.of(2026, 4, 1), List.of()).caseId();
            step(ctx, upgrade, "achievements", LocalDate.of(2026, 4, 2), StepDecision.DONE, null);
            step(ctx, upgrade, "forward", LocalDate.of(2026, 4, 3), StepDecision.DONE, null);
            // 第十一条 全体理事会半数以上: 2 of 4 seated passes, with only 3 present
            step(ctx, upgrade, "council-approval", LocalDate.of(2026, 4, 10), null, new CaseSteps.Vote(4, 3, 2, 1, 0));
            assertEquals("member", unit(ctx, upgrade == 0 ? 0 : unit).tierId, "the assembly has not voted yet");
            step(ctx, upgrade, "assembly-vote", LocalDate.of(2026, 5, 1), null, new CaseSteps.Vote(5, 5, 3, 2, 0));
            assertEquals("council-unit", unit(ctx, unit).tierId);

            LocalDate notice = LocalDate.of(2026, 1, 15).plusYears(1);
            long withdrawal = ctx.cases().open("withdrawal", unit, notice, List.of()).caseId();
            assertEquals(MemberStatus.WITHDRAWING, unit(ctx, unit).status);
            assertEquals(LocalDate.of(2027, 2, 16), ctx.cases().load(withdrawal).effectiveOn(),
                    "第十五条: 30 days from 15 January 2027 end Sunday 14 February, a rest day, so Monday 15 (民法典第二百零三条)");
            assertEquals("case.error.notYet", ctx.caseSteps().confirmWithdrawal(withdrawal, LocalDate.of(2027, 2, 15)).get(0).key());
            assertTrue(ctx.caseSteps().confirmWithdrawal(withdrawal, LocalDate.of(2027, 2, 16)).isEmpty());
            assertEquals(MemberStatus.WITHDRAWN, unit(ctx, unit).status);
        }
    }

    @Test
    void hengshuiAdmitsLegalPersonsOnlyByCouncilVoteAndNeedsThreeMonthsNotice() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long noCode = applicant(ctx, "个体培训点", "");
            var refused = ctx.cases().open("admission", noCode, LocalDate.of(2026, 3, 2), List.of());
            assertTrue(text(refused.problems()).contains("只吸收法人单位（第八条）"), text(refused.problems()));

            long school = applicant(ctx, "衡水某技工学校", "12131100MB0000001M");
            long admission = ctx.cases().open("admission", school, LocalDate.of(2026, 3, 2), List.of()).caseId();
            step(ctx, admission, "review", LocalDate.of(2026, 3, 4), StepDecision.DONE, null);
            assertEquals(MemberStatus.APPLYING, unit(ctx, school).status, "the 理事会 decides (第九条), not the review");
            assertEquals("case.error.order", ctx.caseSteps().record(admission, "council-approval", LocalDate.of(2026, 4, 1),
                    "理事会", null, null, new CaseSteps.Vote(9, 6, 4, 2, 0)).get(0).key(), "第十六条（六）: the 常务理事会 proposes first");
            step(ctx, admission, "standing-council-proposal", LocalDate.of(2026, 3, 20), StepDecision.APPROVED, null);
            // 第十五条: 2/3 of 9 seated present (6), 2/3 of those present (4) in favour
            step(ctx, admission, "council-approval", LocalDate.of(2026, 4, 1), null, new CaseSteps.Vote(9, 6, 4, 2, 0));
            assertEquals(MemberStatus.MEMBER, unit(ctx, school).status);
            assertEquals(CaseStatus.COMPLETED, ctx.cases().load(admission).status());

            long withdrawal = ctx.cases().open("withdrawal", school, LocalDate.of(2026, 11, 30), List.of()).caseId();
            assertEquals(LocalDate.of(2027, 3, 2), ctx.cases().load(withdrawal).effectiveOn(),
                    "第十二条 three months from 30 November end on 28 February (no 30th), a Sunday, so Monday 1 March; out from 2 March");
            assertEquals("case.error.order", ctx.caseSteps().confirmWithdrawal(withdrawal, LocalDate.of(2027, 3, 3)).get(0).key(),
                    "the 理事会 must approve too");
            step(ctx, withdrawal, "standing-council-proposal", LocalDate.of(2026, 12, 20), StepDecision.APPROVED, null);
            // quorum fails: 5 of 9 is less than 2/3 → the vote cannot approve
            ctx.caseSteps().record(withdrawal, "council-approval", LocalDate.of(2027, 1, 10), "理事会", null, null,
                    new CaseSteps.Vote(9, 5, 5, 0, 0));
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(withdrawal).status());
            assertEquals(MemberStatus.MEMBER, unit(ctx, school).status, "a refused withdrawal leaves the unit a member");

            long second = ctx.cases().open("withdrawal", school, LocalDate.of(2027, 1, 4), List.of()).caseId();
            step(ctx, second, "standing-council-proposal", LocalDate.of(2027, 3, 1), StepDecision.APPROVED, null);
            step(ctx, second, "council-approval", LocalDate.of(2027, 3, 20), null, new CaseSteps.Vote(9, 6, 4, 2, 0));
            // 4 January + 3 months = Sunday 4 April 2027, a rest day; Monday 5 April is 清明节, so the
            // notice runs to Tuesday 6 April (art. 203) and the unit is out from 7 April
            assertEquals(LocalDate.of(2027, 4, 7), ctx.cases().load(second).effectiveOn());
            assertEquals("case.error.notYet", ctx.caseSteps().confirmWithdrawal(second, LocalDate.of(2027, 4, 6)).get(0).key());
            assertTrue(ctx.caseSteps().confirmWithdrawal(second, LocalDate.of(2027, 4, 7)).isEmpty());
            assertEquals(MemberStatus.WITHDRAWN, unit(ctx, school).status);
        }
    }

    @Test
    void cceaaNeedsARecommendingMemberAndDraftsTheEmail() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cceaa")) {
            member(ctx, "上海某外贸公司", "ordinary");
            long unit = applicant(ctx, "杭州某跨境电商公司", "");
            var none = ctx.cases().open("admission", unit, LocalDate.of(2026, 5, 6), List.of());
            assertTrue(text(none.problems()).contains("须有至少 1 个成员单位推荐（第九条"), text(none.problems()));
            var stranger = ctx.cases().open("admission", unit, LocalDate.of(2026, 5, 6), List.of("不存在的公司"));
            assertTrue(text(stranger.problems()).contains("只有 0 个是在册成员"), text(stranger.problems()));
            long c = ctx.cases().open("admission", unit, LocalDate.of(2026, 5, 6), List.of("上海某外贸公司")).caseId();
            assertEquals("上海某外贸公司", ctx.cases().load(c).recommenders());
            step(ctx, c, "recommend", LocalDate.of(2026, 5, 6), StepDecision.DONE, null);
            step(ctx, c, "apply", LocalDate.of(2026, 5, 6), StepDecision.DONE, null);
            step(ctx, c, "review", LocalDate.of(2026, 5, 8), StepDecision.APPROVED, null);
            assertEquals(MemberStatus.MEMBER, unit(ctx, unit).status);
            var mail = ctx.letters().admissionEmail("杭州某跨境电商公司", "王总", "wang@example.com", LocalDate.of(2026, 5, 8), "第十条");
            assertTrue(mail.body().contains("2026年5月8日"), mail.body());

            long join = ctx.cases().open("join-presidium", unit, LocalDate.of(2026, 6, 1), List.of()).caseId();
            step(ctx, join, "nominate", LocalDate.of(2026, 6, 2), StepDecision.DONE, null);
            // 第八条（一） 过半数主席团成员: 5 of 10 seated is exactly half and fails
            ctx.caseSteps().record(join, "presidium-vote", LocalDate.of(2026, 6, 18), "主席团", null, null,
                    new CaseSteps.Vote(10, 9, 5, 4, 0));
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(join).status());
            assertEquals("ordinary", unit(ctx, unit).tierId);
            long again = ctx.cases().open("join-presidium", unit, LocalDate.of(2026, 9, 1), List.of()).caseId();
            step(ctx, again, "nominate", LocalDate.of(2026, 9, 2), StepDecision.DONE, null);
            step(ctx, again, "presidium-vote", LocalDate.of(2026, 9, 18), null, new CaseSteps.Vote(10, 9, 6, 3, 0));
            assertEquals("presidium-member", unit(ctx, unit).tierId);

            long out = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 10, 9), List.of()).caseId();
            assertNull(ctx.cases().load(out).effectiveOn(), "第十三条 sets no notice period");
            assertTrue(ctx.caseSteps().confirmWithdrawal(out, LocalDate.of(2026, 10, 9)).isEmpty());
            assertEquals(MemberStatus.WITHDRAWN, unit(ctx, unit).status);
        }
    }

    @Test
    void cerraAdmitsByPresidiumVoteAtExactlyHalfOfThosePresent() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long unit = applicant(ctx, "某乡村振兴合作社", "");
            long c = ctx.cases().open("admission", unit, LocalDate.of(2026, 6, 1), List.of()).caseId();
            step(ctx, c, "preliminary-review", LocalDate.of(2026, 6, 2), StepDecision.DONE, null);
            step(ctx, c, "presidium-approval", LocalDate.of(2026, 6, 18), null, new CaseSteps.Vote(17, 12, 6, 6, 0));
            assertEquals(MemberStatus.MEMBER, unit(ctx, unit).status, "第十六條 半数以上（含）: 6 of 12 passes");
            assertTrue(ctx.cases().load(c).steps().get(2).remarks().contains("第十六條"), ctx.cases().load(c).steps().get(2).remarks());

            long elect = ctx.cases().open("elect-presidium", unit, LocalDate.of(2026, 7, 1), List.of()).caseId();
            step(ctx, elect, "presidium-election", LocalDate.of(2026, 7, 1), null, new CaseSteps.Vote(17, 12, 7, 5, 0));
            assertEquals("presidium-unit", unit(ctx, unit).tierId);

            long out = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 8, 3), List.of()).caseId();
            assertEquals(MemberStatus.WITHDRAWING, unit(ctx, unit).status);
            // 第十六條 quorum 2/3以上: 11 of 17 present is not enough, so nothing can be decided
            ctx.caseSteps().record(out, "presidium-vote", LocalDate.of(2026, 8, 20), "主席團", null, null,
                    new CaseSteps.Vote(17, 11, 11, 0, 0));
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(out).status());
            assertTrue(ctx.cases().load(out).steps().get(1).remarks().contains("未达法定人数"));
            long retry = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 9, 1), List.of()).caseId();
            step(ctx, retry, "presidium-vote", LocalDate.of(2026, 9, 18), null, new CaseSteps.Vote(17, 12, 12, 0, 0));
            step(ctx, retry, "written-notice", LocalDate.of(2026, 9, 19), StepDecision.DONE, null);
            step(ctx, retry, "return-certificate", LocalDate.of(2026, 9, 25), StepDecision.DONE, null);
            assertTrue(ctx.caseSteps().confirmWithdrawal(retry, LocalDate.of(2026, 9, 25)).isEmpty());
            assertEquals(MemberStatus.WITHDRAWN, unit(ctx, unit).status);
        }
    }

    @Test
    void countyInspectionIsDueWithinTenWorkingDaysAcrossTheNationalDayHoliday() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long unit = applicant(ctx, "某县人民政府", "");
            long c = ctx.cases().open("admission", unit, LocalDate.of(2026, 9, 30), List.of()).caseId();
            // 10 working days after Wed 30 Sep 2026: 1–7 Oct are holidays, Sat 10 Oct is a make-up working day:
            // 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 October → due 20 October (第十条)
            CaseView view = ctx.cases().load(c);
            assertEquals(LocalDate.of(2026, 10, 20), view.steps().get(1).dueBy());
            assertNull(view.steps().get(2).dueBy());
            assertTrue(ctx.due().due().stream().anyMatch(d -> ZH.get(d.what()).contains("须在 2026年10月20日 前完成")));

            step(ctx, c, "inspection", LocalDate.of(2026, 10, 16), StepDecision.DONE, null);
            step(ctx, c, "visit", LocalDate.of(2026, 10, 16), StepDecision.DONE, null);
            step(ctx, c, "report", LocalDate.of(2026, 10, 19), StepDecision.DONE, null);
            step(ctx, c, "sg-office", LocalDate.of(2026, 10, 22), null, new CaseSteps.Vote(1, 1, 1, 0, 0));
            assertEquals(MemberStatus.APPLYING, unit(ctx, unit).status, "the 理事长办公会议 has the last word (第十条)");
            step(ctx, c, "chair-office", LocalDate.of(2026, 10, 28), null, new CaseSteps.Vote(3, 3, 2, 1, 0));
            assertEquals(MemberStatus.MEMBER, unit(ctx, unit).status);
            for (String s : List.of("approval-document", "formalities", "ceremony", "certificate",
                    "standing-director-credential", "director-credential", "liaison-credential")) {
                step(ctx, c, s, LocalDate.of(2026, 11, 10), StepDecision.DONE, null);
            }
            assertEquals(CaseStatus.COMPLETED, ctx.cases().load(c).status());

            long out = ctx.cases().open("expulsion", unit, LocalDate.of(2026, 11, 12), List.of()).caseId();
            step(ctx, out, "request", LocalDate.of(2026, 11, 12), StepDecision.DONE, null);
            step(ctx, out, "decision", LocalDate.of(2026, 11, 20), StepDecision.APPROVED, null);
            assertEquals(MemberStatus.EXPELLED, unit(ctx, unit).status);
        }
    }

    /** The case list shows what is still to do first: open cases above cancelled and completed ones, newest first in each. */
    @Test
    void openCasesComeFirstInTheList() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long a = applicant(ctx, "甲公司", "");
            long b = applicant(ctx, "乙公司", "");
            long c = applicant(ctx, "丙公司", "");
            long cancelled = ctx.cases().open("admission", a, LocalDate.of(2026, 3, 2), List.of()).caseId();
            long olderOpen = ctx.cases().open("admission", b, LocalDate.of(2026, 3, 3), List.of()).caseId();
            long completed = ctx.cases().open("admission", c, LocalDate.of(2026, 3, 4), List.of()).caseId();
            ctx.cases().cancel(cancelled, "申请单位撤回");
            step(ctx, completed, "review", LocalDate.of(2026, 3, 5), StepDecision.APPROVED, null);
            step(ctx, completed, "certificate", LocalDate.of(2026, 3, 6), StepDecision.DONE, null);
            long newerOpen = ctx.cases().open("withdrawal", c, LocalDate.of(2026, 4, 1), List.of()).caseId();

            assertEquals(List.of(newerOpen, olderOpen, completed, cancelled),
                    ctx.cases().list().stream().map(CaseView::id).toList());
            assertEquals(List.of(CaseStatus.OPEN, CaseStatus.OPEN, CaseStatus.COMPLETED, CaseStatus.CANCELLED),
                    ctx.cases().list().stream().map(CaseView::status).toList());
        }
    }
}

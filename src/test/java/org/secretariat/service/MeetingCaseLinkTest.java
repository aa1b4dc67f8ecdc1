package org.secretariat.service;

import org.secretariat.service.cases.CaseView;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.StepDecision;
import org.secretariat.domain.Verdict;
import org.secretariat.i18n.Messages;

/**
 * Withdrawal and expulsion decided at a meeting, linked to their cases as admissions are: 衡水
 * 第十二条 (退出须经理事会批准, three months' notice) and 第十三条 (除名经理事会表决).
 */
class MeetingCaseLinkTest {

    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    private static long member(AppContext ctx, String name, String director) {
        UnitDraft d = TestWorkspace.unit(name, TestWorkspace.legalPersonCode());
        d.people.add(new PersonDraft(director, "", "理事", DAY.minusYears(1), null, "", ""));
        var r = ctx.roster().save(d);
        assertTrue(r.saved(), r.problems().toString());
        return r.id();
    }

    private static long councilMeeting(AppContext ctx, int present) {
        long id = ctx.meetings().save(new MeetingDraft(null, "council", "理事会会议", DAY, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(id);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                    i < present ? AttendanceStatus.PRESENT : AttendanceStatus.LEAVE, null, null));
        }
        ctx.meetings().recordAttendance(id, in);
        return id;
    }

    @Test
    void aWithdrawalMotionNeedsTheUnitsNoticeFirst() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                member(ctx, "学校" + i, "理事" + i);
            }
            long unit = member(ctx, "要退出的学校", "理事七");
            long meeting = councilMeeting(ctx, 7);
            var added = ctx.motions().add(meeting, new MotionDraft("批准退出", MotionKind.WITHDRAW, unit, null, null, null,
                    null, false));
            String text = Messages.chinese(added.problems().get(0));
            assertTrue(text.contains("没有未结的退出案件") && text.contains("第十二条"), text);
        }
    }

    @Test
    void theCouncilApprovesAWithdrawalAtItsMeetingAndTheCaseRecordsIt() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                member(ctx, "学校" + i, "理事" + i);
            }
            long unit = member(ctx, "要退出的学校", "理事七");
            long caseId = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 3, 2), List.of()).caseId();
            assertEquals(MemberStatus.WITHDRAWING, ctx.roster().draft(unit).orElseThrow().status);
            long meeting = councilMeeting(ctx, 7);
            var added = ctx.motions().add(meeting, new MotionDraft("批准要退出的学校退出联盟", MotionKind.WITHDRAW, unit,
                    null, null, null, null, false));
            assertTrue(added.problems().isEmpty(), added.problems().toString());
            MeetingView after = ctx.motions().recordTotals(added.itemId(), 6, 0, 1);
            MeetingView.Item item = after.agenda().get(0);
            assertEquals(Verdict.PASSED, item.verdict());
            assertEquals("批准「要退出的学校」退出，自2026年6月3日起生效", item.effectNote());
            CaseView c = ctx.cases().load(caseId);
            CaseView.Step approval = c.steps().stream().filter(s -> s.stepId().equals("council-approval")).findFirst()
                    .orElseThrow();
            assertEquals(StepDecision.APPROVED, approval.decision());
            assertEquals(added.itemId(), approval.agendaItemId(), "the step links to the meeting's item");
            assertEquals(DAY, approval.doneOn());
            assertTrue(ctx.caseSteps().confirmWithdrawal(caseId, DAY).isEmpty());
            assertEquals(MemberStatus.WITHDRAWN, ctx.roster().draft(unit).orElseThrow().status);
            assertEquals(CaseStatus.COMPLETED, ctx.cases().load(caseId).status());
            assertEquals("「要退出的学校」退出生效，状态改为已退出", ctx.cases().load(caseId).outcome());
        }
    }

    @Test
    void aWithdrawalTheCouncilRefusesLeavesTheUnitAMember() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                member(ctx, "学校" + i, "理事" + i);
            }
            long unit = member(ctx, "要退出的学校", "理事七");
            long caseId = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 3, 2), List.of()).caseId();
            long meeting = councilMeeting(ctx, 7);
            var added = ctx.motions().add(meeting, new MotionDraft("批准退出", MotionKind.WITHDRAW, unit, null, null, null,
                    null, false));
            ctx.motions().recordTotals(added.itemId(), 4, 3, 0);
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(caseId).status());
            assertEquals(MemberStatus.MEMBER, ctx.roster().draft(unit).orElseThrow().status);
        }
    }

    @Test
    void anExpulsionVotedAtTheMeetingClosesItsCase() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                member(ctx, "学校" + i, "理事" + i);
            }
            long unit = member(ctx, "违规单位", "理事七");
            long caseId = ctx.cases().open("expulsion", unit, LocalDate.of(2026, 5, 1), List.of()).caseId();
            long meeting = councilMeeting(ctx, 7);
            var added = ctx.motions().add(meeting, new MotionDraft("关于违规单位除名", MotionKind.EXPEL, unit, null, null,
                    null, null, false));
            MeetingView after = ctx.motions().recordTotals(added.itemId(), 5, 1, 1);
            assertEquals("「违规单位」除名", after.agenda().get(0).effectNote());
            CaseView c = ctx.cases().load(caseId);
            assertEquals(CaseStatus.COMPLETED, c.status());
            assertEquals("「违规单位」除名", c.outcome(), "the case and the minutes say the same");
            assertNotNull(c.steps().get(0).agendaItemId());
            assertEquals(MemberStatus.EXPELLED, ctx.roster().draft(unit).orElseThrow().status);
            var history = ctx.roster().history(unit);
            assertEquals(1, history.stream().filter(h -> h.getDetails().contains("EXPELLED")).count(),
                    "expelled once, not once by the meeting and again by the case");
        }
    }

    @Test
    void aCorrectedTallyIsRecordedInTheCaseItDecidedAndReversesTheExpulsion() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                member(ctx, "学校" + i, "理事" + i);
            }
            long unit = member(ctx, "违规单位", "理事七");
            long caseId = ctx.cases().open("expulsion", unit, LocalDate.of(2026, 5, 1), List.of()).caseId();
            long meeting = councilMeeting(ctx, 7);
            var added = ctx.motions().add(meeting, new MotionDraft("关于违规单位除名", MotionKind.EXPEL, unit, null, null,
                    null, null, false));
            ctx.motions().recordTotals(added.itemId(), 5, 1, 1);
            assertEquals(MemberStatus.EXPELLED, ctx.roster().draft(unit).orElseThrow().status);

            // the secretary typed 5 for 2: the expulsion did not pass
            ctx.motions().correct(added.itemId(), 2, 4, 1, "赞成票误录为5票，实为2票");
            CaseView refused = ctx.cases().load(caseId);
            assertEquals(CaseStatus.REFUSED, refused.status());
            assertEquals(StepDecision.REJECTED, refused.steps().get(0).decision());
            assertEquals(added.itemId(), refused.steps().get(0).agendaItemId());
            assertEquals(MemberStatus.MEMBER, ctx.roster().draft(unit).orElseThrow().status, "the expulsion is undone");

            // and corrected back: the case decides again through the same rule
            ctx.motions().correct(added.itemId(), 5, 1, 1, "复核计票，原记录无误");
            CaseView completed = ctx.cases().load(caseId);
            assertEquals(CaseStatus.COMPLETED, completed.status());
            assertEquals(StepDecision.APPROVED, completed.steps().get(0).decision());
            assertEquals(MemberStatus.EXPELLED, ctx.roster().draft(unit).orElseThrow().status);
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().verify(s)).intact(), "the chain holds over both corrections");
        }
    }
}

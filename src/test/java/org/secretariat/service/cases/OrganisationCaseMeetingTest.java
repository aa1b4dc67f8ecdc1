package org.secretariat.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.StepDecision;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.meetings.MotionService;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * A motion to amend the charter or to dissolve, voted at a meeting, records the step of the
 * organisation's open case (one path: the same verdict as the vote typed in by hand); a corrected
 * tally takes the amended charter out of force again.
 */
class OrganisationCaseMeetingTest {

    @TempDir
    Path dir;

    static void seat(AppContext ctx, String tier, String role, int n) {
        for (int i = 1; i <= n; i++) {
            UnitDraft d = TestWorkspace.unit(tier + "单位" + i, TestWorkspace.legalPersonCode());
            d.tierId = tier;
            if (role != null) {
                d.people.add(new PersonDraft(role + i, "", role, LocalDate.of(2025, 1, 1), null, "", ""));
            }
            assertTrue(ctx.roster().save(d).saved());
        }
    }

    /** A meeting of the body on the day, {@code present} of its seats there, the motion put and voted. */
    static long vote(AppContext ctx, String body, LocalDate day, MotionKind kind, int present, int yes) {
        long meeting = ctx.meetings().save(new MeetingDraft(null, body, null, day, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(meeting);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                    i < present ? AttendanceStatus.PRESENT : AttendanceStatus.LEAVE, null, null));
        }
        ctx.meetings().recordAttendance(meeting, in);
        MotionService.Added added = ctx.motions().add(meeting, new MotionDraft("议题", kind, null, null, null, null, null, false));
        assertTrue(added.problems().isEmpty(), added.problems().toString());
        ctx.motions().recordTotals(added.itemId(), yes, present - yes, 0);
        return added.itemId();
    }

    @Test
    void cceaaPresidiumMeetingsRecordTheFirstThenTheSecondPresidiumStep() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cceaa")) {
            seat(ctx, "presidium-member", null, 6);
            long c = OrganisationCaseTest.open(ctx, ProcedureKind.DISSOLUTION, LocalDate.of(2026, 9, 1), "cceaa");
            // 第十七条: 4 of 6 seated (5 present) is 过半数主席团成员
            long item = vote(ctx, "presidium", LocalDate.of(2026, 9, 10), MotionKind.DISSOLVE, 5, 4);
            CaseView v = ctx.cases().load(c);
            assertEquals(StepDecision.APPROVED, v.steps().get(0).decision());
            assertEquals(item, v.steps().get(0).agendaItemId());
            assertNull(v.steps().get(2).decision(), "the confirmation is the second presidium step, still open");
            ctx.caseSteps().record(c, "annual-meeting-vote", LocalDate.of(2026, 10, 1), "年会", null, null,
                    new CaseSteps.Vote(30, 20, 11, 9, 0));
            // 第十八条 审定: 3 of 6 seated is only half — the same verdict as typing 3 yes in by hand
            vote(ctx, "presidium", LocalDate.of(2026, 10, 20), MotionKind.DISSOLVE, 5, 3);
            v = ctx.cases().load(c);
            assertEquals(StepDecision.REJECTED, v.steps().get(2).decision());
            assertEquals(CaseStatus.REFUSED, v.status());

            long byHand = OrganisationCaseTest.open(ctx, ProcedureKind.DISSOLUTION, LocalDate.of(2026, 11, 1), "cceaa");
            ctx.caseSteps().record(byHand, "presidium-motion", LocalDate.of(2026, 11, 2), "主席团", null, null,
                    new CaseSteps.Vote(6, 5, 3, 2, 0));
            assertEquals(CaseStatus.REFUSED, ctx.cases().load(byHand).status(), "one path: by hand as by motion");
        }
    }

    @Test
    void hengshuiAmendmentInForceFromTheMeetingUntilItsTallyIsCorrected() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            seat(ctx, "member", "理事", 6);
            String original = ctx.charter().orElseThrow().organisation().name();
            long c = OrganisationCaseTest.open(ctx, ProcedureKind.AMENDMENT, LocalDate.of(2026, 9, 1), "hengshui-tech");
            LocalDate day = LocalDate.of(2026, 9, 15);
            long item = vote(ctx, "council", day, MotionKind.AMEND_CHARTER, 6, 4);
            assertEquals(StepDecision.APPROVED, ctx.cases().load(c).steps().get(0).decision());
            assertEquals(original + "（修订）", OrganisationCaseTest.nameOn(ctx, day), "第二十九条: in force from the vote");
            assertEquals(original, OrganisationCaseTest.nameOn(ctx, day.minusDays(1)));

            ctx.motions().correct(item, 3, 3, 0, "计票有误");
            CaseView v = ctx.cases().load(c);
            assertEquals(StepDecision.REJECTED, v.steps().get(0).decision());
            assertEquals(CaseStatus.REFUSED, v.status());
            assertEquals(original, OrganisationCaseTest.nameOn(ctx, OrganisationCaseTest.LATER), "taken out of force");
            assertNotNull(v.outcome());
        }
    }

    @Test
    void anAssemblyVoteBeforeTheCouncilsDraftIsNotTakenAsTheCasesStep() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            seat(ctx, "member", null, 6);
            long c = OrganisationCaseTest.open(ctx, ProcedureKind.AMENDMENT, LocalDate.of(2026, 9, 1), "xinxiang-cbec");
            vote(ctx, "assembly", LocalDate.of(2026, 9, 20), MotionKind.AMEND_CHARTER, 6, 4);
            CaseView v = ctx.cases().load(c);
            assertNull(v.steps().get(0).decision(), "第八条（二）: the council's draft is not assumed");
            assertNull(v.steps().get(1).decision());
            assertEquals(CaseStatus.OPEN, v.status());
        }
    }
}

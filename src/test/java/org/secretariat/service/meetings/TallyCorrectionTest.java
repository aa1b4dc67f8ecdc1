package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Verdict;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * A mistyped tally corrected within its meeting: the first tally's roster change is put back and the
 * corrected tally's verdict (by the same rule as any vote) applied, in one transaction, on the record.
 */
class TallyCorrectionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private AppContext ctx;
    private long applicant;
    private long meeting;

    private long setUp() throws Exception {
        ctx = TestWorkspace.open(dir, "hengshui-tech");
        for (int i = 1; i <= 6; i++) {
            UnitDraft d = TestWorkspace.unit("技工学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", DAY.minusYears(1), null, "", ""));
            ctx.roster().save(d);
        }
        UnitDraft a = TestWorkspace.unit("衡水申请学校", TestWorkspace.legalPersonCode());
        a.status = MemberStatus.APPLYING;
        applicant = ctx.roster().save(a).id();
        meeting = ctx.meetings().save(new MeetingDraft(null, "council", "第一届理事会第二次会议", DAY, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(meeting);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        m.seats().forEach(x -> in.add(new MeetingService.AttendanceInput(x.attendanceId(), AttendanceStatus.PRESENT, null, null)));
        ctx.meetings().recordAttendance(meeting, in);
        return ctx.motions().add(meeting, new MotionDraft("审议衡水申请学校入盟申请", MotionKind.ADMIT, applicant, null, null, null,
                null, false)).itemId();
    }

    private MemberStatus status() {
        return ctx.roster().draft(applicant).orElseThrow().status;
    }

    private MeetingView.Item item(MeetingView v) {
        return v.agenda().get(0);
    }

    @Test
    void theConfirmationNamesTheChangeAndOnlyWhenTheTallyPasses() throws Exception {
        long item = setUp();
        try {
            MotionService.Preview pass = ctx.motions().preview(item, 4, 2, 0);
            assertTrue(pass.passed());
            assertEquals("接纳「衡水申请学校」为成员单位", pass.change().orElseThrow());
            MotionService.Preview fail = ctx.motions().preview(item, 3, 3, 0);
            assertTrue(!fail.passed() && fail.change().isEmpty());
            assertEquals(MemberStatus.APPLYING, status(), "a preview changes nothing");
        } finally {
            ctx.close();
        }
    }

    @Test
    void aCorrectionThatTurnsPassIntoFailPutsTheUnitBackAndFailIntoPassAdmitsIt() throws Exception {
        long item = setUp();
        try {
            ctx.motions().recordTotals(item, 4, 2, 0);
            assertEquals(MemberStatus.MEMBER, status());
            assertTrue(ctx.roster().draft(applicant).orElseThrow().joinDate != null);

            MeetingView failed = ctx.motions().correct(item, 3, 3, 0, "误将一张反对票录为赞成");
            assertEquals(Verdict.FAILED, item(failed).verdict());
            assertEquals(3, item(failed).yes());
            assertNull(item(failed).effectNote());
            assertTrue(item(failed).correctionNote().contains("原表决：赞成 4 票，反对 2 票"), item(failed).correctionNote());
            assertTrue(item(failed).correctionNote().contains("误将一张反对票录为赞成"));
            assertEquals(MemberStatus.APPLYING, status(), "pass → fail reverses the admission");
            assertNull(ctx.roster().draft(applicant).orElseThrow().joinDate);

            MeetingView passed = ctx.motions().correct(item, 5, 1, 0, "按计票单核对");
            assertEquals(Verdict.PASSED, item(passed).verdict());
            assertTrue(item(passed).effectNote().contains("入会"), item(passed).effectNote());
            assertEquals(MemberStatus.MEMBER, status(), "fail → pass admits by the same rule");

            List<AuditEntry> trail = ctx.database().fromTransaction(s -> ctx.audit().history(s, MeetingService.ENTITY, meeting));
            List<String> resolutions = trail.stream().filter(e -> e.getAction().equals("RESOLUTION"))
                    .map(AuditEntry::getDetails).toList();
            assertTrue(resolutions.stream().anyMatch(d -> d.contains("PASSED 4/2/0") && !d.contains("correction")), resolutions.toString());
            assertTrue(resolutions.stream().anyMatch(d -> d.contains("correction: 误将一张反对票录为赞成")), resolutions.toString());
            assertTrue(resolutions.stream().anyMatch(d -> d.contains("FAILED 3/3/0")), resolutions.toString());
            assertTrue(resolutions.stream().anyMatch(d -> d.contains("PASSED 5/1/0")), resolutions.toString());
            List<AuditEntry> unit = ctx.roster().history(applicant);
            assertTrue(unit.stream().anyMatch(e -> e.getDetails().contains("更正表决：误将一张反对票录为赞成")), "the unit's history says why");
        } finally {
            ctx.close();
        }
    }

    @Test
    void aCorrectionThatFailsChangesNothing() throws Exception {
        long item = setUp();
        try {
            ctx.motions().recordTotals(item, 4, 2, 0);
            int entries = ctx.database().fromTransaction(s -> ctx.audit().history(s, MeetingService.ENTITY, meeting)).size();
            // the reversal runs first; the new tally (7 votes, 6 present) is then refused: all of it rolls back
            assertThrows(IllegalArgumentException.class, () -> ctx.motions().correct(item, 5, 2, 0, "多录一票"));
            assertEquals(MemberStatus.MEMBER, status());
            MeetingView v = ctx.meetings().load(meeting);
            assertEquals(Verdict.PASSED, item(v).verdict());
            assertEquals(4, item(v).yes());
            assertNull(item(v).correctionNote());
            assertEquals(entries, ctx.database().fromTransaction(s -> ctx.audit().history(s, MeetingService.ENTITY, meeting)).size());
            assertThrows(IllegalArgumentException.class, () -> ctx.motions().correct(item, 3, 3, 0, " "), "a reason is required");
        } finally {
            ctx.close();
        }
    }
}

package org.secretariat.service.meetings;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.i18n.Messages;

class ObligationServiceTest {

    @TempDir
    Path dir;

    private static List<String> due(AppContext ctx) {
        Messages zh = Messages.forLanguage("zh");
        return ctx.obligations().due().stream().map(d -> zh.get(d.what()) + " " + d.article()).toList();
    }

    private static void hold(AppContext ctx, String body, LocalDate on) {
        long id = ctx.meetings().save(new MeetingDraft(null, body, null, on, null, null, null, MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(id);
        ctx.meetings().recordAttendance(id, m.seats().stream().map(s -> new MeetingService.AttendanceInput(
                s.attendanceId(), AttendanceStatus.PRESENT, null, null)).toList());
    }

    @Test
    void aBodyThatMustMeetYearlyIsDueUntilItHasMetThisYear() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            assertTrue(due(ctx).contains("理事会2026年已召开 0 次，章程要求每年至少 1 次 第十五条"), due(ctx).toString());
            hold(ctx, "council", LocalDate.of(2025, 12, 30));
            assertTrue(due(ctx).stream().anyMatch(s -> s.startsWith("理事会2026年")), "last year's meeting does not count");
            hold(ctx, "council", LocalDate.of(2026, 3, 1));
            assertTrue(due(ctx).stream().noneMatch(s -> s.startsWith("理事会")), due(ctx).toString());
        }
    }

    @Test
    void anExtraJointMeetingBecomesDueWhenTwoUnitsHaveProposedIt() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long a = ctx.roster().save(TestWorkspace.unit("某县人民政府", "")).id();
            long b = ctx.roster().save(TestWorkspace.unit("某开发区管委会", "")).id();
            LocalDate day = LocalDate.of(2026, 9, 1);
            ctx.obligations().propose("joint-meeting", a, day, "对接会");
            ctx.obligations().propose("joint-meeting", a, day.plusDays(1), "再次提议");
            assertTrue(due(ctx).stream().noneMatch(s -> s.contains("临时会议")), "one unit twice is one proposer");
            ctx.obligations().propose("joint-meeting", b, day.plusDays(2), null);
            List<String> now = due(ctx).stream().filter(s -> s.contains("临时会议")).toList();
            assertEquals(1, now.size(), due(ctx).toString());
            assertTrue(now.get(0).contains("已有 2 个成员单位提议") && now.get(0).endsWith("第一条"), now.get(0));
            hold(ctx, "joint-meeting", day.plusDays(10));
            assertTrue(due(ctx).stream().noneMatch(s -> s.contains("临时会议")), "held: proposals are answered");
        }
    }
}

package org.secretariat.service.charters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Verdict;
import org.secretariat.i18n.Messages;
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
 * The charter in force on a date (issue 19): 衡水's 理事会 decides by 到会理事 2/3 以上 (第十五条); an
 * amendment in force from 2026-12-01 raises it to 3/4. Four votes of six present pass a meeting
 * held before that day and fail one held after it; the earlier meeting keeps its verdict when it
 * is judged again, and a unit admitted under the amended charter says so on its history.
 */
class CharterInForceTest {

    private static final LocalDate IN_FORCE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void anAmendedCharterChangesALaterVerdictButNotAnEarlierOne() throws Exception {
        try (AppContext ctx = TestWorkspace.openOn(dir, "hengshui-tech", LocalDate.of(2026, 12, 20))) {
            sixDirectors(ctx);
            long before = motionAt(ctx, LocalDate.of(2026, 11, 20), "年度工作计划", MotionKind.GENERAL, null);
            bringIntoForce(ctx, amended(), IN_FORCE);
            long after = motionAt(ctx, LocalDate.of(2026, 12, 10), "年度工作计划", MotionKind.GENERAL, null);

            MeetingView.Item early = ctx.motions().recordTotals(before, 4, 2, 0).agenda().get(0);
            MeetingView.Item late = ctx.motions().recordTotals(after, 4, 2, 0).agenda().get(0);
            assertEquals(Verdict.PASSED, early.verdict(), "2/3 was the rule on 2026-11-20: " + early.verdictNote());
            assertEquals(Verdict.FAILED, late.verdict(), "3/4 is the rule from 2026-12-01: " + late.verdictNote());
            assertTrue(late.verdictNote().contains("3/4") || late.verdictNote().contains("四分之三"), late.verdictNote());
            assertTrue(ctx.motions().preview(before, 4, 2, 0).passed(), "judged again, the earlier meeting keeps its rule");
            assertEquals("2/3", ctx.motions().ruleFor(before).fraction().toString());
            assertEquals("3/4", ctx.motions().ruleFor(after).fraction().toString());
            assertEquals("3/4", ctx.charterHistory().get().body("council").orElseThrow().ownResolution().orElseThrow()
                    .fraction().toString(), "today's charter is the amended one");
        }
    }

    @Test
    void aUnitAdmittedUnderTheAmendedCharterSaysSoOnItsHistory() throws Exception {
        try (AppContext ctx = TestWorkspace.openOn(dir, "hengshui-tech", LocalDate.of(2026, 12, 20))) {
            sixDirectors(ctx);
            UnitDraft applicant = TestWorkspace.unit("衡水申请学校", TestWorkspace.legalPersonCode());
            applicant.status = MemberStatus.APPLYING;
            long unit = ctx.roster().save(applicant).id();
            bringIntoForce(ctx, amended(), IN_FORCE);
            long item = motionAt(ctx, LocalDate.of(2026, 12, 10), "接纳衡水申请学校", MotionKind.ADMIT, unit);
            MeetingView.Item voted = ctx.motions().recordTotals(item, 5, 1, 0).agenda().get(0);
            assertEquals(Verdict.PASSED, voted.verdict(), voted.verdictNote());
            String history = ctx.timeline().of(unit).stream().map(e -> Messages.chinese(e.what())).toList().toString();
            assertTrue(history.contains("2026年12月1日起施行的修订本"), history);
        }
    }

    /** Six member schools, each with its 理事: the 理事会's seats. */
    private static void sixDirectors(AppContext ctx) {
        for (int i = 1; i <= 6; i++) {
            UnitDraft d = TestWorkspace.unit("学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", LocalDate.of(2025, 1, 1), null, "", ""));
            assertTrue(ctx.roster().save(d).saved());
        }
    }

    /** 衡水's profile with the 理事会's resolution rule raised from 2/3 to 3/4. */
    static String amended() throws Exception {
        String text = Files.readString(Path.of("charters", "hengshui-tech.yaml"));
        String was = String.join("\n", "    resolution:", "      fraction: 2/3", "      inclusive: true",
                "      base: present", "      article: 第十五条", "      wording: 其决议须经到会理事2/3以上表决通过方能生效");
        assertTrue(text.contains(was), "the council's rule as the shipped profile states it");
        return text.replace(was, was.replace("2/3", "3/4"));
    }

    /** An amendment case (the organisation's own) whose version is in force from {@code on}. */
    static void bringIntoForce(AppContext ctx, String text, LocalDate on) {
        CharterHistory history = ctx.charterHistory();
        assertEquals(List.of(), CharterHistory.check(text, "hengshui-tech"));
        ctx.database().inTransaction(s -> {
            MemberCase c = new MemberCase();
            c.setProcedureId("amendment");
            c.setKind("AMENDMENT");
            c.setUnitName("衡水市科技教育联盟");
            c.setOpenedOn(on.minusDays(20));
            s.persist(c);
            s.flush();
            history.propose(s, c.getId(), "理事会表决改为四分之三", text, on.minusDays(20));
            history.bringIntoForce(s, c.getId(), on);
            c.close(CaseStatus.COMPLETED, on, "修改后的章程施行");
        });
    }

    private static long motionAt(AppContext ctx, LocalDate day, String title, MotionKind kind, Long unit) {
        long meeting = ctx.meetings().save(new MeetingDraft(null, "council", null, day, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(meeting);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        m.seats().forEach(x -> in.add(new MeetingService.AttendanceInput(x.attendanceId(), AttendanceStatus.PRESENT, null, null)));
        ctx.meetings().recordAttendance(meeting, in);
        MotionService.Added added = ctx.motions().add(meeting, new MotionDraft(title, kind, unit, null, null, null, null, false));
        assertTrue(added.problems().isEmpty(), added.problems().toString());
        return added.itemId();
    }
}

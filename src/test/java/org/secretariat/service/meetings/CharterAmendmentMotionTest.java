package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secretariat.charter.CharterLoader;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Verdict;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * Amending the charter and dissolving the organisation, put to each profile's bodies through
 * MotionService (the path every vote takes), at the boundary of each procedure step's vote rule:
 * 以上 includes the number, 过半数 does not (Civil Code art. 1259); the verdict cites the article.
 * 联席会议's charter states neither: the motion is refused with the profile's reading.
 */
class CharterAmendmentMotionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} {2}: {7} yes, {6} present of {5} seated → {8}")
    @CsvSource({
        // 新乡 第二十二条: 会员大会 passes, no ratio stated → default 过半数 of those present (3 of 6 fails)
        "xinxiang-cbec, assembly, AMEND_CHARTER, member, -, 6, 6, 4, true, 第二十二条",
        "xinxiang-cbec, assembly, AMEND_CHARTER, member, -, 6, 6, 3, false, 第二十二条",
        // 第八条（二）: the 理事会 drafts it, 出席三分之二以上 (4 of 6 is exactly 2/3)
        "xinxiang-cbec, council, AMEND_CHARTER, council-unit, 理事, 6, 6, 4, true, 第八条",
        "xinxiang-cbec, council, AMEND_CHARTER, council-unit, 理事, 6, 6, 3, false, 第八条",
        // 第十八条: 理事会 proposes (第八条), 联盟大会 votes (default 过半数)
        "xinxiang-cbec, council, DISSOLVE, council-unit, 理事, 6, 6, 4, true, 第十八条",
        "xinxiang-cbec, council, DISSOLVE, council-unit, 理事, 6, 6, 3, false, 第十八条",
        "xinxiang-cbec, assembly, DISSOLVE, member, -, 6, 6, 4, true, 第十八条",
        "xinxiang-cbec, assembly, DISSOLVE, member, -, 6, 6, 3, false, 第十八条",
        // CCEAA 第二十条 / 第十七、十八条: 主席团 by 第八条（一）'s 过半数主席团成员 — all members are the base,
        // so 3 yes of 5 present fails with 6 seated
        "cceaa, presidium, AMEND_CHARTER, presidium-member, -, 6, 5, 4, true, 第二十条",
        "cceaa, presidium, AMEND_CHARTER, presidium-member, -, 6, 5, 3, false, 第二十条",
        "cceaa, presidium, DISSOLVE, presidium-member, -, 6, 5, 4, true, 第十七条",
        "cceaa, presidium, DISSOLVE, presidium-member, -, 6, 5, 3, false, 第十七条",
        "cceaa, annual-meeting, DISSOLVE, ordinary, -, 6, 6, 4, true, 第十八条",
        "cceaa, annual-meeting, DISSOLVE, ordinary, -, 6, 6, 3, false, 第十八条",
        // CERRA 第十五條(二)/第三十二條 with 第十六條: 到场半数以上（含）, exactly half passes
        "cerra, presidium, AMEND_CHARTER, presidium-unit, 副主席, 6, 6, 3, true, 第十五條(二)",
        "cerra, presidium, AMEND_CHARTER, presidium-unit, 副主席, 6, 6, 2, false, 第十五條(二)",
        "cerra, presidium, DISSOLVE, presidium-unit, 副主席, 6, 6, 3, true, 第三十二條",
        "cerra, presidium, DISSOLVE, presidium-unit, 副主席, 6, 6, 2, false, 第三十二條",
        // 衡水 第三十条 / 第二十七条 with 第十五条: 到会理事 2/3 以上
        "hengshui-tech, council, AMEND_CHARTER, member, 理事, 6, 6, 4, true, 第三十条",
        "hengshui-tech, council, AMEND_CHARTER, member, 理事, 6, 6, 3, false, 第三十条",
        "hengshui-tech, council, DISSOLVE, member, 理事, 6, 6, 4, true, 第二十七条",
        "hengshui-tech, council, DISSOLVE, member, 理事, 6, 6, 3, false, 第二十七条",
    })
    void theVoteIsJudgedByTheProceduresRuleAtItsBoundary(String charter, String body, MotionKind kind, String tier,
                                                         String role, int seated, int present, int yes, boolean passes,
                                                         String article) throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, charter)) {
            for (int i = 1; i <= seated; i++) {
                UnitDraft d = TestWorkspace.unit("单位" + i, TestWorkspace.legalPersonCode());
                d.tierId = tier;
                if (!"-".equals(role)) {
                    d.people.add(new PersonDraft(role + i, "", role, DAY.minusYears(1), null, "", ""));
                }
                assertTrue(ctx.roster().save(d).saved());
            }
            long meeting = ctx.meetings().save(new MeetingDraft(null, body, null, DAY, "09:00", "会议室", "秘书处",
                    MeetingKind.REGULAR, null));
            MeetingView m = ctx.meetings().load(meeting);
            assertEquals(seated, m.seats().size(), "seats of " + body);
            List<MeetingService.AttendanceInput> in = new ArrayList<>();
            for (int i = 0; i < m.seats().size(); i++) {
                in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                        i < present ? AttendanceStatus.PRESENT : AttendanceStatus.LEAVE, null, null));
            }
            ctx.meetings().recordAttendance(meeting, in);
            MotionService.Added added = ctx.motions().add(meeting,
                    new MotionDraft("议题：" + kind, kind, null, null, null, null, null, false));
            assertTrue(added.problems().isEmpty(), added.problems().toString());
            MeetingView.Item item = ctx.motions().recordTotals(added.itemId(), yes, present - yes, 0).agenda().get(0);
            assertEquals(passes ? Verdict.PASSED : Verdict.FAILED, item.verdict(), item.verdictNote());
            assertTrue(item.verdictNote().contains(article), item.verdictNote());
            if (passes) {
                assertNotNull(item.effectNote(), "a passed amendment or dissolution says what remains");
            } else {
                assertNull(item.effectNote());
            }
        }
    }

    @Test
    void aStepTheCharterLeavesWithoutARatioSaysTheDefaultApplies() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            for (int i = 1; i <= 4; i++) {
                assertTrue(ctx.roster().save(TestWorkspace.unit("单位" + i, TestWorkspace.legalPersonCode())).saved());
            }
            long meeting = ctx.meetings().save(new MeetingDraft(null, "assembly", null, DAY, "09:00", "会议室", "秘书处",
                    MeetingKind.REGULAR, null));
            long item = ctx.motions().add(meeting, new MotionDraft("修改章程", MotionKind.AMEND_CHARTER, null, null, null,
                    null, null, false)).itemId();
            var rule = ctx.motions().ruleFor(item);
            assertTrue(rule.citation().isDefault(), "第二十二条 sets no majority: the profile's stated default");
            assertEquals("第二十二条（比例未规定）", rule.citation().article());
        }
    }

    @Test
    void theOutsideStepsRemainAfterTheDecidingVote() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 3; i++) {
                UnitDraft d = TestWorkspace.unit("学校" + i, TestWorkspace.legalPersonCode());
                d.people.add(new PersonDraft("理事" + i, "", "理事", DAY.minusYears(1), null, "", ""));
                ctx.roster().save(d);
            }
            long meeting = ctx.meetings().save(new MeetingDraft(null, "council", null, DAY, "09:00", "会议室", "秘书处",
                    MeetingKind.REGULAR, null));
            MeetingView m = ctx.meetings().load(meeting);
            List<MeetingService.AttendanceInput> in = new ArrayList<>();
            m.seats().forEach(x -> in.add(new MeetingService.AttendanceInput(x.attendanceId(), AttendanceStatus.PRESENT, null, null)));
            ctx.meetings().recordAttendance(meeting, in);
            long item = ctx.motions().add(meeting, new MotionDraft("终止联盟", MotionKind.DISSOLVE, null, null, null, null,
                    null, false)).itemId();
            String effect = ctx.motions().recordTotals(item, 3, 0, 0).agenda().get(0).effectNote();
            assertTrue(effect.contains("报市人社局备案（第二十七条）"), effect);
        }
    }

    /** A meeting of {@code body} on {@code day} with every seat present; the motion passed unanimously: its effect note. */
    private static String passAt(AppContext ctx, String body, LocalDate day, MotionKind kind) {
        long meeting = ctx.meetings().save(new MeetingDraft(null, body, null, day, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(meeting);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        m.seats().forEach(x -> in.add(new MeetingService.AttendanceInput(x.attendanceId(), AttendanceStatus.PRESENT, null, null)));
        ctx.meetings().recordAttendance(meeting, in);
        MotionService.Added added = ctx.motions().add(meeting, new MotionDraft("终止联盟", kind, null, null, null, null, null, false));
        assertTrue(added.problems().isEmpty(), added.problems().toString());
        MeetingView.Item item = ctx.motions().recordTotals(added.itemId(), m.seats().size(), 0, 0).agenda().get(0);
        assertEquals(Verdict.PASSED, item.verdict(), item.verdictNote());
        return item.effectNote();
    }

    @Test
    void cceaaPresidiumMovesThenTheAnnualMeetingVotesThenThePresidiumConfirms() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cceaa")) {
            for (int i = 1; i <= 3; i++) {
                UnitDraft d = TestWorkspace.unit("主席团单位" + i, TestWorkspace.legalPersonCode());
                d.tierId = "presidium-member";
                assertTrue(ctx.roster().save(d).saved());
            }
            String moved = passAt(ctx, "presidium", DAY, MotionKind.DISSOLVE);
            assertTrue(moved.contains("年会表决通过（第十八条）") && moved.contains("报主席团审定通过"), moved);
            String voted = passAt(ctx, "annual-meeting", DAY.plusDays(30), MotionKind.DISSOLVE);
            assertTrue(voted.startsWith("待办：报主席团审定通过"), voted);
            String confirmed = passAt(ctx, "presidium", DAY.plusDays(40), MotionKind.DISSOLVE);
            assertTrue(confirmed.contains("最后一步"), confirmed);
        }
    }

    @Test
    void aBodyTheProcedureGivesNoVoteIsRefused() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long meeting = ctx.meetings().save(new MeetingDraft(null, "secretariat", null, DAY, "09:00", "会议室", "秘书处",
                    MeetingKind.REGULAR, null));
            MotionService.Added added = ctx.motions().add(meeting, new MotionDraft("修改章程", MotionKind.AMEND_CHARTER,
                    null, null, null, null, null, false));
            assertNull(added.itemId());
            assertTrue(Messages.chinese(added.problems().get(0)).contains("第二十二条"),
                    Messages.chinese(added.problems().get(0)));
        }
    }

    @Test
    void countyJointStatesNeitherSoTheMotionIsRefusedAndNotOffered() throws Exception {
        var profile = new CharterLoader().load(Path.of("charters", "county-joint.yaml"));
        assertFalse(MotionService.offers(profile, MotionKind.AMEND_CHARTER));
        assertFalse(MotionService.offers(profile, MotionKind.DISSOLVE));
        assertTrue(MotionService.offers(profile, MotionKind.EXPEL));
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long meeting = ctx.meetings().save(new MeetingDraft(null, "joint-meeting", null, DAY, "09:00", "会议室", "秘书处",
                    MeetingKind.REGULAR, null));
            for (MotionKind k : List.of(MotionKind.AMEND_CHARTER, MotionKind.DISSOLVE)) {
                MotionService.Added added = ctx.motions().add(meeting, new MotionDraft("议题", k, null, null, null, null,
                        null, false));
                assertNull(added.itemId());
                String text = Messages.chinese(added.problems().get(0));
                assertTrue(text.startsWith("本章程没有规定") && text.contains("应用不提供"), text);
            }
        }
    }
}

package org.secretariat.service.meetings;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Verdict;
import org.secretariat.domain.VoteChoice;
import org.secretariat.i18n.Messages;

class MeetingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    /** A unit whose representative holds {@code role} from {@code start} to {@code end}. */
    private static long unitWithOfficer(AppContext ctx, String name, String tier, MemberStatus status, String person,
                                        String role, LocalDate start, LocalDate end) {
        UnitDraft d = TestWorkspace.unit(name, TestWorkspace.legalPersonCode());
        d.tierId = tier;
        d.status = status;
        if (person != null) {
            d.people.add(new PersonDraft(person, "", role, start, end, "", ""));
        }
        var r = ctx.roster().save(d);
        assertTrue(r.saved(), r.problems().toString());
        return r.id();
    }

    private static long meeting(AppContext ctx, String body) {
        return ctx.meetings().save(new MeetingDraft(null, body, null, DAY, "09:00", "会议室", "秘书处", MeetingKind.REGULAR, null));
    }

    /** Marks the first {@code present} seats present and the rest on leave. */
    private static MeetingView attend(AppContext ctx, long meetingId, int present) {
        MeetingView m = ctx.meetings().load(meetingId);
        List<MeetingService.AttendanceInput> in = new java.util.ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                    i < present ? AttendanceStatus.PRESENT : AttendanceStatus.LEAVE, null, null));
        }
        return ctx.meetings().recordAttendance(meetingId, in);
    }

    @Test
    void seatsAreTheOfficeHoldersWhoseTermCoversTheMeetingDate() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 5; i++) {
                unitWithOfficer(ctx, "学校" + i, "member", MemberStatus.MEMBER, "理事" + i, "理事", DAY.minusYears(1), null);
            }
            unitWithOfficer(ctx, "任期已满单位", "member", MemberStatus.MEMBER, "老理事", "理事",
                    LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31));
            unitWithOfficer(ctx, "已退出单位", "member", MemberStatus.WITHDRAWN, "退出理事", "理事", DAY.minusYears(1), null);
            unitWithOfficer(ctx, "联络员单位", "member", MemberStatus.MEMBER, "联络员甲", "联络员", DAY.minusYears(1), null);
            List<String> seated = ctx.meetings().seats("council", DAY).stream().map(s -> s.personName()).toList();
            assertEquals(List.of("理事1", "理事2", "理事3", "理事4", "理事5"), seated);
            long id = meeting(ctx, "council");
            MeetingView m = attend(ctx, id, 3);
            assertEquals(5, m.quorum().seated());
            assertEquals(4, m.quorum().required(), "2/3 of 5 is 3.33, so 4");
            org.junit.jupiter.api.Assertions.assertFalse(m.quorum().met());
        }
    }

    @Test
    void theQuorumLineSaysHowManyMoreAreNeeded() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 20; i++) {
                unitWithOfficer(ctx, "学校" + i, "member", MemberStatus.MEMBER, "理事" + i, "理事", DAY.minusYears(1), null);
            }
            long id = meeting(ctx, "council");
            Messages zh = Messages.forLanguage("zh");
            MeetingView short1 = attend(ctx, id, 12);
            assertEquals("出席 12 / 应到 20，需 14（第十五条：三分之二以上）— 未达到，还差 2 人",
                    zh.get(MeetingService.quorumLine(ctx.meetings().body("council"), short1.quorum())));
            MeetingView ok = attend(ctx, id, 14);
            assertTrue(zh.get(MeetingService.quorumLine(ctx.meetings().body("council"), ok.quorum())).startsWith("出席 14 / 应到 20，需 14"));
            assertTrue(zh.get(MeetingService.quorumLine(ctx.meetings().body("council"), ok.quorum())).endsWith("— 达到"));
        }
    }

    @Test
    void aPassedAdmissionResolutionMakesTheApplicantAMemberInTheSameTransaction() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                unitWithOfficer(ctx, "学校" + i, "member", MemberStatus.MEMBER, "理事" + i, "理事", DAY.minusYears(1), null);
            }
            long applicant = unitWithOfficer(ctx, "衡水某某技工学校", "member", MemberStatus.APPLYING, null, null, null, null);
            long id = meeting(ctx, "council");
            attend(ctx, id, 6);
            var added = ctx.motions().add(id, new MotionDraft("审议衡水某某技工学校入盟申请", MotionKind.ADMIT, applicant,
                    null, null, null, null, false));
            assertTrue(added.problems().isEmpty(), added.problems().toString());
            MeetingView after = ctx.motions().recordTotals(added.itemId(), 4, 1, 1);
            MeetingView.Item item = after.agenda().get(0);
            assertEquals(Verdict.PASSED, item.verdict());
            assertEquals("赞成 4 票，需 4 票（第十五条：三分之二以上，以出席 6 人计）— 通过", item.verdictNote());
            UnitDraft unit = ctx.roster().draft(applicant).orElseThrow();
            assertEquals(MemberStatus.MEMBER, unit.status);
            assertEquals(DAY, unit.joinDate);
            var history = ctx.roster().history(applicant);
            assertEquals("RESOLUTION", history.get(0).getAction());
            assertTrue(history.get(0).getDetails().contains("理事会会议（2026年6月18日）第1项"), history.get(0).getDetails());
        }
    }

    @Test
    void aFailedResolutionRecordsWhyAndChangesNothing() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            for (int i = 1; i <= 6; i++) {
                unitWithOfficer(ctx, "学校" + i, "member", MemberStatus.MEMBER, "理事" + i, "理事", DAY.minusYears(1), null);
            }
            long applicant = unitWithOfficer(ctx, "申请单位", "member", MemberStatus.APPLYING, null, null, null, null);
            long id = meeting(ctx, "council");
            attend(ctx, id, 6);
            long item = ctx.motions().add(id, new MotionDraft("入盟", MotionKind.ADMIT, applicant, null, null, null, null,
                    false)).itemId();
            MeetingView after = ctx.motions().recordTotals(item, 3, 3, 0);
            assertEquals(Verdict.FAILED, after.agenda().get(0).verdict());
            assertTrue(after.agenda().get(0).verdictNote().endsWith("— 未通过"));
            assertNull(after.agenda().get(0).effectNote());
            assertEquals(MemberStatus.APPLYING, ctx.roster().draft(applicant).orElseThrow().status);
        }
    }

    @Test
    void cerraPassesAtExactlyHalfOfThosePresentVotingByName() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            for (int i = 1; i <= 6; i++) {
                unitWithOfficer(ctx, "主席团单位" + i, "presidium-unit", MemberStatus.MEMBER, "副主席" + i, "副主席", DAY.minusYears(1), null);
            }
            long applicant = unitWithOfficer(ctx, "申请单位", "member", MemberStatus.APPLYING, null, null, null, null);
            long id = meeting(ctx, "presidium");
            MeetingView m = attend(ctx, id, 4); // 4 of 6 = 2/3 exactly: quorum 第十六條
            assertTrue(m.quorum().met());
            long item = ctx.motions().add(id, new MotionDraft("批准入盟", MotionKind.ADMIT, applicant, null, null, null,
                    null, true)).itemId();
            Map<Long, VoteChoice> votes = new HashMap<>();
            votes.put(m.seats().get(0).attendanceId(), VoteChoice.YES);
            votes.put(m.seats().get(1).attendanceId(), VoteChoice.YES);
            votes.put(m.seats().get(2).attendanceId(), VoteChoice.NO);
            votes.put(m.seats().get(3).attendanceId(), VoteChoice.ABSTAIN);
            MeetingView after = ctx.motions().recordByName(item, votes);
            assertEquals(Verdict.PASSED, after.agenda().get(0).verdict(), after.agenda().get(0).verdictNote());
            assertEquals(2, after.agenda().get(0).yes());
            assertEquals(MemberStatus.MEMBER, ctx.roster().draft(applicant).orElseThrow().status);
        }
    }

    @Test
    void motionsTheCharterDoesNotAllowAreRefusedWithTheArticle() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long member = unitWithOfficer(ctx, "普通会员", "member", MemberStatus.MEMBER, "张三", "理事", DAY.minusYears(1), null);
            long applicant = unitWithOfficer(ctx, "申请单位", "member", MemberStatus.APPLYING, null, null, null, null);
            long id = meeting(ctx, "council");
            Messages zh = Messages.forLanguage("zh");
            var vice = ctx.motions().add(id, new MotionDraft("晋升副理事长单位", MotionKind.UPGRADE, member, "vice-chair-unit",
                    null, null, null, false));
            assertTrue(zh.get(vice.problems().get(0)).contains("须已是理事单位"), zh.get(vice.problems().get(0)));
            assertTrue(zh.get(vice.problems().get(0)).contains("第十四条"), zh.get(vice.problems().get(0)));
            var admit = ctx.motions().add(id, new MotionDraft("入会", MotionKind.ADMIT, applicant, null, null, null, null, false));
            assertTrue(zh.get(admit.problems().get(0)).contains("不经会议表决"), zh.get(admit.problems().get(0)));
            var viceChair = ctx.motions().add(id, new MotionDraft("选举副理事长", MotionKind.ELECT_OFFICER, applicant, null,
                    "vice-chair", "李四", null, false));
            assertTrue(zh.get(viceChair.problems().get(0)).contains("副理事长须由理事中产生"), zh.get(viceChair.problems().get(0)));
        }
    }

    @Test
    void aTwoStepUpgradeChangesTheTierOnlyAfterTheLastBodyVotes() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            for (int i = 1; i <= 4; i++) {
                unitWithOfficer(ctx, "理事单位" + i, "council-unit", MemberStatus.MEMBER, "理事" + i, "理事", DAY.minusYears(1), null);
            }
            long member = unitWithOfficer(ctx, "普通会员单位甲", "member", MemberStatus.MEMBER, null, null, null, null);
            long council = meeting(ctx, "council");
            attend(ctx, council, 4);
            MotionDraft upgrade = new MotionDraft("同意成为理事单位", MotionKind.UPGRADE, member, "council-unit", null, null,
                    null, false);
            long first = ctx.motions().add(council, upgrade).itemId();
            MeetingView afterCouncil = ctx.motions().recordTotals(first, 2, 2, 0); // 第十一条 全体理事半数以上: 2 of 4
            assertEquals(Verdict.PASSED, afterCouncil.agenda().get(0).verdict());
            assertTrue(afterCouncil.agenda().get(0).effectNote().contains("尚需联盟代表大会表决"));
            assertEquals("member", ctx.roster().draft(member).orElseThrow().tierId);

            long assembly = meeting(ctx, "assembly");
            attend(ctx, assembly, 5);
            long second = ctx.motions().add(assembly, upgrade).itemId();
            MeetingView afterAssembly = ctx.motions().recordTotals(second, 3, 2, 0);
            assertEquals(Verdict.PASSED, afterAssembly.agenda().get(0).verdict(), afterAssembly.agenda().get(0).verdictNote());
            assertEquals("council-unit", ctx.roster().draft(member).orElseThrow().tierId);
        }
    }

    @Test
    void hengshuiOfficersMayServeAtMostTwoTerms() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            UnitDraft d = TestWorkspace.unit("衡水技师学院", "");
            d.people.add(new PersonDraft("王校长", "", "理事长", LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), "", ""));
            d.people.add(new PersonDraft("王校长", "", "理事长", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), "", ""));
            d.people.add(new PersonDraft("王校长", "", "理事", LocalDate.of(2021, 1, 1), null, "", ""));
            long unit = ctx.roster().save(d).id();
            long id = meeting(ctx, "council");
            var third = ctx.motions().add(id, new MotionDraft("选举理事长", MotionKind.ELECT_OFFICER, unit, null, "chair",
                    "王校长", null, false));
            String text = Messages.forLanguage("zh").get(third.problems().get(0));
            assertEquals("王校长已担任理事长 2 届，章程规定最多 2 届（第十九条）", text);
        }
    }
}

package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * An election is put only to the body the charter makes elect (or appoint) the office, and the
 * secretary is shown the nomination and qualifications to confirm — through MotionService.
 */
class ElectionMotionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);
    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private static long unit(AppContext ctx, String name, String tier, String person, String role) {
        UnitDraft d = TestWorkspace.unit(name, TestWorkspace.legalPersonCode());
        d.tierId = tier;
        d.status = MemberStatus.MEMBER;
        d.people.add(new PersonDraft(person, "", role, DAY.minusYears(1), null, "", ""));
        var r = ctx.roster().save(d);
        assertTrue(r.saved(), r.problems().toString());
        return r.id();
    }

    private static long meeting(AppContext ctx, String body) {
        return ctx.meetings().save(new MeetingDraft(null, body, null, DAY, "09:00", "会议室", "秘书处", MeetingKind.REGULAR, null));
    }

    private static MotionDraft elect(long unit, String office, String person) {
        return new MotionDraft("选举" + office, MotionKind.ELECT_OFFICER, unit, null, office, person, null, false);
    }

    private static List<String> zh(List<org.secretariat.i18n.Text> texts) {
        return texts.stream().map(ZH::get).toList();
    }

    @Test
    void countyJointSecretaryGeneralIsElectedByTheJointMeetingNotTheStandingCouncil() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long u = unit(ctx, "某县", "member", "赵六", "常务理事");
            var refused = ctx.motions().add(meeting(ctx, "standing-council"), elect(u, "secretary-general", "赵六"));
            assertEquals(List.of("秘书长由联席会议选举产生（第四、十三条），不能在本会议表决"), zh(refused.problems()));
            var added = ctx.motions().add(meeting(ctx, "joint-meeting"), elect(u, "secretary-general", "赵六"));
            assertTrue(added.problems().isEmpty(), zh(added.problems()).toString());
            assertNotNull(added.itemId());
            assertEquals(List.of("德才兼备（第四条）", "责任心强（第四条）", "身体健康（第四条）"),
                    zh(ctx.motions().electionChecklist(added.itemId())));
        }
    }

    @Test
    void hengshuiDirectorIsAppointedByTheCouncilNotTheStandingCouncil() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long u = unit(ctx, "衡水技师学院", "member", "王校长", "理事");
            var refused = ctx.motions().add(meeting(ctx, "standing-council"), elect(u, "director", "李老师"));
            assertEquals(List.of("理事由理事会任命（第十五条（七）、第十六条（六）），不能在本会议表决"), zh(refused.problems()));
        }
    }

    @Test
    void electingTheXinxiangSecretaryGeneralAsksForTheNominationAndQualificationBeforeRecording() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long first = 0;
            for (int i = 1; i <= 4; i++) {
                long u = unit(ctx, "理事单位" + i, "council-unit", "理事" + i, "理事");
                first = i == 1 ? u : first;
            }
            long council = meeting(ctx, "council");
            MeetingView m = ctx.meetings().load(council);
            List<MeetingService.AttendanceInput> in = new java.util.ArrayList<>();
            m.seats().forEach(s -> in.add(new MeetingService.AttendanceInput(s.attendanceId(), AttendanceStatus.PRESENT, null, null)));
            ctx.meetings().recordAttendance(council, in);
            var added = ctx.motions().add(council, elect(first, "secretary-general", "理事1"));
            assertTrue(added.problems().isEmpty(), zh(added.problems()).toString());
            List<String> expected = List.of("已由理事长提名或推荐（第七条）", "为理事长单位人员（第七条）");
            assertEquals(expected, zh(ctx.motions().electionChecklist(added.itemId())));
            MotionService.Preview passes = ctx.motions().preview(added.itemId(), 4, 0, 0);
            assertTrue(passes.passed());
            assertEquals(expected, zh(passes.checklist()));
            assertTrue(zh(ctx.motions().preview(added.itemId(), 1, 3, 0).checklist()).isEmpty(), "nothing to confirm when it fails");
        }
    }

    @Test
    void hengshuiChairChecklistIsArticleEighteen() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long u = unit(ctx, "衡水技师学院", "member", "王校长", "理事");
            var added = ctx.motions().add(meeting(ctx, "council"), elect(u, "chair", "王校长"));
            assertTrue(added.problems().isEmpty(), zh(added.problems()).toString());
            List<String> list = zh(ctx.motions().electionChecklist(added.itemId()));
            assertEquals(5, list.size(), list.toString());
            assertEquals("具有完全民事行为能力（第十八条（五））", list.get(4));
        }
    }
}

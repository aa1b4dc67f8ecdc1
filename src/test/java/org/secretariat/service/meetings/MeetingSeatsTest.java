package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.MeetingKind;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/** A planned meeting's seats follow the roster until it is held; a planned meeting can be deleted. */
class MeetingSeatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 18);

    @TempDir
    Path dir;

    private static long director(AppContext ctx, String unit, String person) {
        UnitDraft d = TestWorkspace.unit(unit, TestWorkspace.legalPersonCode());
        d.people.add(new PersonDraft(person, "", "理事", DAY.minusYears(1), null, "", ""));
        return ctx.roster().save(d).id();
    }

    private static long council(AppContext ctx) {
        return ctx.meetings().save(new MeetingDraft(null, "council", "第一届理事会第二次会议", DAY, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
    }

    @Test
    void aMeetingPlannedBeforeTheDirectorsWereEnteredSeatsThemWhenOpened() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            Messages zh = Messages.forLanguage("zh");
            long id = council(ctx);
            MeetingView empty = ctx.meetings().load(id);
            assertEquals(0, empty.seats().size());
            String line = zh.get(MeetingService.quorumLine(ctx.meetings().body("council"), empty.quorum()));
            assertTrue(line.contains("名册中还没有理事会的在任成员（第十五条）"), line);
            assertTrue(!line.contains("章程未规定"), line);

            director(ctx, "技工学校一", "张一");
            long second = director(ctx, "技工学校二", "李二");
            assertEquals(2, ctx.meetings().list().get(0).seated());
            MeetingView seated = ctx.meetings().load(id);
            assertEquals(2, seated.seats().size());
            assertEquals("应到人员已按名册更新：增加 张一（技工学校一，理事）、李二（技工学校二，理事）",
                    zh.get(seated.seatNote()));
            assertNull(ctx.meetings().load(id).seatNote(), "the note is said once");

            UnitDraft ended = ctx.roster().draft(second).orElseThrow();
            PersonDraft p = ended.people.get(0);
            ended.people.set(0, new PersonDraft(p.name(), p.title(), p.role(), p.termStart(), DAY.minusDays(1), p.phone(), p.email()));
            assertTrue(ctx.roster().save(ended).saved());
            MeetingView fewer = ctx.meetings().load(id);
            assertEquals(List.of("张一（技工学校一，理事）"), fewer.seats().stream().map(MeetingView.Seat::label).toList());
            assertEquals("应到人员已按名册更新：减少 李二（技工学校二，理事）", zh.get(fewer.seatNote()));
            List<AuditEntry> trail = ctx.database().fromTransaction(s -> ctx.audit().history(s, MeetingService.ENTITY, id));
            assertTrue(trail.stream().anyMatch(e -> e.getDetails().contains("李二")), "seat changes are audited");
        }
    }

    @Test
    void aHeldMeetingKeepsItsSeatsAndCannotBeDeleted() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            director(ctx, "技工学校一", "张一");
            long id = council(ctx);
            MeetingView m = ctx.meetings().load(id);
            ctx.meetings().recordAttendance(id, List.of(new MeetingService.AttendanceInput(
                    m.seats().get(0).attendanceId(), AttendanceStatus.PRESENT, null, null)));
            director(ctx, "技工学校二", "李二");
            MeetingView held = ctx.meetings().load(id);
            assertEquals(1, held.seats().size());
            assertNull(held.seatNote());
            assertEquals(MeetingService.Deletion.HELD, ctx.meetings().delete(id));
            assertEquals(1, ctx.meetings().list().size());
        }
    }

    @Test
    void aPlannedMeetingIsDeletedOnTheRecord() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            director(ctx, "技工学校一", "张一");
            long id = council(ctx);
            assertEquals(MeetingService.Deletion.DELETED, ctx.meetings().delete(id));
            assertTrue(ctx.meetings().list().isEmpty());
            List<AuditEntry> trail = ctx.database().fromTransaction(s -> ctx.audit().history(s, MeetingService.ENTITY, id));
            assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("DELETE")), "the deletion is audited");
        }
    }
}

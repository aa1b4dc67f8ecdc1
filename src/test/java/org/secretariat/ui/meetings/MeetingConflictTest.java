package org.secretariat.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.Verdict;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.ui.ImmediateTaskExecutor;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/**
 * The meeting form against another PC's newer save (decision 0018): refused with her name and time,
 * her change shown, what was typed here kept, and the second save stores both.
 */
class MeetingConflictTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    Path dir;

    @Test
    void theFormKeepsWhatWasTypedOverTheNewerMeetingAndSavesOnTheSecondTry() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK);
             ImmediateTaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            LocalDate day = LocalDate.of(2026, 12, 10);
            long id = app.meetings().save(new MeetingDraft(null, "council", "第一届理事会第三次会议", day, "09:00", "会议室",
                    "秘书处", MeetingKind.REGULAR, ""));
            RecordingDialogs dialogs = new RecordingDialogs();
            MeetingsViewModel model = new MeetingsViewModel(new UiContext(app, Messages.forLanguage("zh"), dialogs, executor));
            model.open(id);
            model.place.set("二楼会议室");

            MeetingView hers = otherPc.meetings().load(id);
            otherPc.meetings().save(new MeetingDraft(id, "council", hers.title(), day, "14:30", "会议室", "秘书处",
                    MeetingKind.REGULAR, "", hers.version()));

            model.saveDetails();
            assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("此记录已被 王芳 于 10:05 修改，请查看后再保存")),
                    dialogs.shown.toString());
            assertEquals("14:30", model.time.get(), "her time is shown");
            assertEquals("二楼会议室", model.place.get(), "the typed place is kept");
            assertEquals("会议室", app.meetings().load(id).place(), "nothing was written by the refused save");

            model.saveDetails();
            MeetingView stored = otherPc.meetings().load(id);
            assertEquals("14:30", stored.startTime());
            assertEquals("二楼会议室", stored.place());
        }
    }

    @Test
    void theAttendanceTableKeepsWhatWasTypedOverHerNewerRowsAndSavesOnTheSecondTry() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK);
             ImmediateTaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            long id = councilOfTwo(app);
            RecordingDialogs dialogs = new RecordingDialogs();
            MeetingsViewModel model = new MeetingsViewModel(new UiContext(app, Messages.forLanguage("zh"), dialogs, executor));
            model.open(id);
            model.seats.get(1).statusProperty().set(AttendanceStatus.PRESENT);
            model.seats.get(1).remarksProperty().set("迟到十分钟");

            MeetingView hers = otherPc.meetings().load(id);
            List<MeetingService.AttendanceInput> in = new ArrayList<>();
            for (int i = 0; i < hers.seats().size(); i++) {
                MeetingView.Seat s = hers.seats().get(i);
                in.add(new MeetingService.AttendanceInput(s.attendanceId(), i == 0 ? AttendanceStatus.PRESENT : s.status(),
                        null, null, s.version()));
            }
            otherPc.meetings().recordAttendance(id, in);

            model.saveAttendance();
            assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("此记录已被 王芳 于 10:05 修改，请查看后再保存")),
                    dialogs.shown.toString());
            assertEquals(AttendanceStatus.PRESENT, model.seats.get(0).statusProperty().get(), "her row is shown");
            assertEquals(AttendanceStatus.PRESENT, model.seats.get(1).statusProperty().get(), "the typed row is kept");
            assertEquals("迟到十分钟", model.seats.get(1).remarksProperty().get());
            assertEquals(1, app.meetings().load(id).presentCount(), "nothing was written by the refused save");

            model.saveAttendance();
            MeetingView stored = otherPc.meetings().load(id);
            assertEquals(2, stored.presentCount(), "both rows are stored");
            assertEquals("迟到十分钟", stored.seats().get(1).remarks());
        }
    }

    /** A council meeting on 10 December with two directors seated. */
    private static long councilOfTwo(AppContext app) {
        LocalDate day = LocalDate.of(2026, 12, 10);
        String tier = app.charter().orElseThrow().entryTier().id();
        for (int i = 1; i <= 2; i++) {
            UnitDraft d = TestWorkspace.unit("新乡某电商公司" + i, TestWorkspace.legalPersonCode());
            d.tierId = tier;
            d.status = MemberStatus.MEMBER;
            d.people.add(new PersonDraft("理事" + i, "", "理事", day.minusYears(1), null, "", ""));
            assertTrue(app.roster().save(d).saved());
        }
        return app.meetings().save(new MeetingDraft(null, "council", "第一届理事会第三次会议", day, "09:00", "会议室",
                "秘书处", MeetingKind.REGULAR, ""));
    }

    @Test
    void aVoteOverHerNewerVoteIsRefusedShowsHerTallyAndACorrectionGoesThrough() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK);
             ImmediateTaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            long id = councilOfTwo(app);
            List<MeetingService.AttendanceInput> all = new ArrayList<>();
            app.meetings().load(id).seats().forEach(s -> all.add(new MeetingService.AttendanceInput(s.attendanceId(),
                    AttendanceStatus.PRESENT, null, null, s.version())));
            app.meetings().recordAttendance(id, all);
            long item = app.motions().add(id, MotionDraft.general("审议年度工作计划")).itemId();
            RecordingDialogs dialogs = new RecordingDialogs();
            MeetingsViewModel model = new MeetingsViewModel(new UiContext(app, Messages.forLanguage("zh"), dialogs, executor));
            model.open(id);
            model.agenda.selected.set(model.agenda.items.get(0));
            model.agenda.yes.set("1");
            model.agenda.no.set("1");

            otherPc.motions().recordTotals(item, 2, 0, 0, otherPc.meetings().load(id).agenda().get(0).version());

            model.agenda.recordVote();
            assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("此记录已被 王芳 于 10:05 修改，请查看后再保存")),
                    dialogs.shown.toString());
            assertEquals(Verdict.PASSED, model.agenda.selected.get().verdict(), "her verdict is shown");
            assertEquals("2", model.agenda.yes.get(), "with her tally");
            assertEquals(2, app.meetings().load(id).agenda().get(0).yes(), "nothing was written by the refused vote");

            model.agenda.yes.set("1");
            model.agenda.no.set("1");
            dialogs.texts.add("计票有误");
            model.agenda.correctVote();
            MeetingView.Item stored = otherPc.meetings().load(id).agenda().get(0);
            assertEquals(1, stored.yes(), "after the reload the correction goes through");
            assertEquals(Verdict.FAILED, stored.verdict());
        }
    }
}

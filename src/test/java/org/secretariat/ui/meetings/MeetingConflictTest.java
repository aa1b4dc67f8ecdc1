package org.secretariat.ui.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MeetingKind;
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
}

package org.secretariat.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.ui.ImmediateTasks;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/**
 * The activity form against another PC's newer save (decision 0018): refused with her name and
 * time, her place shown, the notes typed here kept, and the second save stores both.
 */
class ActivityConflictTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    Path dir;

    @Test
    void theFormKeepsWhatWasTypedOverHerNewerActivityAndSavesOnTheSecondTry() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK)) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            LocalDate day = LocalDate.of(2026, 12, 10);
            long id = app.activities().save(new ActivityView(null, "跨境电商培训", "training", day, "会议室", null, List.of()));
            ActivitiesViewModel model = new ActivitiesViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), null), ImmediateTasks::run);
            model.reload();
            model.show(model.activities.get(0));
            model.notes.set("请带身份证");

            ActivityView hers = otherPc.activities().list().get(0);
            otherPc.activities().save(new ActivityView(id, hers.title(), "training", day, "二楼报告厅", null, List.of(),
                    hers.version()));

            model.save();
            assertEquals("此记录已被 王芳 于 10:05 修改，请查看后再保存", model.messageProperty().get());
            assertEquals("二楼报告厅", model.place.get(), "her place is shown");
            assertEquals("请带身份证", model.notes.get(), "the typed notes are kept");
            assertNull(app.activities().list().get(0).notes(), "nothing was written by the refused save");

            model.save();
            ActivityView stored = otherPc.activities().list().get(0);
            assertEquals("二楼报告厅", stored.place());
            assertEquals("请带身份证", stored.notes());
            model.title.set("跨境电商实务培训");
            model.save();
            assertEquals("跨境电商实务培训", otherPc.activities().list().get(0).title(),
                    "the next save, at the version it got back, goes through");
        }
    }
}

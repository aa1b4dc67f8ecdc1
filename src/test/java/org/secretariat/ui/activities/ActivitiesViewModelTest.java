package org.secretariat.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.ui.ImmediateTasks;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/** The activity register's logic without the FX thread: dated by the app's clock, participants saved. */
class ActivitiesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aNewActivityIsDatedTodayByTheAppsClockAndSavesItsParticipants() throws Exception {
        try (AppContext app = TestWorkspace.openOn(dir, "county-joint", LocalDate.of(2031, 4, 9))) {
            UnitDraft u = new UnitDraft();
            u.name = "甲县人民政府";
            u.tierId = "member";
            u.joinDate = LocalDate.of(2030, 5, 1);
            app.roster().save(u);
            ActivitiesViewModel model = new ActivitiesViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), null), ImmediateTasks::run);
            model.reload();
            assertEquals(LocalDate.of(2031, 4, 9), model.heldOn.get());
            assertNull(model.editing.get());
            model.save();
            assertEquals("请填写活动名称和日期", model.messageProperty().get());
            model.title.set("县域电商培训");
            model.units.get(0).took().set(true);
            model.save();
            assertEquals("已保存，1 个单位参加", model.messageProperty().get());
            assertEquals(1, model.activities.size());
            assertEquals(1, app.activities().list().get(0).unitIds().size());
            model.startNew();
            assertEquals("", model.title.get());
            model.show(model.activities.get(0));
            assertEquals("县域电商培训", model.title.get());
            assertEquals(true, model.units.get(0).took().get());
        }
    }
}

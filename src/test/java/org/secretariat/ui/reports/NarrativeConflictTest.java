package org.secretariat.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.ui.ImmediateTasks;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/**
 * The annual report's sections against another PC's newer save (decision 0018): refused with her
 * name and time, her section shown, the section typed here kept, and the second save stores both.
 */
class NarrativeConflictTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    Path dir;

    @Test
    void theSectionTypedHereIsKeptOverHerNewerSectionAndSavedOnTheSecondTry() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK)) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            ReportsViewModel model = new ReportsViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), null), ImmediateTasks::run);
            model.loadYear();
            assertEquals(2026, model.year.get());
            model.problems.set("会费收缴率偏低。");

            var hers = otherPc.reports().narrativeForEditing(2026);
            Map<String, String> texts = new LinkedHashMap<>(hers.texts());
            texts.put("main-work", "全年举办培训六场。");
            otherPc.reports().saveNarrative(2026, texts, hers.versions());

            model.saveText(() -> { });
            assertEquals("此记录已被 王芳 于 10:05 修改，请查看后再保存", model.messageProperty().get());
            assertEquals("全年举办培训六场。", model.mainWork.get(), "her section is shown");
            assertEquals("会费收缴率偏低。", model.problems.get(), "the typed section is kept");
            assertEquals("", app.reports().narrative(2026).get("problems"), "nothing was written by the refused save");

            model.saveText(() -> { });
            assertEquals("文字已保存", model.messageProperty().get());
            Map<String, String> stored = otherPc.reports().narrative(2026);
            assertEquals("全年举办培训六场。", stored.get("main-work"));
            assertEquals("会费收缴率偏低。", stored.get("problems"));
            assertFalse(model.hasUnsavedChanges());
            model.nextYear.set("筹备第二届会员大会。");
            model.saveText(() -> { });
            assertEquals("筹备第二届会员大会。", otherPc.reports().narrative(2026).get("next-year"),
                    "the next save, at the versions it got back, goes through");
        }
    }
}

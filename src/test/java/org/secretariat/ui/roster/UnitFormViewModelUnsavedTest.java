package org.secretariat.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.TaskExecutor;
import org.secretariat.ui.UiContext;

/** The unit form knows when something typed differs from the unit as loaded, and can go back to it. */
class UnitFormViewModelUnsavedTest {

    @TempDir
    Path dir;

    @Test
    void typingMakesTheFormDirtyAndDiscardingGoesBackToTheUnitAsLoaded() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec");
             TaskExecutor executor = new org.secretariat.ui.ImmediateTaskExecutor(new RecordingDialogs())) {
            UiContext ui = new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(), executor);
            UnitDraft draft = new UnitDraft();
            draft.id = 7L;
            draft.name = "新乡市某某商贸有限公司";
            UnitFormViewModel model = new UnitFormViewModel(ui, draft, List.of());
            assertFalse(model.hasUnsavedChanges(), "nothing typed yet");
            model.phone.set("0373-1234567");
            assertTrue(model.hasUnsavedChanges());
            assertEquals("单位「新乡市某某商贸有限公司」的修改", model.describeUnsaved());
            model.phone.set("");
            assertFalse(model.hasUnsavedChanges(), "typed back to what was loaded");
            model.remarks.set("年会缺席");
            model.discardUnsaved();
            assertEquals("", model.remarks.get());
            assertFalse(model.hasUnsavedChanges());

            UnitFormViewModel blank = new UnitFormViewModel(ui, new UnitDraft(), List.of());
            assertFalse(blank.hasUnsavedChanges(), "an empty new form closes at once");
            blank.name.set("甲");
            assertEquals("新会员单位的资料", blank.describeUnsaved());
        }
    }
}

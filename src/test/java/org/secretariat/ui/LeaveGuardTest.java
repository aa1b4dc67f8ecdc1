package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secretariat.i18n.Messages;

class LeaveGuardTest {

    private final Messages messages = Messages.forLanguage("zh");
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** An editor that records what the guard did to it. */
    private static final class Editor implements UnsavedWork {
        boolean dirty = true;
        boolean saveWorks = true;
        final List<String> done = new ArrayList<>();

        @Override
        public boolean hasUnsavedChanges() {
            return dirty;
        }

        @Override
        public String describeUnsaved() {
            return "年度工作报告的文字";
        }

        @Override
        public boolean saveUnsaved() {
            done.add("save");
            return saveWorks;
        }

        @Override
        public void discardUnsaved() {
            done.add("discard");
        }
    }

    @Test
    void nothingTypedLeavesWithoutAQuestion() {
        Editor e = new Editor();
        e.dirty = false;
        assertTrue(LeaveGuard.mayLeave(e, dialogs, messages));
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void cancelStaysAndKeepsTheWork() {
        Editor e = new Editor();
        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        assertFalse(LeaveGuard.mayLeave(e, dialogs, messages));
        assertEquals(List.of(), e.done);
        assertEquals(List.of("unsaved: 年度工作报告的文字尚未保存。离开前要保存吗？"), dialogs.shown);
    }

    @Test
    void saveLeavesOnlyWhenTheSaveWorked() {
        Editor e = new Editor();
        dialogs.unsavedAnswer = LeaveGuard.Choice.SAVE;
        assertTrue(LeaveGuard.mayLeave(e, dialogs, messages));
        e.saveWorks = false;
        assertFalse(LeaveGuard.mayLeave(e, dialogs, messages));
        assertEquals(List.of("save", "save"), e.done);
    }

    @Test
    void discardThrowsTheWorkAwayOnPurpose() {
        Editor e = new Editor();
        dialogs.unsavedAnswer = LeaveGuard.Choice.DISCARD;
        assertTrue(LeaveGuard.mayLeave(e, dialogs, messages));
        assertEquals(List.of("discard"), e.done);
    }
}

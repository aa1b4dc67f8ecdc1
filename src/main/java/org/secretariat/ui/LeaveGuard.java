package org.secretariat.ui;

import org.secretariat.i18n.Messages;

/**
 * The one question asked before typed work could be lost: 「……尚未保存。」 保存 / 不保存 / 取消.
 * Every way out of an editor goes through {@link #mayLeave}: another screen, closing the window,
 * 文件 › 退出, Esc in a dialog.
 */
public final class LeaveGuard {

    /** The user's answer when work is unsaved. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    private LeaveGuard() {
    }

    /** True if the user may leave: nothing unsaved, saved now, or thrown away on purpose. */
    public static boolean mayLeave(UnsavedWork work, DialogService dialogs, Messages messages) {
        if (work == null || !work.hasUnsavedChanges()) {
            return true;
        }
        Choice choice = dialogs.askUnsaved(messages.get("unsaved.title"),
                messages.get("unsaved.message", work.describeUnsaved()));
        return switch (choice) {
            case SAVE -> work.saveUnsaved();
            case DISCARD -> {
                work.discardUnsaved();
                yield true;
            }
            case CANCEL -> false;
        };
    }
}

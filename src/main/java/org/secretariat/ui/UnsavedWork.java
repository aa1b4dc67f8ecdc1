package org.secretariat.ui;

import java.util.Optional;
import javafx.scene.Node;

/**
 * What an editor tells the window about typed work not yet saved. A screen that edits puts one on
 * its root node with {@link #attach}; the window asks it before another screen replaces this one,
 * before the window closes and before the app quits ({@link LeaveGuard}).
 */
public interface UnsavedWork {

    String KEY = "secretariat.unsavedWork";

    /** True while something typed differs from what is saved. */
    boolean hasUnsavedChanges();

    /** What would be lost, in the user's words: 「年度工作报告的文字」, 「单位“某某”的修改」. */
    String describeUnsaved();

    /**
     * Saves now. False if the save was refused (the editor has shown why); the user then stays.
     * A save that runs in the background returns true once it has been handed over.
     */
    boolean saveUnsaved();

    /** Throws the typed work away (back to what is saved). */
    void discardUnsaved();

    static void attach(Node screen, UnsavedWork work) {
        screen.getProperties().put(KEY, work);
    }

    static Optional<UnsavedWork> of(Node screen) {
        return screen == null ? Optional.empty()
                : Optional.ofNullable((UnsavedWork) screen.getProperties().get(KEY));
    }
}

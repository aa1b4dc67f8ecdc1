package org.secretariat.ui;

import java.util.Optional;
import javafx.scene.Node;

/**
 * A screen that can read its data again in place, keeping what is selected: the window asks it when
 * another PC (or a command) changed the data ({@link OthersWatch}) and the screen holds no typed work.
 */
public interface Refreshable {

    String KEY = "secretariat.refreshable";

    /** Reads the screen's data again in the background. */
    void refresh();

    static void attach(Node screen, Refreshable refreshable) {
        screen.getProperties().put(KEY, refreshable);
    }

    static Optional<Refreshable> of(Node screen) {
        return screen == null ? Optional.empty() : Optional.ofNullable((Refreshable) screen.getProperties().get(KEY));
    }
}

package org.secretariat.ui.setup;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterCopy;
import org.secretariat.ui.UiContext;

/**
 * Copying a charter profile to adapt it, as setup and Settings offer it: a form asks only the new
 * name, the id is derived, and the copy opens in the checking editor. Nothing is written until the
 * user saves there; cancelling leaves no entry.
 */
public final class CharterCopying {

    private CharterCopying() {
    }

    /** Asks the name and opens the copy; {@code onSaved} gets the new id once the copy is saved. */
    public static void copy(UiContext ui, CharterCatalog.Entry original, Window owner, Consumer<String> onSaved) {
        String title = ui.text("setup.copy.title");
        ui.dialogs().askText(title, ui.text("setup.copy.askName", original.profile().displayName()),
                        ui.text("setup.copy.defaultName", original.profile().displayName()))
                .map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
                    CharterCatalog catalog = ui.app().catalog();
                    boolean taken = catalog.list(new java.util.ArrayList<>()).stream()
                            .anyMatch(e -> e.profile().displayName().equals(name));
                    if (taken) {
                        ui.dialogs().showError(title, ui.text("setup.copy.nameTaken", name));
                        return;
                    }
                    CharterCopy.Draft draft = CharterCopy.draft(catalog, original, name);
                    CharterEditor.openDraft(ui, draft, () -> onSaved.accept(draft.id()), owner);
                });
    }
}

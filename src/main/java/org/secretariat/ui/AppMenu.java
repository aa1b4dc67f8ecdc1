package org.secretariat.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's menu bar: 文件 (import, export, backup, quit), 编辑 (new unit, find, save), 视图 (the
 * screens) and 帮助 (about), with the usual shortcuts. The commands act on the screens as a user
 * would: they open the screen that owns the command and press its button, so every menu command goes
 * the same way as the screen's own (same checks, same dialogs).
 */
final class AppMenu {

    /** What the menu acts on: the window, its screens' tabs, and the roster and safety screens. */
    record Target(Stage stage, List<ToggleButton> screens, ToggleButton rosterTab, Supplier<Parent> roster,
                  ToggleButton safetyTab, Supplier<Node> current, Runnable about) {
    }

    private AppMenu() {
    }

    static MenuBar build(UiContext ui, Target t) {
        Menu file = menu(ui, "fileMenu", "menu.file",
                item(ui, "menuImport", "menu.file.import", null, () -> onRoster(t, "#importButton")),
                item(ui, "menuExport", "menu.file.export", null, () -> onRoster(t, "#exportButton")),
                item(ui, "menuBackup", "menu.file.backup", null, () -> {
                    t.safetyTab().fire();
                    press(t.current().get(), "#backupNowButton");
                }),
                new SeparatorMenuItem(),
                item(ui, "menuQuit", "menu.file.quit", "Shortcut+Q", () -> quit(t.stage())));
        Menu edit = menu(ui, "editMenu", "menu.edit",
                item(ui, "menuNewUnit", "menu.edit.newUnit", "Shortcut+N", () -> onRoster(t, "#addButton")),
                item(ui, "menuFind", "menu.edit.find", "Shortcut+F", () -> focusSearch(t.current().get())),
                item(ui, "menuSave", "menu.edit.save", "Shortcut+S", () -> saveButton(t.current().get()).ifPresent(Button::fire)));
        Menu view = menu(ui, "viewMenu", "menu.view");
        for (int i = 0; i < t.screens().size(); i++) {
            ToggleButton tab = t.screens().get(i);
            view.getItems().add(item(tab.getText(), "menu" + tab.getId(), i < 9 ? "Shortcut+" + (i + 1) : null, tab::fire));
        }
        Menu help = menu(ui, "helpMenu", "menu.help", item(ui, "menuAbout", "menu.help.about", null, t.about()));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true); // macOS: the menu at the top of the screen, as Mac users expect
        return bar;
    }

    /** Quits the way closing the window does: the same close request (editors may veto it), then the data closes. */
    static void quit(Stage stage) {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        Event.fireEvent(stage, request);
        if (!request.isConsumed()) {
            stage.hide();
        }
    }

    /** Focuses the current screen's search field, if it has one. */
    static boolean focusSearch(Node screen) {
        if (screen == null) {
            return false;
        }
        Node field = screen.lookup("#searchField");
        if (field instanceof TextInputControl text && shown(text) && !text.isDisabled()) {
            text.requestFocus();
            text.selectAll();
            return true;
        }
        return false;
    }

    /** The current screen's save button: the first shown and enabled button whose id starts with "save". */
    static Optional<Button> saveButton(Node screen) {
        if (screen == null) {
            return Optional.empty();
        }
        return screen.lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getId() != null && b.getId().startsWith("save"))
                .map(Button.class::cast)
                .filter(b -> shown(b) && !b.isDisabled())
                .findFirst();
    }

    private static void onRoster(Target t, String button) {
        t.rosterTab().fire();
        press(t.roster().get(), button);
    }

    private static void press(Node screen, String id) {
        if (screen != null && screen.lookup(id) instanceof Button b && !b.isDisabled()) {
            b.fire();
        }
    }

    /** Visible all the way up (a button on a tab that is not selected is not). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Menu menu(UiContext ui, String id, String key, MenuItem... items) {
        Menu m = new Menu(ui.text(key), null, items);
        m.setId(id);
        return m;
    }

    private static MenuItem item(UiContext ui, String id, String key, String accelerator, Runnable action) {
        return item(ui.text(key), id, accelerator, action);
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}

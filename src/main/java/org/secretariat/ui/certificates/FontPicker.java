package org.secretariat.ui.certificates;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/**
 * A font box that shows family names (文泉驿微米黑, 楷体) while the template keeps the font file's
 * path: the first choice is the default font (an empty path), then the fonts on this machine; a
 * file picked by hand or named by a saved template is added under its own family name.
 */
final class FontPicker {

    private final ComboBox<FontFiles.Choice> box;
    private final StringProperty path;
    private final FontFiles.Choice standard;
    private List<FontFiles.Choice> known = List.of();
    private boolean updating;

    private FontPicker(ComboBox<FontFiles.Choice> box, StringProperty path, String defaultName) {
        this.box = box;
        this.path = path;
        this.standard = new FontFiles.Choice(defaultName, "");
    }

    static FontPicker bind(ComboBox<FontFiles.Choice> box, StringProperty path, String defaultName) {
        FontPicker p = new FontPicker(box, path, defaultName);
        box.setEditable(false);
        path.addListener(x -> p.refresh());
        box.valueProperty().addListener((o, old, v) -> {
            if (!p.updating && v != null) {
                path.set(v.path());
            }
        });
        p.refresh();
        return p;
    }

    /** The fonts found on this machine (found in the background, after the template is shown). */
    void setKnown(List<FontFiles.Choice> fonts) {
        known = List.copyOf(fonts);
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            String p = path.get() == null ? "" : path.get().strip();
            List<FontFiles.Choice> items = new ArrayList<>();
            items.add(standard);
            items.addAll(known);
            FontFiles.Choice current = items.stream().filter(c -> c.path().equals(p)).findFirst().orElse(null);
            if (current == null) {
                current = new FontFiles.Choice(nameOf(p), p);
                items.add(1, current);
            }
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
            }
            box.setValue(current);
        } finally {
            updating = false;
        }
    }

    private static String nameOf(String path) {
        try {
            Path file = Path.of(path);
            String name = FontFiles.familyName(file);
            return name != null ? name : String.valueOf(file.getFileName());
        } catch (InvalidPathException e) {
            return path;
        }
    }
}

package org.secretariat.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secretariat.document.FontNames;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The certificate font box shows family names; the template keeps the file's path. */
@ExtendWith(ApplicationExtension.class)
class FontPickerTest {

    @Test
    void theBoxShowsFamilyNamesAndTheTemplateKeepsThePath(FxRobot robot) {
        List<FontFiles.Choice> fonts = FontFiles.choices();
        FontFiles.Choice chinese = fonts.stream().filter(c -> c.path().endsWith(".ttc")).findFirst().orElseThrow();
        assertEquals(FontNames.familyName(Path.of(chinese.path())), chinese.name());
        fonts.forEach(c -> assertFalse(c.name().contains("/"), c.name()));

        StringProperty path = new SimpleStringProperty(chinese.path());
        ComboBox<FontFiles.Choice> box = new ComboBox<>();
        robot.interact(() -> {
            FontPicker picker = FontPicker.bind(box, path, "默认字体");
            assertEquals(chinese.name(), box.getValue().toString(), "a saved template's file shows by its name");
            picker.setKnown(fonts);
            assertEquals(chinese, box.getValue());
            box.setValue(box.getItems().get(0));
            assertEquals("", path.get(), "the default font is no file");
            assertEquals("默认字体", box.getValue().toString());
            FontFiles.Choice other = fonts.get(fonts.size() - 1);
            box.setValue(other);
            assertEquals(other.path(), path.get());
            path.set("/nowhere/own.ttf");
            assertEquals("own.ttf", box.getValue().toString(), "a file that cannot be read shows its file name");
        });
    }
}

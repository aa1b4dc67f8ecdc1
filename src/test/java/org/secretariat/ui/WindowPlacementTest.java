package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window opens maximised the first time and where the user left it afterwards. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path data;

    @Test
    void aSavedPlacementReadsBackAndNonsenseIsIgnored() {
        WindowPlacement w = new WindowPlacement(40, 30, 1000, 700, false);
        assertEquals(Optional.of(w), WindowPlacement.parse(w.format()));
        assertEquals(Optional.empty(), WindowPlacement.parse("40,30,abc,700,false"));
        assertEquals(Optional.empty(), WindowPlacement.parse("40,30,10,10,false"));
        assertEquals(Optional.empty(), WindowPlacement.parse(null));
    }

    @Test
    void aPlaceNoScreenShowsIsNotUsed() {
        List<Rectangle2D> screen = List.of(new Rectangle2D(0, 0, 1280, 800));
        assertTrue(new WindowPlacement(40, 30, 1000, 700, false).visibleOn(screen));
        assertFalse(new WindowPlacement(3000, 30, 1000, 700, false).visibleOn(screen), "a monitor unplugged");
        assertFalse(new WindowPlacement(40, -900, 1000, 700, false).visibleOn(screen), "title bar out of reach");
    }

    @Test
    void theFirstStartIsMaximisedAndTheNextRestoresWhatWasSaved(FxRobot robot) throws Exception {
        Stage[] first = new Stage[1];
        robot.interact(() -> {
            first[0] = new Stage();
            WindowPlacement.restoreAndRemember(first[0], data);
        });
        assertTrue(first[0].isMaximized());

        Settings.load(data).set(Settings.LANGUAGE, "zh");
        Settings.load(data).set(WindowPlacement.KEY, "60,50,900,640,false");
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            WindowPlacement.restoreAndRemember(second[0], data);
            second[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane()));
            second[0].show();
        });
        assertFalse(second[0].isMaximized());
        assertEquals(60, second[0].getX());
        assertEquals(50, second[0].getY());
        assertEquals(900, second[0].getWidth());
        assertEquals(640, second[0].getHeight());

        robot.interact(() -> {
            second[0].setX(100);
            second[0].setWidth(1000);
            second[0].hide();
        });
        assertEquals("100,50,1000,640,false", Settings.load(data).get(WindowPlacement.KEY, ""));
        assertEquals("zh", Settings.load(data).get(Settings.LANGUAGE, ""), "the other settings stay");
    }
}

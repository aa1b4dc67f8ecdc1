package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.ImportService;
import org.secretariat.ui.roster.RosterView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roster's rows are re-styled only when their look can change (RosterTableSkin): after every
 * keystroke, each visible row looks exactly as a full re-styling would make it look — the selected
 * row highlighted wherever the filter moved it, empty rows plain, odd and even rows striped.
 */
@ExtendWith(ApplicationExtension.class)
class RosterRowStyleTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
        app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
        executor = new ImmediateTaskExecutor(new RecordingDialogs());
        RosterView view = new RosterView(new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(), executor));
        root = view.root();
        stage.setScene(new javafx.scene.Scene(root, 1280, 800));
        MainWindow.style(stage.getScene());
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    /** Each visible row's background and its cells' text colours, as they are on screen now. */
    private static List<String> looks(TableView<?> table) {
        List<String> out = new ArrayList<>();
        for (Node n : table.lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) n;
            StringBuilder look = new StringBuilder(row.getIndex() + ":" + row.getBackground());
            for (Node cell : row.lookupAll(".table-cell")) {
                look.append('|').append(((javafx.scene.control.Labeled) cell).getTextFill());
            }
            out.add(look.toString());
        }
        return out;
    }

    @Test
    void afterEachKeystrokeEveryRowLooksAsAFullRestylingWouldMakeIt(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        robot.interact(() -> table.getSelectionModel().select(7)); // a row the filters below will move up
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        for (String q : List.of("新", "新乡", "学院", "科技", "x", "", "河南", "")) {
            List<List<String>> seen = new ArrayList<>();
            robot.interact(() -> {
                search.setText(q);
                root.applyCss();
                root.layout();
                List<String> asShown = looks(table);
                for (Node n : table.lookupAll(".table-row-cell")) {
                    n.applyCss(); // what JavaFX's own flow would have done to every row
                }
                seen.add(asShown);
                seen.add(looks(table));
            });
            assertEquals(seen.get(1), seen.get(0), "the rows after typing " + q);
        }
        assertTrue(table.getSelectionModel().getSelectedItem() != null, "the selection survived the typing");
    }
}

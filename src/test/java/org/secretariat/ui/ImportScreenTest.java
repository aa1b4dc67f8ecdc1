package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secretariat.ui.Screens.waitUntil;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.exchange.RosterField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import window as a clerk uses it: another worksheet chosen, a tier of the file mapped to the charter's. */
@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        executor = Screens.open(stage, app, Messages.forLanguage("zh"), dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    /** 2024年 (read first: it comes first) with one unit, 2025年 with three, two of them 钻石会员. */
    private static Path workbook() throws Exception {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "2024年", new String[][] {{"旧单位", "理事单位"}});
            sheet(wb, "2025年", new String[][] {{"甲公司", "钻石会员"}, {"乙公司", "普通会员单位"}, {"丙公司", "钻石会员"}});
            wb.write(out);
        }
        return file;
    }

    private static void sheet(XSSFWorkbook wb, String name, String[][] units) {
        XSSFSheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("单位名称");
        h.createCell(1).setCellValue("会员级别");
        for (int r = 0; r < units.length; r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(units[r][0]);
            row.createCell(1).setCellValue(units[r][1]);
        }
    }

    @Test
    void anotherSheetIsChosenAndItsTierMappedOnceThenImportedAndRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#navRoster"); // the window opens on the home screen
        dialogs.files.add(workbook());
        robot.clickOn("#importButton");
        @SuppressWarnings("unchecked")
        TableView<Object> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        waitUntil(() -> preview.getItems().size() == 1);
        @SuppressWarnings("unchecked")
        ChoiceBox<Choice<String>> sheets = robot.lookup("#sheetChoice").queryAs(ChoiceBox.class);
        assertEquals(2, sheets.getItems().size());
        assertTrue(sheets.getValue().label().startsWith("2024年（"), sheets.getValue().label());

        robot.clickOn(sheets);
        robot.clickOn(sheets.getItems().get(1).label());
        waitUntil(() -> preview.getItems().size() == 3);
        Node valueTable = robot.lookup("#valueTable").query();
        assertTrue(valueTable.isVisible(), "the file's own tier is offered for mapping");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problemList").queryAs(ListView.class);
        assertEquals(1, problems.getItems().stream().filter(p -> p.contains("钻石会员")).count(), problems.getItems().toString());
        assertTrue(problems.getItems().get(0).contains("（第 2、4 行）"), problems.getItems().toString());
        Button importAll = robot.lookup("#importButton").match(n -> n instanceof Button b && b.getText().equals("全部导入"))
                .queryButton();
        assertTrue(importAll.isDisabled());

        @SuppressWarnings("unchecked")
        ComboBox<Choice<String>> target = robot.lookup("#valueTable .combo-box").queryAs(ComboBox.class);
        robot.clickOn(target);
        robot.clickOn("理事单位");
        waitUntil(() -> !importAll.isDisabled());
        assertTrue(problems.getItems().stream().noneMatch(p -> p.contains("钻石会员")), problems.getItems().toString());
        robot.clickOn(importAll);
        waitUntil(() -> app.roster().count() == 3);
        assertEquals("理事单位", app.roster().list().stream().filter(r -> r.name().equals("丙公司")).findFirst()
                .orElseThrow().tierName());
        assertEquals("理事单位", app.importer().remembered().target(RosterField.TIER, "钻石会员").orElseThrow());
    }
}

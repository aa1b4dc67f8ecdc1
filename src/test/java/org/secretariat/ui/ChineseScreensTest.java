package org.secretariat.ui;

import static org.secretariat.ui.Screens.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Chinese window speaks Chinese: every screen is walked and no visible text is English (save a
 * few proper names), dialogs read 确定/取消, the header names the charter, verdicts carry their tone.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseScreensTest {

    /** Text made only of Latin letters and spaces is English, unless it is one of these names. */
    private static final Pattern ENGLISH = Pattern.compile("^[A-Za-z ]+$");
    private static final Set<String> PROPER_NAMES = Set.of("Excel", "Word", "PDF", "CSV", "English", "A", "Ctrl");
    private static final List<String> SCREENS = List.of("#navHome", "#navRoster", "#navCases", "#navMeetings",
            "#navActivities", "#navCertificates", "#navReports", "#navSafety", "#navSettings");

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private Messages messages;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "hengshui-tech");
        for (int i = 1; i <= 6; i++) {
            UnitDraft d = TestWorkspace.unit("技工学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", LocalDate.now().minusYears(1), null, "", ""));
            app.roster().save(d);
        }
        messages = Messages.forLanguage("zh");
        RecordingDialogs dialogs = new RecordingDialogs();
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void everyScreenShowsOnlyChineseAndTheCharterByName(FxRobot robot) throws Exception {
        Label charter = robot.lookup(".header .subtitle").queryAs(Label.class);
        assertEquals("依据《衡水技工教育联盟章程》", charter.getText());
        Set<String> english = new TreeSet<>();
        for (String screen : SCREENS) {
            robot.clickOn(screen);
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(() -> !executor.runningProperty().get());
            for (TabPane tabs : robot.lookup((Node n) -> n instanceof TabPane).queryAllAs(TabPane.class)) {
                for (int i = 0; i < tabs.getTabs().size(); i++) {
                    int tab = i;
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    waitUntil(() -> !executor.runningProperty().get());
                    english.addAll(englishTexts(robot, screen));
                }
            }
            english.addAll(englishTexts(robot, screen));
            screenshot(robot, screen.substring(4));
        }
        assertEquals(Set.of(), english);
        assertFalse(robot.lookup((Node n) -> n instanceof Labeled l && showing(n) && l.getText() != null
                && l.getText().contains("hengshui-tech")).tryQuery().isPresent(), "the charter's id shows");
    }

    /** Visible texts (labels, buttons, placeholders, prompts) that read as English. */
    private static List<String> englishTexts(FxRobot robot, String screen) {
        List<String> found = new ArrayList<>();
        for (Node n : robot.lookup((Node n) -> showing(n)).queryAll()) {
            String text = null;
            if (n instanceof Labeled l) {
                text = l.getText();
            } else if (n instanceof TextInputControl t && t.getText().isEmpty()) {
                text = t.getPromptText();
            }
            if (n instanceof TableView<?> t) {
                assertNotNull(t.getPlaceholder(), screen + ": a table without a placeholder: " + t.getId());
            } else if (n instanceof ListView<?> l && !(l.getParent() instanceof javafx.scene.control.ComboBoxBase)) {
                // (a combo box's own pop-up list shows nothing when empty)
                assertNotNull(l.getPlaceholder(), screen + ": a list without a placeholder: " + l.getId() + " in " + path(l));
            }
            if (text != null && ENGLISH.matcher(text.strip()).matches() && !PROPER_NAMES.contains(text.strip())) {
                found.add(screen + ": " + text);
            }
        }
        return found;
    }

    /** With -Dscreenshots=folder, saves what the screen looks like (for looking at it, not asserted). */
    private static void screenshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("screenshots");
        if (folder == null) {
            return;
        }
        AtomicReference<javafx.scene.image.WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(robot.lookup(".header").query().getScene().snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(folder));
        javax.imageio.ImageIO.write(out, "png", Path.of(folder, name + ".png").toFile());
    }

    private static String path(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n; p != null; p = p.getParent()) {
            b.append(p.getClass().getSimpleName()).append('#').append(p.getId()).append(" < ");
        }
        return b.toString();
    }

    private static boolean showing(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void dialogsReadQueDingAndQuXiao(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(messages);
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("删除会员单位", "确定要删除吗？")));
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        Set<String> buttons = new TreeSet<>();
        robot.lookup(".dialog-pane .button").queryAllAs(Button.class).forEach(b -> buttons.add(b.getText()));
        assertEquals(Set.of("确定", "取消"), buttons);
        Window dialog = robot.lookup(".dialog-pane").query().getScene().getWindow();
        assertEquals("删除会员单位", ((Stage) dialog).getTitle());
        robot.clickOn(dialogButton(robot, "取消")); // (the status bar has a 取消 of its own)
        waitUntil(() -> answer.get() != null);
        assertFalse(answer.get());

        AtomicReference<java.util.Optional<String>> reason = new AtomicReference<>();
        Platform.runLater(() -> reason.set(dialogs.askText("吊销", "吊销原因", "")));
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        buttons.clear();
        robot.lookup(".dialog-pane .button").queryAllAs(Button.class).forEach(b -> buttons.add(b.getText()));
        assertEquals(Set.of("确定", "取消"), buttons);
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(TextField.class).setText("伪造材料"));
        robot.clickOn(dialogButton(robot, "确定"));
        waitUntil(() -> reason.get() != null);
        assertEquals("伪造材料", reason.get().orElseThrow());
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void aFailedVoteLooksFailedNotPassed(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        ComboBox<?> body = robot.lookup("#bodyBox").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(1)); // 理事会
        robot.clickOn("#saveButton");
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 6);
        robot.clickOn("#allPresentButton");
        robot.clickOn("#saveAttendanceButton");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#itemTitle").queryAs(TextField.class).setText("审议2027年工作计划"));
        robot.clickOn("#addItemButton");
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == 1);
        robot.interact(() -> {
            robot.lookup("#yesField").queryAs(TextField.class).setText("1");
            robot.lookup("#noField").queryAs(TextField.class).setText("5");
        });
        robot.clickOn("#recordButton");
        Label verdict = robot.lookup("#verdictLabel").queryAs(Label.class);
        waitUntil(() -> verdict.getText().contains("未通过"));
        assertTrue(verdict.getStyleClass().contains("tone-failed"), verdict.getStyleClass().toString());
        assertFalse(verdict.getStyleClass().contains("tone-passed"), verdict.getStyleClass().toString());
        Node cell = robot.lookup("#agendaList .list-cell").nth(0).query();
        assertTrue(cell.getStyleClass().contains("tone-failed"), cell.getStyleClass().toString());
        screenshot(robot, "FailedVote");
    }

    @Test
    void aCodeMissingFromTheRegisterLooksForgedNotGenuine(FxRobot robot) throws Exception {
        robot.clickOn("#navCertificates");
        waitUntil(() -> robot.lookup("#tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#codeField").queryAs(TextField.class).setText("HSJG-2026-0099.7KQ2M9PA"));
        robot.clickOn("#verifyButton");
        Label verdict = robot.lookup("#verdictLabel").queryAs(Label.class);
        waitUntil(() -> !verdict.getText().isEmpty());
        assertTrue(verdict.getStyleClass().contains("tone-forged"), verdict.getText() + " " + verdict.getStyleClass());
        assertFalse(verdict.getStyleClass().contains("tone-genuine"), verdict.getStyleClass().toString());
        screenshot(robot, "ForgedCertificate");
    }
}

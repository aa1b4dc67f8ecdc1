package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk opens a charter amendment on the cases screen: a broken amended profile is refused with
 * its line and field; the corrected one opens the case, the 主席團's vote and the 指導單位's approval
 * are recorded, and the amended charter is in force from the approval day (CERRA 第三十七條).
 */
@ExtendWith(ApplicationExtension.class)
class OrganisationCaseScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        app = TestWorkspace.open(data, "cerra");
        executor = Screens.open(stage, app, Messages.forLanguage("zh"), dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void aBrokenProfileIsRefusedByLineAndFieldThenTheAmendmentRunsItsSteps(FxRobot robot) throws Exception {
        String good = Files.readString(Path.of("charters", "cerra.yaml"))
                .replaceFirst("(?m)^(organisation:\\R  name: )(.*)$", "$1$2（修订）");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), good.replace("fraction: 1/2", "fraction: 两成"));
        Path fixed = Files.writeString(dir.resolve("cerra-2026.yaml"), good);
        robot.clickOn("#navCases");
        Label note = robot.lookup("#orgNote").queryAs(Label.class);
        assertTrue(note.getText().contains("复制此章程并修改"), note.getText());
        assertTrue(!robot.lookup("#dissolveButton").queryAs(Button.class).isDisabled(), "CERRA 第三十二條 states dissolution");

        Label problems = robot.lookup("#problemLabel").queryAs(Label.class);
        dialogs.files.add(bad);
        dialogs.texts.add("2026年章程修正案");
        robot.clickOn("#amendButton");
        Screens.waitUntil(() -> problems.getText().contains("修改后的章程第"));
        assertTrue(problems.getText().matches("(?s)修改后的章程第 \\d+ 行（.*fraction.*）：.+"), problems.getText());

        dialogs.files.add(fixed);
        dialogs.texts.add("2026年章程修正案");
        robot.clickOn("#amendButton");
        Label title = robot.lookup("#caseTitle").queryAs(Label.class);
        Label next = robot.lookup("#nextStepLabel").queryAs(Label.class);
        Screens.waitUntil(() -> title.getText().contains("修改章程"));
        assertTrue(title.getText().startsWith("中國電商鄉村振興聯盟"), title.getText());
        assertTrue(next.getText().contains("主席團"), next.getText());
        assertTrue(robot.lookup("#noticeButton").queryAs(Button.class).isDisabled(), "no unit's letters for the organisation");

        LocalDate today = app.clock().instant().atZone(app.clock().getZone()).toLocalDate();
        robot.interact(() -> {
            robot.lookup("#seatedField").queryAs(TextField.class).setText("6");
            robot.lookup("#presentField").queryAs(TextField.class).setText("6");
            robot.lookup("#yesField").queryAs(TextField.class).setText("3");
            robot.lookup("#noField").queryAs(TextField.class).setText("3");
        });
        robot.clickOn("#recordButton");
        Screens.waitUntil(() -> next.getText().contains("核准"));
        assertEquals("中國電商鄉村振興聯盟", app.charterHistory().on(today.plusYears(1)).organisation().name(),
                "the vote alone does not bring it into force");
        robot.interact(() -> robot.lookup("#remarksField").queryAs(TextField.class).setText("指導單位核准函〔2026〕3號"));
        robot.clickOn("#recordButton");
        Screens.waitUntil(() -> next.getText().contains("所有步骤已办理完毕"));
        assertEquals("中國電商鄉村振興聯盟（修订）", app.charterHistory().on(today).organisation().name());
        Label info = robot.lookup("#caseInfo").queryAs(Label.class);
        robot.clickOn("#dissolveButton"); // 第三十二條: the dialog answers 立案
        Screens.waitUntil(() -> title.getText().contains("聯盟解散"));
        assertTrue(next.getText().contains("主席團"), next.getText());
        assertTrue(dialogs.shown.stream().anyMatch(x -> x.contains("终止")), dialogs.shown.toString());
        robot.interact(() -> robot.lookup("#showClosedBox").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.secretariat.service.cases.CaseView> list =
                robot.lookup("#caseList").queryAs(javafx.scene.control.ListView.class);
        Screens.waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getItems().stream().filter(c -> c.procedureId().equals("amendment")).findFirst()
                .ifPresent(c -> list.getSelectionModel().select(c)));
        Screens.waitUntil(() -> info.getText().contains("自 " + today + " 起施行"));
        assertTrue(info.getText().contains("修改后的章程自") && info.getText().contains("「2026年章程修正案」"), info.getText());
    }
}

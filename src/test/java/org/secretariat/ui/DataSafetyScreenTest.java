package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data safety screen as a clerk uses it: back up now, check the audit trail, set a password
 * (the window closes and reopens the data encrypted), and restore a backup after seeing what it holds.
 */
@ExtendWith(ApplicationExtension.class)
class DataSafetyScreenTest {

    @TempDir
    static Path dir;

    private Path data;
    private TaskExecutor executor;
    private DataSession session;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private volatile AppContext current;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(dir, "data");
        AppContext app = TestWorkspace.open(data, "xinxiang-cbec");
        for (String name : new String[] {"新乡学院", "河南科技学院", "新乡医学院"}) {
            UnitDraft d = TestWorkspace.unit(name, null);
            d.tierId = app.charter().orElseThrow().entryTier().id();
            app.roster().save(d);
        }
        Messages messages = Messages.forLanguage("zh");
        executor = new FxTaskExecutor(dialogs);
        MainWindow window = new MainWindow(stage, messages, executor);
        window.setDialogs(dialogs);
        session = new DataSession(data, TestWorkspace.CLOCK, executor, dialogs, ctx -> {
            current = ctx;
            window.open(new UiContext(ctx, messages, dialogs, executor));
        }, error -> dialogs.shown.add("cannot open: " + error));
        session.adopt(app);
        current = app;
        window.setSession(session);
        window.open(new UiContext(app, messages, dialogs, executor));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        executor.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; dialogs: " + dialogs.shown, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long units() {
        return current.database().fromTransaction(s ->
                s.createSelectionQuery("select count(u) from MemberUnit u", Long.class).getSingleResult());
    }

    @Test
    @org.secretariat.persistence.H2Only("BACKUP TO, the H2 file's password and restoring a zip")
    void backUpCheckSetAPasswordAndRestore(FxRobot robot) throws Exception {
        robot.clickOn("#navSafety");
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        int before = table.getItems().size();
        robot.clickOn("#backupNowButton");
        waitFor(() -> table.getItems().size() == before + 1
                || robot.lookup("#backupTable").queryAs(TableView.class).getItems().size() > before);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(() -> status.getText().contains("已备份到") && status.getText().contains("3 个会员单位"));

        robot.clickOn("#auditButton");
        Label audit = robot.lookup("#auditLabel").queryAs(Label.class);
        waitFor(() -> audit.getText().startsWith("审计记录完整"));

        dialogs.passwords.add("办公室 口令 2026");
        robot.clickOn("#setPasswordButton");
        waitFor(() -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: 密码")));
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("new password: 请务必记住这个密码")), dialogs.shown.toString());
        assertTrue(DatabaseKey.folderIsEncrypted(data), "the data file is encrypted");
        assertTrue(session.encrypted());
        waitFor(() -> robot.lookup("#passwordLabel").tryQuery().isPresent()
                && robot.lookup("#passwordLabel").queryAs(Label.class).getText().startsWith("已设置密码"));
        assertTrue(robot.lookup("#setPasswordButton").queryAs(Button.class).isDisabled());
        assertEquals(3, units(), "reopened with every record");

        UnitDraft later = TestWorkspace.unit("后来的单位", null);
        later.tierId = current.charter().orElseThrow().entryTier().id();
        current.roster().save(later);
        assertEquals(4, units());

        TableView<?> again = robot.lookup("#backupTable").queryAs(TableView.class);
        waitFor(() -> !again.getItems().isEmpty());
        robot.interact(() -> again.getSelectionModel().select(0));
        Button restore = robot.lookup("#restoreButton").queryAs(Button.class);
        assertFalse(restore.isDisabled(), "a backup is selected");
        robot.interact(restore::fire);
        waitFor(() -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: 恢复备份")));
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("confirm: 备份文件：") && s.contains("3 个会员单位")),
                dialogs.shown.toString());
        assertFalse(dialogs.shown.stream().anyMatch(s -> s.startsWith("error")), dialogs.shown.toString());
        assertEquals(3, units(), "the backup's three units are back");
        assertTrue(DatabaseKey.folderIsEncrypted(data), "the backup was encrypted with the password too");
    }

    @Test
    void aQuietEditOfTheAuditTrailIsShownWhereTheChainBreaks(FxRobot robot) throws Exception {
        current.database().inTransaction(s -> s.createNativeMutationQuery(
                "update audit_entry set actor = '别人' where seq = 2").executeUpdate());
        robot.clickOn("#navSafety");
        robot.clickOn("#auditButton");
        Label audit = robot.lookup("#auditLabel").queryAs(Label.class);
        waitFor(() -> audit.getText().startsWith("审计记录在第 2 条处断开"));
        assertTrue(audit.getText().contains("操作人 别人"), audit.getText());
    }

    @Test
    @org.secretariat.persistence.H2Only("the day's BACKUP TO zip")
    void aWindowLeftOpenTakesTheDaysBackupOnceByItself() throws Exception {
        java.nio.file.Path folder = current.backups().folder();
        long before = org.secretariat.persistence.Backups.list(folder).size();
        session.backUpDailyWhileOpen("backup", java.time.Duration.ofMillis(200));
        waitFor(() -> org.secretariat.persistence.Backups.list(folder).size() == before + 1);
        int checks = session.dailyChecks();
        waitFor(() -> session.dailyChecks() >= checks + 3); // the day's backup is taken: these do not back up again
        assertEquals(before + 1, org.secretariat.persistence.Backups.list(folder).size());
    }

    @Test
    void onTheServerTheClerkMovesTheDataBackToThisComputer(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestWorkspace.onPostgresql(), "the window's data on the office server");
        robot.clickOn("#navSafety");
        assertTrue(robot.lookup("#moveToServerButton").queryAs(Button.class).isDisabled(), "already on the server");
        Button back = robot.lookup("#moveToFolderButton").queryAs(Button.class);
        assertFalse(back.isDisabled());
        robot.interact(back::fire);
        waitFor(() -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: ") && s.contains("迁移完成")));
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("confirm: 把服务器")), dialogs.shown.toString());
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("3 个会员单位")), dialogs.shown.toString());
        assertFalse(dialogs.shown.stream().anyMatch(s -> s.startsWith("error")), dialogs.shown.toString());
        try (AppContext folder = AppContext.open(data, "test", TestWorkspace.CLOCK)) {
            assertEquals(3, folder.database().counts().units(), "the folder's own database holds the three units");
        }
    }
}

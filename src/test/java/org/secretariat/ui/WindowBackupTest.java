package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.Backups;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * The day's first backup is taken once the window has its data, not inside the opening the user
 * waits for (issue 18: it made the first start of a day 7–9 s slower). A command still backs up
 * as it opens.
 */
@org.secretariat.persistence.H2Only("the window's daily BACKUP TO zip of the folder's H2 file")
class WindowBackupTest {

    @TempDir
    Path dir;

    @Test
    void theWindowBacksUpAfterItsDataIsShownNotWhileOpening() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            assertTrue(ctx.roster().save(TestWorkspace.unit("新乡学院", "")).saved());
        }
        int afterFirstDay = backups().size();
        Clock nextDay = Clock.fixed(LocalDate.of(2026, 11, 22).atTime(9, 0).atZone(TestWorkspace.CLOCK.getZone()).toInstant(),
                TestWorkspace.CLOCK.getZone());
        RecordingDialogs dialogs = new RecordingDialogs();
        List<Integer> whenShown = new ArrayList<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        DataSession session = new DataSession(dir, nextDay, new ImmediateTaskExecutor(dialogs), dialogs,
                ctx -> whenShown.add(backups().size()), failed::set);
        session.backUpDailyWhileOpen("备份");
        try {
            session.open("打开", "密码", "请输入密码", "密码不对");
            assertEquals(null, failed.get());
            assertEquals(List.of(afterFirstDay), whenShown, "nothing was backed up before the window had its data");
            assertEquals(afterFirstDay + 1, backups().size(), "the day's backup follows once it is shown");
        } finally {
            session.close();
        }
    }

    private List<Path> backups() {
        try {
            return Backups.list(dir.resolve("backups"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

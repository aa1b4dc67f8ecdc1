package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitRow;

/**
 * A folder whose settings name the office server (after 「迁移到办公室服务器」, or a PC connected to it)
 * opens that database in the window, never the folder's own H2 file: not early, not after a failure.
 */
class WindowOnServerTest {

    @TempDir
    Path dir;

    private static boolean h2FileIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("secretariat.") && f.toString().endsWith(".db"));
        }
    }

    @Test
    void aServerThatCannotBeReachedIsSaidAndNoEmptyFolderDatabaseIsMade() throws Exception {
        Files.createDirectories(dir);
        Settings.load(dir).set(Settings.SERVER, "postgresql://clerk@127.0.0.1:1/secretariat");
        EarlyOpen.start(dir, TestWorkspace.CLOCK);
        assertTrue(EarlyOpen.take(dir).isEmpty(), "the folder's H2 file is not opened early");
        RecordingDialogs dialogs = new RecordingDialogs();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<AppContext> opened = new ArrayList<>();
        DataSession session = new DataSession(dir, TestWorkspace.CLOCK, new ImmediateTaskExecutor(dialogs), dialogs,
                opened::add, failed::set);
        session.open("打开", "密码", "请输入密码", "密码不对");
        assertTrue(opened.isEmpty());
        String said = UserMessages.describe(failed.get(), Messages.forLanguage("zh"));
        assertTrue(said.contains("127.0.0.1:1"), said);
        assertFalse(h2FileIn(dir), "no empty database was created beside the settings");
        session.close();
    }

    @Test
    void theWindowOpensTheServersDatabaseTheFolderNames() throws Exception {
        Assumptions.assumeTrue(PostgresqlTestServer.configured(), "no PostgreSQL server");
        ServerTarget target = PostgresqlTestServer.createDatabase();
        Path elsewhere = Files.createDirectories(dir.resolve("first-pc"));
        try (AppContext first = AppContext.open(elsewhere, target, PostgresqlTestServer.password(), "test", TestWorkspace.CLOCK)) {
            TestWorkspace.setUp(first, "xinxiang-cbec");
            first.roster().save(TestWorkspace.unit("新乡学院", ""));
        }
        Path folder = Files.createDirectories(dir.resolve("second-pc"));
        Settings.load(folder).set(Settings.SERVER, target.address());
        RecordingDialogs dialogs = new RecordingDialogs();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<List<String>> shown = new ArrayList<>();
        DataSession session = new DataSession(folder, TestWorkspace.CLOCK, new ImmediateTaskExecutor(dialogs), dialogs,
                ctx -> shown.add(ctx.roster().list().stream().map(UnitRow::name).toList()), failed::set);
        try {
            session.open("打开", "密码", "请输入密码", "密码不对");
            assertNull(failed.get());
            assertEquals(List.of(List.of("新乡学院")), shown, "the first PC's unit, from the server");
            assertFalse(h2FileIn(folder));
        } finally {
            session.close();
        }
    }
}

package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports and backups from the command line into a full disk (/dev/full) or a read-only folder: exit 1,
 * a message on stderr naming the file and what to do, nothing half-written left, the data unchanged.
 */
class DiskFullAndReadOnlyCliTest {

    private static final String SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @BeforeEach
    void setUp() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", SAMPLE).code());
    }

    @AfterEach
    void restore() throws Exception {
        StoragePlaces.restore(dir);
    }

    private String roster() {
        CliRun list = run("roster", "list");
        assertEquals(0, list.code(), list.err());
        return list.out();
    }

    private static String diskFull(Path file) {
        return "磁盘已满，无法写入 " + file + "。请腾出空间或换一个位置后重试。已保存的记录不受影响。";
    }

    private static String readOnly(Path file) {
        return "无法写入 " + file + "：文件夹只读（或没有写入权限）。请换一个位置后重试。已保存的记录不受影响。";
    }

    @Test
    void exportsIntoAFullDiskSaySoAndLeaveTheDeviceAlone() throws Exception {
        String before = roster();
        Path xlsx = StoragePlaces.fullDiskFile(dir, "名单.xlsx");
        CliRun export = run("roster", "export", xlsx.toString());
        assertEquals(Cli.FAILURE, export.code(), export.out());
        assertEquals(xlsx + ":1:1: " + diskFull(xlsx), export.err().strip());

        Path stats = StoragePlaces.fullDiskFile(dir, "统计.xlsx");
        CliRun statistics = run("report", "statistics", "--year", "2025", "--out", stats.toString());
        assertEquals(Cli.FAILURE, statistics.code(), statistics.out());
        assertEquals(stats + ":1:1: " + diskFull(stats), statistics.err().strip());

        Path docx = StoragePlaces.fullDiskFile(dir, "年报.docx");
        CliRun annual = run("report", "annual", "--year", "2025", "--out", docx.toString());
        assertEquals(Cli.FAILURE, annual.code(), annual.out());
        assertEquals(docx + ":1:1: " + diskFull(docx), annual.err().strip());

        assertTrue(StoragePlaces.isDevice(StoragePlaces.DEV_FULL), "/dev/full must still be the device");
        for (Path link : List.of(xlsx, stats, docx)) {
            assertTrue(Files.isSymbolicLink(link), link + " was replaced");
        }
        assertEquals(List.of("data", "名单.xlsx", "年报.docx", "统计.xlsx"), listing(dir), "no temporary file left");
        assertEquals(before, roster());
    }

    @Test
    void aBackupOntoADeviceIsRefusedNotMovedOverIt() throws Exception {
        Path link = StoragePlaces.fullDiskFile(dir, "备份.zip");
        CliRun backup = run("backup", "create", "--to", link.toString());
        assertEquals(Cli.FAILURE, backup.code(), backup.out());
        assertEquals("无法写入备份 " + link + "：" + link + ": not a regular file", backup.err().strip());
        assertTrue(Files.isSymbolicLink(link) && StoragePlaces.isDevice(StoragePlaces.DEV_FULL));
        assertEquals(List.of("data", "备份.zip"), listing(dir));
    }

    @Test
    void exportsAndBackupsIntoAReadOnlyFolderSaySo() throws Exception {
        String before = roster();
        for (Path folder : StoragePlaces.readOnlyFolders(dir)) {
            List<String> inside = listing(folder);
            Path xlsx = folder.resolve("名单.xlsx");
            CliRun export = run("roster", "export", xlsx.toString());
            assertEquals(Cli.FAILURE, export.code(), export.out());
            assertEquals(xlsx + ":1:1: " + readOnly(xlsx), export.err().strip(), folder.toString());

            Path docx = folder.resolve("年报.docx");
            CliRun annual = run("report", "annual", "--year", "2025", "--out", docx.toString());
            assertEquals(Cli.FAILURE, annual.code(), annual.out());
            assertEquals(docx + ":1:1: " + readOnly(docx), annual.err().strip());

            Path zip = folder.resolve("备份.zip");
            CliRun backup = run("backup", "create", "--to", zip.toString());
            assertEquals(Cli.FAILURE, backup.code(), backup.out());
            assertEquals(readOnly(zip), backup.err().strip());

            assertEquals(inside, listing(folder), "nothing written into " + folder);
        }
        assertEquals(before, roster());
        CliRun auto = run("backup", "create");
        assertEquals(0, auto.code(), "the data folder itself still backs up: " + auto.err());
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.secretariat.service.safety;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.DataInUseException;

@org.secretariat.persistence.H2Only("the data folder's lock")
class DataFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOpenerIsRefusedWithWhoHoldsTheFolder() throws Exception {
        try (AppContext first = TestWorkspace.open(dir, "hengshui-tech")) {
            DataInUseException e = assertThrows(DataInUseException.class,
                    () -> AppContext.open(dir, "second", TestWorkspace.CLOCK));
            assertEquals(dir, e.dataDir());
            assertTrue(e.holder().contains("pid " + ProcessHandle.current().pid()), e.holder());
            assertTrue(e.holder().contains("test"), e.holder());
        }
        try (AppContext again = AppContext.open(dir, "after close", TestWorkspace.CLOCK)) {
            assertEquals("hengshui-tech", again.charter().orElseThrow().id());
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsTheFolder() throws Exception {
        try (AppContext first = TestWorkspace.open(dir, "hengshui-tech")) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    "org.secretariat.Launcher", "--data-dir", dir.toString(), "roster", "list")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(1, p.waitFor());
            assertTrue(out.contains("正被另一个秘书处程序使用"), out);
            assertTrue(!out.contains("Exception"), "no stack trace: " + out);
        }
    }
}

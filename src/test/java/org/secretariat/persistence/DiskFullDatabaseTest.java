package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

class DiskFullDatabaseTest {

    @TempDir
    Path dir;

    @AfterEach
    void lift() {
        QuotaFileSystem.uninstall();
    }

    @Test
    void explore() throws Exception {
        QuotaFileSystem.install();
        AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec");
        assertTrue(ctx.roster().save(TestWorkspace.unit("甲单位", "")).saved());
        QuotaFileSystem.limit(0);
        try {
            ctx.roster().save(TestWorkspace.unit("乙单位", ""));
            System.out.println("NO FAILURE");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("CHAIN " + t.getClass().getName() + " code=" + (t instanceof java.sql.SQLException s ? s.getErrorCode() : -1) + " : " + t.getMessage());
            }
        }
        QuotaFileSystem.unlimited();
        try {
            ctx.roster().save(TestWorkspace.unit("丙单位", ""));
            System.out.println("SECOND OK");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("CHAIN2 " + t.getClass().getName() + " : " + t.getMessage());
            }
        }
        try { ctx.close(); } catch (Exception e) { System.out.println("CLOSE " + e); }
        QuotaFileSystem.uninstall();
        try (AppContext again = AppContext.open(dir, "test", TestWorkspace.CLOCK)) {
            System.out.println("UNITS " + again.roster().list().stream().map(u -> u.name()).toList());
        }
    }
}

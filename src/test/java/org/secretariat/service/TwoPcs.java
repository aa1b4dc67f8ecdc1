package org.secretariat.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;

/**
 * Two PCs on one database for the edit-conflict tests (decisions 0018, 0022): 王芳's app and 李明's
 * app open the same data — the H2 file shared through the window's AUTO_SERVER, or one PostgreSQL
 * database. 王芳's clock says 10:05 Beijing time, 李明's 10:09.
 */
final class TwoPcs implements AutoCloseable {

    static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());
    static final Clock LI_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:09:00Z"), TestWorkspace.CLOCK.getZone());

    final AppContext wang;
    final AppContext li;

    private TwoPcs(AppContext wang, AppContext li) {
        this.wang = wang;
        this.li = li;
    }

    /** Sets up {@code dir} on 王芳's PC with the 新乡 charter and opens it on 李明's too. */
    static TwoPcs open(Path dir) throws Exception {
        AppContext wang;
        AppContext li;
        if (TestWorkspace.onPostgresql()) {
            wang = TestWorkspace.setUp(TestWorkspace.openData(dir, WANG_CLOCK), "xinxiang-cbec");
            li = TestWorkspace.openData(dir, LI_CLOCK);
        } else {
            wang = TestWorkspace.setUp(AppContext.open(dir, Database.WINDOW, WANG_CLOCK), "xinxiang-cbec");
            li = AppContext.open(dir, "test", LI_CLOCK); // shares the window's file, as a second copy of the app would
        }
        wang.settings().set(Settings.OPERATOR, "王芳");
        li.settings().set(Settings.OPERATOR, "李明");
        return new TwoPcs(wang, li);
    }

    @Override
    public void close() throws Exception {
        try {
            li.close();
        } finally {
            wang.close();
        }
    }
}

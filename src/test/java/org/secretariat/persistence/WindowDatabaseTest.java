package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's database serves plain JDBC reads while Hibernate boots on a thread of its own
 * (issue 18), and Hibernate is there for the first use that needs it; closing during the boot waits
 * for it instead of leaving a SessionFactory open.
 */
class WindowDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void jdbcReadsNeedNoHibernateAndHibernateComesWhenAskedFor() throws Exception {
        try (Database db = Database.open(dir, Database.WINDOW)) {
            assertTrue(db.heldByWindow());
            long units = db.withConnection(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("select count(*) from member_unit")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertEquals(0, units);
            assertEquals(0, db.writeCount(), "nothing written");
            assertEquals(0L, (long) db.fromTransaction(s -> s.createSelectionQuery("select count(u) from MemberUnit u",
                    Long.class).getSingleResult()));
        }
    }

    @Test
    void closingWhileHibernateBootsLeavesTheFolderFree() throws Exception {
        Database.open(dir, Database.WINDOW).close();
        try (Database again = Database.open(dir, "roster import")) {
            assertEquals(0, again.writeCount());
        }
    }
}

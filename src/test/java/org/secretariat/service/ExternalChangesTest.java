package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.AuditRepository;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.persistence.ServerSignal;
import org.secretariat.service.roster.RosterService;

/**
 * Another PC's (or a command's) changes are told from the window's own by the audit trail: the
 * window's own writes are not news; another writer's are, with who and what kind of record, once.
 * Runs on PostgreSQL too (TestWorkspace), where the commit also wakes a listening connection.
 */
class ExternalChangesTest {

    @TempDir
    Path dir;

    /** The same database written by someone else: their own audit trail, under their operator name. */
    static RosterService otherPc(AppContext app, String operator) {
        AuditTrail theirs = new AuditTrail(new AuditRepository(), () -> operator, app.clock());
        return new RosterService(app.database(), new MemberUnitRepository(), theirs, () -> app.charter().orElseThrow(),
                app.clock());
    }

    @Test
    void ownWritesAreNotNewsAnotherWritersAreOnce() throws Exception {
        try (AppContext app = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            app.roster().save(TestWorkspace.unit("新乡学院", ""));
            ExternalChanges changes = new ExternalChanges(app.database(), app.audit());
            assertTrue(changes.poll().isEmpty(), "nothing since the watch began");

            app.roster().save(TestWorkspace.unit("河南科技学院", ""));
            assertTrue(changes.poll().isEmpty(), "the window's own save is already on its screen");

            otherPc(app, "李四").save(TestWorkspace.unit("新乡医学院", ""));
            app.roster().save(TestWorkspace.unit("新乡职业技术学院", ""));
            ExternalChanges.Change change = changes.poll().orElseThrow();
            assertEquals(Set.of("李四"), change.actors());
            assertTrue(change.touches("MemberUnit"), change.entityTypes().toString());
            assertEquals(1, change.entries());
            assertTrue(changes.poll().isEmpty(), "said once");
        }
    }

    @Test
    void onTheServerACommitWakesAListeningConnection() throws Exception {
        try (AppContext app = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var listening = app.database().listenForChanges();
            if (listening.isEmpty()) {
                assertTrue(app.database().server().isEmpty(), "only the H2 folder polls instead");
                return;
            }
            try (ServerSignal signal = listening.get()) {
                assertTrue(!signal.await(Duration.ofMillis(200)), "no signal before a write");
                otherPc(app, "李四").save(TestWorkspace.unit("新乡医学院", ""));
                assertTrue(signal.await(Duration.ofSeconds(10)), "the commit was signalled");
            }
        }
    }
}

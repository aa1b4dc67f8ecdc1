package org.secretariat.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.store.fs.FileUtils;
import org.h2.util.IOUtils;

/**
 * Upgrades a data folder's H2 file on a copy and puts the copy in place only when every migration
 * has run (decision 0023). H2 commits each DDL statement as it runs, so a migration stopped halfway
 * (the window closed while 「正在打开数据……」 showed, a killed process, a power cut) used to leave half
 * its columns in the file and Flyway's history saying it failed: the folder then refused to open, on
 * every start. Here the file in the folder is not touched until the upgraded copy replaces it in one
 * rename; a stop at any moment before that leaves the old file as it was, and the next start upgrades
 * again from it. A new folder is built the same way, so a first start stopped early leaves nothing.
 */
final class MigrationOnCopy {

    /** The copy's name beside {@link Database#FILE_NAME}; a copy left by a stopped upgrade is removed first. */
    static final String COPY_NAME = Database.FILE_NAME + "-upgrading";

    private MigrationOnCopy() {
    }

    /**
     * Migrates the database {@code pool} reaches where it is: a command's, through the window's server
     * (the window upgraded the file when it opened it, so this finds nothing to do).
     */
    static JdbcConnectionPool inPlace(JdbcConnectionPool pool) {
        flyway(pool);
        return pool;
    }

    /**
     * Closes the folder's database ({@code pool}, opened on {@code url}), upgrades a copy of its file,
     * renames the copy over it and returns a pool on the upgraded file.
     */
    static JdbcConnectionPool onCopy(JdbcConnectionPool pool, Path dataDir, String url, DatabaseKey key) {
        pool.dispose(); // the file closed: it is copied, and then replaced
        String original = Database.h2File(dataDir, Database.FILE_NAME) + ".mv.db";
        String copy = Database.h2File(dataDir, COPY_NAME);
        String upgraded = copy + ".mv.db";
        FileUtils.delete(upgraded);
        boolean done = false;
        try {
            if (FileUtils.exists(original)) {
                IOUtils.copyFiles(original, upgraded);
            }
            JdbcConnectionPool onCopy = JdbcConnectionPool.create("jdbc:h2:" + copy + Database.OPTIONS
                    + ";DB_CLOSE_ON_EXIT=FALSE" + key.urlOptions(), "sa", key.jdbcPassword());
            try {
                flyway(onCopy);
                try (Connection c = onCopy.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN"); // the copy closed and written out before it replaces the original
                }
            } finally {
                onCopy.dispose();
            }
            try (FileChannel ch = FileUtils.open(upgraded, "rw")) {
                ch.force(true); // on the disk before the rename that makes it the folder's database
            }
            FileUtils.moveAtomicReplace(upgraded, original);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the upgraded copy of the database did not close: " + e.getMessage(), e);
        } finally {
            if (!done) {
                FileUtils.tryDelete(upgraded); // the original stays as it was
            }
        }
        JdbcConnectionPool reopened = JdbcConnectionPool.create(url, "sa", key.jdbcPassword());
        reopened.setMaxConnections(8);
        return reopened;
    }

    private static void flyway(JdbcConnectionPool pool) {
        Flyway.configure().dataSource(pool).locations(SchemaVersion.locations(SchemaVersion.H2)).load().migrate();
    }
}

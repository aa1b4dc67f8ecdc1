package org.secretariat.service.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.logging.log4j.LogManager;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DataLock;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.PortableExport;
import org.secretariat.persistence.PortableRestore;
import org.secretariat.persistence.ServerRefusedException;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.Settings;
import org.secretariat.persistence.TargetNotEmptyException;
import org.secretariat.service.Progress;

/**
 * Moves a data folder's records to the office's PostgreSQL server and back (issue 17 point 4, decision
 * 0020), through the portable export: the source is exported in one snapshot, the export restored into
 * the EMPTY target in one transaction and checked by the backups' counts; only then does the folder's
 * {@code settings.properties} change what the folder means. The folder's H2 file, once on the server,
 * is kept as an ordinary backup in {@code backups/} and taken out of the folder, so the folder cannot
 * be opened on stale data by mistake and a later move back finds it empty.
 */
public final class DatabaseMove {

    private DatabaseMove() {
    }

    /** The portable export of an open database to {@code file}. */
    public static PortableExport.Manifest export(Database db, Path file, Clock clock) throws IOException, SQLException {
        return PortableExport.write(db, file, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The folder's H2 data into the empty server database {@code target}; the folder then means the server.
     *
     * @return the counts moved (the same on both sides)
     */
    public static BackupCounts toServer(Path dataDir, DatabaseKey key, ServerTarget target, String password, Clock clock,
                                        Progress progress)
            throws IOException, SQLException, DataInUseException, PasswordException, ServerRefusedException,
            TargetNotEmptyException {
        Path export = Files.createTempFile("secretariat-move-", ".zip");
        try (DataLock lock = DataLock.acquire(dataDir, "move to server")) {
            PortableExport.Manifest m;
            try (Database h2 = Database.openLocked(dataDir, lock, key)) {
                m = export(h2, export, clock);
            }
            try (Database server = Database.open(dataDir, target, password, "move to server")) {
                PortableRestore.restore(export, server, progress::update);
                if (!server.counts().equals(m.counts())) {
                    throw new IOException("the server holds " + server.counts() + " after the move, the folder " + m.counts());
                }
            }
            Settings.load(dataDir).set(Settings.SERVER, target.address());
            Path mvDb = dataDir.resolve(BackupArchive.ENTRY);
            Path kept = Backups.newFile(Backups.folder(dataDir), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            Files.createDirectories(kept.getParent());
            BackupArchive.zipDatabaseFile(mvDb, kept);
            Files.delete(mvDb);
            LogManager.getLogger(DatabaseMove.class).info("moved {} to {}: {}; the H2 file kept as {}", dataDir, target,
                    m.counts(), kept);
            return m.counts();
        } finally {
            Files.deleteIfExists(export);
        }
    }

    /**
     * The server's data into the folder's H2 database, which must be new or empty; the folder's setting
     * naming the server is then removed. The server's database is left as it is.
     */
    public static BackupCounts toFolder(Path dataDir, ServerTarget target, String password, Clock clock,
                                        Progress progress)
            throws IOException, SQLException, DataInUseException, PasswordException, ServerRefusedException,
            TargetNotEmptyException {
        Path export = Files.createTempFile("secretariat-move-", ".zip");
        try (DataLock lock = DataLock.acquire(dataDir, "move to folder")) {
            PortableExport.Manifest m;
            try (Database server = Database.open(dataDir, target, password, "move to folder")) {
                m = export(server, export, clock);
            }
            try (Database h2 = Database.openLocked(dataDir, lock, DatabaseKey.NONE)) {
                PortableRestore.restore(export, h2, progress::update);
                if (!h2.counts().equals(m.counts())) {
                    throw new IOException("the folder holds " + h2.counts() + " after the move, the server " + m.counts());
                }
            }
            Settings.load(dataDir).remove(Settings.SERVER);
            LogManager.getLogger(DatabaseMove.class).info("moved {} back into {}: {}", target, dataDir, m.counts());
            return m.counts();
        } finally {
            Files.deleteIfExists(export);
        }
    }
}

package org.secretariat.service.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.secretariat.domain.AuditEntry;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.NotABackupException;
import org.secretariat.persistence.PasswordException;
import org.secretariat.service.AppContext;
import org.secretariat.service.AuditTrail;

/**
 * Checks the audit trail, for the window's Data safety screen and {@code audit verify} alike: its hash
 * chain, then the chain against the data folder's newest backup. The chain finds an entry changed or
 * removed from the middle, but entries removed from its end leave a shorter chain that still holds;
 * a backup remembers how far the trail went, and its last entry must still be in the data, unchanged.
 */
public final class AuditCheck {

    private AuditCheck() {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** The verdict: intact or not, and what to say. */
    public record Result(boolean intact, Text text) {
    }

    public static Result verify(AppContext ctx) {
        AuditTrail.Verification v = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
        if (!v.intact()) {
            AuditEntry e = v.firstBroken().orElseThrow();
            return new Result(false, Text.of("audit.verify.broken", e.getSeq(), e.getAt().format(TIME), e.getActor(),
                    v.entries()));
        }
        Optional<Text> shorter;
        try {
            shorter = againstNewestBackup(ctx);
        } catch (IOException e) {
            shorter = Optional.empty(); // the backups folder cannot be listed: the chain alone is checked
        }
        return shorter.map(t -> new Result(false, t)).orElseGet(() -> new Result(true, Text.of("audit.verify.ok", v.entries())));
    }

    /**
     * What is wrong, if anything: the newest backup that opens with the data's key holds an entry the
     * data has lost, or holds differently. Backups that do not open (another password, damaged) are
     * passed over for the next newest; none at all (a server's exports, a new folder) finds nothing.
     */
    static Optional<Text> againstNewestBackup(AppContext ctx) throws IOException {
        List<Path> newestFirst = Backups.list(Backups.folder(ctx.dataDir()));
        for (Path backup : newestFirst) {
            Optional<BackupArchive.AuditEnd> end;
            try {
                end = BackupArchive.auditEnd(backup, ctx.database().key());
            } catch (NotABackupException | PasswordException e) {
                continue;
            }
            if (end.isEmpty()) {
                return Optional.empty();
            }
            long seq = end.get().seq();
            AuditEntry live = ctx.database().fromTransaction(s -> s.get(AuditEntry.class, seq));
            String name = backup.getFileName().toString();
            if (live == null) {
                long last = ctx.database().fromTransaction(s -> s.createSelectionQuery(
                        "select coalesce(max(a.seq), 0) from AuditEntry a", Long.class).getSingleResult());
                return Optional.of(Text.of("audit.verify.truncated", name, seq, last));
            }
            if (!live.getHash().equals(end.get().hash())) {
                return Optional.of(Text.of("audit.verify.differs", name, seq));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}

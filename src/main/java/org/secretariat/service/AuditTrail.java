package org.secretariat.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.AuditEntry;
import org.secretariat.persistence.AuditRepository;
import org.secretariat.persistence.CounterRows;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its record commit
 * together. Each entry's hash covers its content and the previous entry's hash. The last entry is
 * read only under the chain head's row lock ({@link CounterRows#lockAuditHead}), held to the end of
 * the transaction, so two writers (PCs on one server) never append the same number twice.
 */
public final class AuditTrail {

    public static final String GENESIS = "0".repeat(64);
    /** Separates field, old and new value in a details line. */
    public static final char SEP = '\u001F';

    private final AuditRepository repository;
    private final Supplier<String> actor;
    private final Clock clock;

    public AuditTrail(AuditRepository repository, Supplier<String> actor, Clock clock) {
        this.repository = repository;
        this.actor = actor;
        this.clock = clock;
    }

    /** The operator name entries are recorded under now (Settings' operator). */
    public String actor() {
        return actor.get();
    }

    /**
     * Hashes of the entries this process appended, so {@link ExternalChanges} tells another PC's (or
     * a command's) changes from the window's own. A hash, not a sequence number: an entry rolled back
     * here leaves its number free for another writer, whose entry then has another hash.
     */
    private volatile java.util.Set<String> own;

    /** From now on, remember the hashes appended here (only a window watching for others' changes asks). */
    synchronized void rememberOwn() {
        if (own == null) {
            own = java.util.concurrent.ConcurrentHashMap.newKeySet();
        }
    }

    /** True, once, if this process appended the entry with this hash (it is forgotten after the answer). */
    boolean takeOwn(String hash) {
        java.util.Set<String> o = own;
        return o != null && o.remove(hash);
    }

    private void noteOwn(String hash) {
        java.util.Set<String> o = own;
        if (o != null) {
            o.add(hash);
        }
    }

    /** The entry last appended in a session, so a batch of changes reads the trail's end only once. */
    private final java.util.Map<Session, AuditEntry> lastInSession = new java.util.WeakHashMap<>();

    /**
     * Appends an entry in the caller's transaction. The first entry of a session takes the chain's
     * head (a row lock held to commit) before reading the last entry; the monitor is not held
     * meanwhile, so a thread waiting for the head never stops the holder from appending its next entry.
     */
    public void record(Session s, AuditAction action, String entityType, Long entityId, String label, String details) {
        AuditEntry cached;
        synchronized (this) {
            cached = lastInSession.get(s);
        }
        Optional<AuditEntry> last;
        if (cached != null && s.contains(cached)) {
            last = Optional.of(cached); // the head was taken when this session first appended
        } else {
            CounterRows.lockAuditHead(s);
            last = repository.last(s);
        }
        long seq = last.map(e -> e.getSeq() + 1).orElse(1L);
        String prev = last.map(AuditEntry::getHash).orElse(GENESIS);
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String who = actor.get();
        String hash = hash(seq, at, who, action.name(), entityType, entityId, label, details, prev);
        AuditEntry entry = new AuditEntry(seq, at, who, action.name(), entityType, entityId, label, details, prev, hash);
        repository.append(s, entry);
        noteOwn(hash);
        synchronized (this) {
            lastInSession.put(s, entry);
        }
    }

    /**
     * The trail's end read once, for a batch of changes in one transaction (an import): entries are
     * numbered and chained in the order they are recorded, without a query per entry, so the session
     * may be flushed and cleared between batches. Flush before clearing: an entry cleared unflushed
     * would leave a gap the next one's hash points across. Only one chain or {@link #record} at a
     * time may write to a session.
     */
    public Chain chain(Session s) {
        return new Chain(s);
    }

    /** See {@link #chain}. */
    public final class Chain {
        private final Session session;
        /** Where entries go: the session, or a stateless session on its connection (an import). */
        private Consumer<AuditEntry> sink;
        private long seq;
        private String prev;
        private final String start;

        private Chain(Session session) {
            this.session = session;
            CounterRows.lockAuditHead(session);
            Optional<AuditEntry> last = repository.last(session);
            this.seq = last.map(AuditEntry::getSeq).orElse(0L);
            this.prev = last.map(AuditEntry::getHash).orElse(GENESIS);
            this.start = prev;
            insertingWith(null);
        }

        /**
         * From now on, entries are inserted by {@code inserts} (a stateless session sharing the
         * session's connection and transaction) instead of being persisted in the session; null
         * persists them in the session again.
         */
        public void insertingWith(Consumer<AuditEntry> inserts) {
            this.sink = inserts != null ? inserts : e -> repository.append(session, e);
        }

        /** The hash of the trail's last entry when this chain began ({@link #GENESIS} for an empty trail). */
        public String startHash() {
            return start;
        }

        public void record(AuditAction action, String entityType, Long entityId, String label, String details) {
            seq++;
            LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            String who = actor.get();
            String hash = hash(seq, at, who, action.name(), entityType, entityId, label, details, prev);
            AuditEntry entry = new AuditEntry(seq, at, who, action.name(), entityType, entityId, label, details, prev, hash);
            sink.accept(entry);
            noteOwn(hash);
            prev = hash;
            synchronized (AuditTrail.this) {
                lastInSession.put(session, entry); // a later record() in this session continues from here
            }
        }
    }

    /** The lines "field SEP old SEP new" for every field whose value differs. */
    public static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.getOrDefault(e.getKey(), "");
            String now = Objects.toString(e.getValue(), "");
            if (!old.equals(now)) {
                out.append(e.getKey()).append(SEP).append(old).append(SEP).append(now).append('\n');
            }
        }
        return out.toString();
    }

    /** The hash of the trail's last entry ({@link #GENESIS} if empty): changes when anything is recorded. */
    public String head(Session s) {
        return repository.last(s).map(AuditEntry::getHash).orElse(GENESIS);
    }

    /** The newest entry for a record audited by its label, with no number (a certificate kind's template). */
    public Optional<AuditEntry> latestForLabel(Session s, String entityType, String label) {
        return repository.latestForLabel(s, entityType, label);
    }

    public List<AuditEntry> history(Session s, String entityType, long id) {
        return repository.forEntity(s, entityType, id);
    }

    /** The sequence number of the first entry whose chain does not hold, if any. */
    public Optional<Long> firstBrokenLink(Session s) {
        String prev = GENESIS;
        for (AuditEntry e : repository.all(s)) {
            String expected = hash(e.getSeq(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getEntityLabel(), e.getDetails(), prev);
            if (!e.getPrevHash().equals(prev) || !e.getHash().equals(expected)) {
                return Optional.of(e.getSeq());
            }
            prev = e.getHash();
        }
        return Optional.empty();
    }

    /** The whole chain checked: how many entries there are, and the first one that does not hold. */
    public record Verification(long entries, Optional<AuditEntry> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Checks every link of the chain (see {@link #firstBrokenLink}) and fetches the broken entry. */
    public Verification verify(Session s) {
        Optional<Long> broken = firstBrokenLink(s);
        long count = s.createSelectionQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        return new Verification(count, broken.map(seq -> s.get(AuditEntry.class, seq)));
    }

    static String hash(long seq, LocalDateTime at, String actor, String action, String type, Long id,
                       String label, String details, String prev) {
        String content = String.join("\u001E", Long.toString(seq), at.toString(), actor, action, type,
                Objects.toString(id, ""), Objects.toString(label, ""), details, prev);
        return HexFormat.of().formatHex(SHA_256.get().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread, reused: an import hashes an entry per row (digest() resets it). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });
}

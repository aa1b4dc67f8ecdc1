package org.secretariat.service.charters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterLoader;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.CharterVersions;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.CharterVersion;
import org.secretariat.persistence.Database;
import org.secretariat.service.AuditTrail;

/**
 * The charter in force on each date: the profile the organisation was set up with, and the amended
 * versions its amendment cases brought into force (issue 19, decision 0014). Versions are read
 * from the database once and again after a transaction that changed them.
 */
public final class CharterHistory implements CharterInForce {

    public static final String ENTITY = "CharterVersion";

    /** A version as the screens list it. */
    public record Listed(Long caseId, String title, LocalDate proposedOn, LocalDate effectiveFrom, int number) {
    }

    private final Database db;
    private final AuditTrail audit;
    private final Supplier<CharterProfile> original;
    private final Clock clock;
    private final AtomicReference<CharterVersions> cache = new AtomicReference<>();

    public CharterHistory(Database db, AuditTrail audit, Supplier<CharterProfile> original, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.original = original;
        this.clock = clock;
    }

    @Override
    public CharterProfile get() {
        return on(LocalDate.now(clock));
    }

    @Override
    public CharterProfile on(LocalDate date) {
        CharterProfile base = original.get();
        return base == null ? null : versions().on(date);
    }

    @Override
    public Optional<String> amendedOn(LocalDate date) {
        return original.get() == null ? Optional.empty() : versions().describe(date);
    }

    /** The amended versions in force, in order, with the original first as number 0. */
    public CharterVersions versions() {
        CharterVersions v = cache.get();
        CharterProfile base = original.get();
        if (v == null || v.original() != base) {
            v = load(base);
            cache.set(v);
        }
        return v;
    }

    /** Forgets what was read, so the next question reads the versions again (after a change, or a restore). */
    public void reload() {
        cache.set(null);
    }

    /** Read with plain JDBC: the window's first screens ask for it before Hibernate has booted (issue 18). */
    private CharterVersions load(CharterProfile base) {
        List<CharterVersions.Version> versions = db.withConnection(c -> {
            List<CharterVersions.Version> read = new ArrayList<>();
            try (var s = c.prepareStatement("select title, effective_from, profile_text from charter_version"
                    + " where charter_id = ? and effective_from is not null order by effective_from, id")) {
                s.setString(1, base.id());
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        read.add(new CharterVersions.Version(read.size() + 1, r.getString(1),
                                r.getObject(2, LocalDate.class), parse(r.getString(3), base.id())));
                    }
                }
            }
            return read;
        });
        return new CharterVersions(base, versions);
    }

    /**
     * Reads an amended profile as it will be kept: checked as strictly as {@code charters check}, and
     * under the organisation's charter id (a copy edited as 「cerra-2026」 still amends 「cerra」).
     */
    public static CharterProfile parse(String text, String charterId) {
        try {
            return new CharterLoader().load(charterId + ".yaml", withId(text, charterId));
        } catch (CharterLoadException e) {
            throw new IllegalStateException("a stored charter version no longer loads: " + e.getMessage(), e);
        }
    }

    /** The profile text with its {@code id:} line set to the organisation's charter id. */
    public static String withId(String text, String charterId) {
        return text.replaceFirst("(?m)^id:\\s*\\S+", "id: " + charterId);
    }

    /**
     * Checks a proposed amended profile; the problems come back (with line and field) if it is not a
     * profile this application can run by.
     */
    public static List<org.secretariat.charter.CharterProblem> check(String text, String charterId) {
        try {
            CharterLoader.checking().load(charterId + ".yaml", withId(text, charterId));
            return List.of();
        } catch (CharterLoadException e) {
            return e.problems();
        }
    }

    /** Keeps the amended profile an amendment case proposes (not in force yet), in the case's transaction. */
    public void propose(Session s, long caseId, String title, String text, LocalDate on) {
        String charterId = original.get().id();
        CharterVersion v = new CharterVersion(charterId, caseId, title, withId(text, charterId), on);
        s.persist(v);
        s.flush();
        audit.record(s, AuditAction.CREATE, ENTITY, v.getId(), title, "proposed" + AuditTrail.SEP + "" + AuditTrail.SEP
                + on + "\n");
    }

    /** The amended profile a case proposes, if it proposes one. */
    public Optional<CharterVersion> proposedBy(Session s, long caseId) {
        return s.createSelectionQuery("from CharterVersion v where v.caseId = :c", CharterVersion.class)
                .setParameter("c", caseId).getResultList().stream().findFirst();
    }

    /**
     * The step that brings the amendment into force is done: its version is in force from {@code on}.
     * Dates before it keep the version they had. Re-read after the transaction ends.
     */
    public void bringIntoForce(Session s, long caseId, LocalDate on) {
        Optional<CharterVersion> v = proposedBy(s, caseId);
        if (v.isEmpty() || on.equals(v.get().getEffectiveFrom())) {
            return;
        }
        LocalDate was = v.get().getEffectiveFrom();
        v.get().setEffectiveFrom(on);
        audit.record(s, AuditAction.UPDATE, ENTITY, v.get().getId(), v.get().getTitle(), "effective_from" + AuditTrail.SEP
                + (was == null ? "" : was) + AuditTrail.SEP + on + "\n");
        reloadAfter(s);
    }

    /** A correction took back the step that brought the version into force: it is no longer in force. */
    public void takeOutOfForce(Session s, long caseId) {
        Optional<CharterVersion> v = proposedBy(s, caseId);
        if (v.isEmpty() || v.get().getEffectiveFrom() == null) {
            return;
        }
        audit.record(s, AuditAction.UPDATE, ENTITY, v.get().getId(), v.get().getTitle(), "effective_from" + AuditTrail.SEP
                + v.get().getEffectiveFrom() + AuditTrail.SEP + "\n");
        v.get().setEffectiveFrom(null);
        reloadAfter(s);
    }

    private void reloadAfter(Session s) {
        s.getTransaction().registerSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                reload();
            }
        });
    }

    /** Every amendment proposed, in force or not, for the charter screen and the cases. */
    public List<Listed> list() {
        CharterProfile base = original.get();
        if (base == null) {
            return List.of();
        }
        List<CharterVersion> rows = db.fromTransaction(s -> s.createSelectionQuery("from CharterVersion v where "
                + "v.charterId = :c order by v.proposedOn, v.id", CharterVersion.class).setParameter("c", base.id()).getResultList());
        List<Listed> out = new ArrayList<>();
        int n = 0;
        for (CharterVersion row : rows.stream().filter(r -> r.getEffectiveFrom() != null)
                .sorted(java.util.Comparator.comparing(CharterVersion::getEffectiveFrom)).toList()) {
            out.add(new Listed(row.getCaseId(), row.getTitle(), row.getProposedOn(), row.getEffectiveFrom(), ++n));
        }
        rows.stream().filter(r -> r.getEffectiveFrom() == null)
                .forEach(r -> out.add(new Listed(r.getCaseId(), r.getTitle(), r.getProposedOn(), null, 0)));
        return out;
    }
}

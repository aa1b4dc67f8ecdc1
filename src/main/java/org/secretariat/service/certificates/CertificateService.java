package org.secretariat.service.certificates;

import org.secretariat.service.Numbering;

import org.secretariat.service.AuditTrail;

import org.secretariat.domain.AuditAction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.CertificateKind;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Seating;
import org.secretariat.charter.Term;
import org.secretariat.charter.Tier;
import org.secretariat.domain.Certificate;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.CounterRows;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;

/**
 * The certificate register: issuing the charter's certificates to the units (or, for credentials,
 * the office holders) entitled to them, reissuing, revoking, recording returns, and verifying a
 * code. Numbers come from the template's pattern and are never reused.
 */
public final class CertificateService {

    public static final String ENTITY = "Certificate";

    /** What an issue did: the certificates created, or why nothing was. */
    public record Issued(List<Long> ids, List<Text> problems, int skipped) {
    }

    /**
     * A verification verdict: genuine and valid, or why not; {@code row} when the number is known;
     * {@code notice}, if any, what the register says beside a valid certificate (the holder's tier changed).
     */
    public record Verification(Verdict verdict, CertificateRow row, Text notice) {
        /** HOLDER_LEFT: genuine, not recalled yet, but its unit is no longer a member (withdrawn or expelled). */
        public enum Verdict { VALID, EXPIRED, NOT_VALID, HOLDER_LEFT, FORGED, UNKNOWN, MALFORMED }

        public Verification(Verdict verdict, CertificateRow row) {
            this(verdict, row, null);
        }

        /** What the window and the command line say, line by line: the verdict, the register's entry, the notice. */
        public List<Text> texts() {
            List<Text> out = new ArrayList<>();
            out.add(Text.of("certificate.verify." + verdict.name()));
            if (row != null) {
                Object holder = row.holderName().equals(row.unitName()) ? row.holderName()
                        : Text.of("certificate.verify.holderOfUnit", row.holderName(), row.unitName());
                out.add(Text.of("certificate.verify.details", row.number(), row.kindName(), holder, row.issuedOn(),
                        row.validUntil() == null ? Text.of("certificate.noExpiry") : row.validUntil(),
                        Text.of("certificate.state." + row.state().name())));
            }
            if (notice != null) {
                out.add(notice);
            }
            return out;
        }
    }

    /**
     * Writes the files of certificates being issued, in the issuing transaction (they are not yet
     * committed): if it throws, or is cancelled, the register is left as it was.
     */
    @FunctionalInterface
    public interface Printing {
        void print(Session s, List<Long> ids) throws IOException;
    }

    private final Database db;
    private final MemberUnitRepository units;
    private final CertificateTemplates templates;
    private final AuditTrail audit;
    private final CharterInForce charter;
    private final Clock clock;

    public CertificateService(Database db, MemberUnitRepository units, CertificateTemplates templates, AuditTrail audit,
                              CharterInForce charter, Clock clock) {
        this.db = db;
        this.units = units;
        this.templates = templates;
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    public List<CertificateKind> kinds() {
        return charter.get().certificates();
    }

    CertificateKind kind(String id) {
        return charter.get().certificate(id).orElseThrow(() -> new IllegalArgumentException("no certificate kind " + id));
    }

    public List<CertificateRow> list() {
        return db.fromTransaction(s -> s.createSelectionQuery("from Certificate c order by c.id", Certificate.class)
                .getResultList().stream().map(this::row).toList());
    }

    CertificateRow row(Certificate c) {
        String kindName = charter.get().certificate(c.getKindId()).map(CertificateKind::name).orElse(c.getKindId());
        return new CertificateRow(c.getId(), c.getNumber(), c.getKindId(), kindName, c.getHolderName(), c.getUnitName(),
                c.getAttests(), c.getIssuedOn(), c.getValidUntil(), c.getState(), c.getStateReason(), c.getUnitId());
    }

    /** Units entitled to a unit certificate: current members of the tier that names it (or all, if none does). */
    public List<Long> eligibleUnits(String kindId) {
        CertificateKind k = kind(kindId);
        return db.fromTransaction(s -> units.findAll(s).stream().filter(u -> entitlement(k, u, LocalDate.now(clock)).isEmpty())
                .map(MemberUnit::getId).toList());
    }

    /** Why the unit may not receive the kind, or empty if it may. */
    private Optional<Text> entitlement(CertificateKind k, MemberUnit u, LocalDate on) {
        if (!u.getStatus().isCurrent()) {
            return Optional.of(Text.of("certificate.error.notMember", u.getName(), Text.of("status." + u.getStatus().name())));
        }
        if (k.isPersonal()) {
            return holders(k, u, on).isEmpty()
                    ? Optional.of(Text.of("certificate.error.noHolder", u.getName(), officeName(k))) : Optional.empty();
        }
        // a tier's certificate goes to units of that tier and the tiers above it (a 副理事长单位 is also a 理事单位)
        CharterProfile p = charter.on(on);
        Optional<Tier> lowest = p.tiers().stream().filter(t -> k.id().equals(t.certificate())).findFirst();
        int rank = p.tier(u.getTierId()).map(Tier::rank).orElse(-1);
        if (lowest.isPresent() && rank < lowest.get().rank()) {
            return Optional.of(Text.of("certificate.error.tier", k.name(), lowest.get().name(), u.getName(),
                    tierName(u.getTierId()), k.citation().article()));
        }
        return Optional.empty();
    }

    private List<Person> holders(CertificateKind k, MemberUnit u, LocalDate on) {
        Optional<Office> office = Optional.ofNullable(k.office()).flatMap(charter.on(on)::office);
        if (office.isEmpty()) {
            return List.of();
        }
        return u.getPeople().stream().filter(p -> Seating.holds(new Seating.Holder(p.getId(), p.getName(), p.getRole(),
                p.getTermStart(), p.getTermEnd()), office.get(), on)).toList();
    }

    private String officeName(CertificateKind k) {
        return Optional.ofNullable(k.office()).flatMap(charter.get()::office).map(Office::name).orElse(k.name());
    }

    private String tierName(String id) {
        return charter.get().tier(id).map(Tier::name).orElse(id);
    }

    /**
     * Issues the kind to the units on the date, in one transaction. A unit that is not entitled stops
     * the whole issue; with {@code skipHeld}, a unit that already holds a valid one is passed over,
     * otherwise it stops the issue too (use reissue for a replacement).
     */
    public Issued issue(String kindId, List<Long> unitIds, LocalDate on, boolean skipHeld) {
        try {
            return issue(kindId, unitIds, on, skipHeld, (s, ids) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // nothing is printed
        }
    }

    /**
     * As {@link #issue(String, List, LocalDate, boolean)}, printing the new certificates before the
     * register is committed: a certificate is issued only if its file was written. If printing fails
     * (a folder that cannot be written, a full disk) or is cancelled, nothing is issued, no number is
     * used, and the failure is thrown.
     */
    public Issued issue(String kindId, List<Long> unitIds, LocalDate on, boolean skipHeld, Printing printing)
            throws IOException {
        CertificateKind k = kind(kindId);
        return printed(() -> db.fromTransaction(s -> {
            // the chain's head before the check for a certificate already held: two PCs issuing to one unit
            // at once would both find none and both issue; under the head the second sees the first's
            CounterRows.lockAuditHead(s);
            List<Text> problems = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            int skipped = 0;
            for (Long unitId : unitIds) {
                MemberUnit u = units.findWithPeople(s, unitId).orElse(null);
                if (u == null) {
                    continue;
                }
                Optional<Text> refused = entitlement(k, u, on);
                if (refused.isPresent()) {
                    problems.add(refused.get());
                    continue;
                }
                List<Person> people = k.isPersonal() ? holders(k, u, on) : java.util.Collections.singletonList(null);
                for (Person p : people) {
                    Optional<Certificate> held = valid(s, k.id(), u.getId(), p == null ? null : p.getId());
                    if (held.isPresent()) {
                        if (skipHeld) {
                            skipped++;
                        } else {
                            problems.add(Text.of("certificate.error.held", held.get().getHolderName(), k.name(),
                                    held.get().getNumber()));
                        }
                        continue;
                    }
                    ids.add(create(s, k, u, p, on, null).getId());
                }
            }
            if (!problems.isEmpty()) {
                s.getTransaction().setRollbackOnly();
                return new Issued(List.of(), problems, 0);
            }
            if (!ids.isEmpty()) {
                print(printing, s, ids);
            }
            return new Issued(ids, List.of(), skipped);
        }));
    }

    private static void print(Printing printing, Session s, List<Long> ids) {
        try {
            printing.print(s, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // rolls the transaction back; unwrapped by printed()
        }
    }

    private static <R> R printed(Supplier<R> transaction) throws IOException {
        try {
            return transaction.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Optional<Certificate> valid(Session s, String kindId, Long unitId, Long personId) {
        return s.createSelectionQuery("from Certificate c where c.kindId = :k and c.unitId = :u and c.state = :st "
                        + "and (c.personId = :p or (c.personId is null and :p is null))", Certificate.class)
                .setParameter("k", kindId).setParameter("u", unitId).setParameter("p", personId)
                .setParameter("st", CertificateState.ISSUED).setMaxResults(1).uniqueResultOptional();
    }

    private Certificate create(Session s, CertificateKind k, MemberUnit u, Person p, LocalDate on, Long replaces) {
        TemplateSettings t = templates.settings(s, k.id());
        Certificate c = new Certificate();
        c.setNumber(Numbering.next(s, t.numberPattern(), t.orgCode(), kindCode(k), on));
        c.setKindId(k.id());
        c.setUnitId(u.getId());
        c.setUnitName(u.getName());
        c.setPersonId(p == null ? null : p.getId());
        c.setHolderName(p == null ? u.getName() : p.getName());
        c.setAttests(p == null ? tierName(u.getTierId()) : officeName(k));
        c.setIssuedOn(on);
        c.setValidUntil(validUntil(k, on, p));
        c.setReplacesId(replaces);
        c.setCreatedAt(LocalDateTime.now(clock));
        s.persist(c);
        s.flush();
        audit.record(s, AuditAction.ISSUE, ENTITY, c.getId(), c.getNumber(), "certificate" + AuditTrail.SEP + "" + AuditTrail.SEP
                + k.name() + " " + c.getHolderName() + " " + c.getNumber() + "\n");
        return c;
    }

    private LocalDate validUntil(CertificateKind k, LocalDate on, Person p) {
        Term term = k.validity();
        if (term == null && k.office() != null) {
            term = charter.on(on).office(k.office()).map(Office::term).orElse(null);
            if (p != null && p.getTermEnd() != null) {
                return p.getTermEnd(); // a credential runs to the end of the holder's term of office
            }
            if (p != null && p.getTermStart() != null && term != null) {
                return term.lastDay(p.getTermStart());
            }
        }
        return term == null ? null : term.lastDay(on);
    }

    private static String kindCode(CertificateKind k) {
        return k.id().toUpperCase(java.util.Locale.ROOT).replace("-", "");
    }

    /** Replaces a certificate (lost, damaged, details changed): the old one is void, the new one has a new number. */
    public long reissue(long certificateId, LocalDate on, String reason) {
        try {
            return reissue(certificateId, on, reason, (s, ids) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // nothing is printed
        }
    }

    /** As {@link #reissue(long, LocalDate, String)}, printing the new certificate first: if that fails, nothing changes. */
    public long reissue(long certificateId, LocalDate on, String reason, Printing printing) throws IOException {
        return printed(() -> db.fromTransaction(s -> {
            Certificate old = s.find(Certificate.class, certificateId);
            if (old.getState() != CertificateState.ISSUED) {
                throw new IllegalStateException("only an issued certificate can be reissued");
            }
            old.setState(CertificateState.REISSUED, on, reason);
            audit.record(s, AuditAction.REVOKED, ENTITY, old.getId(), old.getNumber(), "state" + AuditTrail.SEP
                    + CertificateState.ISSUED.name() + AuditTrail.SEP + CertificateState.REISSUED.name() + "\n"
                    + "reason" + AuditTrail.SEP + "" + AuditTrail.SEP + (reason == null ? "" : reason) + "\n");
            MemberUnit u = units.findWithPeople(s, old.getUnitId()).orElseThrow();
            Person p = old.getPersonId() == null ? null : s.find(Person.class, old.getPersonId());
            long id = create(s, kind(old.getKindId()), u, p, on, old.getId()).getId();
            print(printing, s, List.of(id));
            return id;
        }));
    }

    /** Revokes or records the return of a certificate (withdrawal, expulsion). */
    public void close(long certificateId, CertificateState state, LocalDate on, String reason) {
        if (state == CertificateState.ISSUED || state == CertificateState.REISSUED) {
            throw new IllegalArgumentException("close as REVOKED, RETURNED or LOST");
        }
        db.inTransaction(s -> {
            Certificate c = s.find(Certificate.class, certificateId);
            String before = c.getState().name();
            c.setState(state, on, reason);
            audit.record(s, AuditAction.valueOf(state.name()), ENTITY, c.getId(), c.getNumber(),
                    "state" + AuditTrail.SEP + before + AuditTrail.SEP + state.name() + "\n");
        });
    }

    /** Valid certificates of units that have withdrawn or been expelled: to be recalled. */
    public List<CertificateRow> toRecall() {
        return db.fromTransaction(s -> s.createSelectionQuery("select c from Certificate c, MemberUnit u where u.id = c.unitId "
                        + "and c.state = :st and u.status in (:gone) order by c.id", Certificate.class)
                .setParameter("st", CertificateState.ISSUED)
                .setParameterList("gone", List.of(MemberStatus.WITHDRAWN, MemberStatus.EXPELLED))
                .getResultList().stream().map(this::row).toList());
    }

    /** The verification code printed on a certificate. */
    public String codeOf(long certificateId) {
        return db.fromTransaction(s -> VerificationCodes.codeOf(s.find(Certificate.class, certificateId),
                VerificationCodes.key(s)));
    }

    /**
     * Checks a code as typed or scanned: the bare {@code NUMBER.CHECK} or the five-line text of the
     * QR code ({@link org.secretariat.document.QrText}); see {@link CertificateVerifier}.
     */
    public Verification verify(String code) {
        return new CertificateVerifier(db, this::row, charter, clock).verify(code);
    }

    /** The register's row for a certificate number (spaces and case forgiven), for the command line. */
    public Optional<CertificateRow> findByNumber(String number) {
        String n = number.strip().replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return db.fromTransaction(s -> s.createSelectionQuery("from Certificate c where upper(c.number) = :n",
                Certificate.class).setParameter("n", n).uniqueResultOptional().map(this::row));
    }

    /** The ids of all certificates that are issued and not void, in number order: to write again. */
    public List<Long> issuedIds() {
        return db.fromTransaction(s -> s.createSelectionQuery("select c.id from Certificate c where c.state = :st "
                + "order by c.id", Long.class).setParameter("st", CertificateState.ISSUED).getResultList());
    }

    /** Finds a unit by its name or credit code, for the command line. */
    public Optional<Long> findUnit(String nameOrCode) {
        String t = nameOrCode.strip();
        return db.fromTransaction(s -> units.findBySameName(s, t)
                .or(() -> units.findByCreditCode(s, org.secretariat.domain.CreditCode.normalize(t)))
                .map(MemberUnit::getId));
    }
}

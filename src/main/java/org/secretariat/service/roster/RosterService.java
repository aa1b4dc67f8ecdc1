package org.secretariat.service.roster;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.domain.PinyinIndex;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.service.roster.membership.DraftChanges;
import org.secretariat.service.roster.membership.RosterSnapshot;

/** The roster: list, add, edit and remove member units, each change in the audit trail. */
public final class RosterService {

    public static final String ENTITY = "MemberUnit";

    /** The outcome of a save: the unit's id, or the problems that stopped it. */
    public record SaveResult(Long id, List<FieldProblem> problems) {
        public boolean saved() {
            return id != null;
        }
    }

    private final Database db;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;

    /** Today by the app's clock: what a join date may not come after. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
    private final EditConflicts conflicts;
    private final java.util.concurrent.atomic.AtomicReference<List<UnitRow>> readAhead =
            new java.util.concurrent.atomic.AtomicReference<>();

    public RosterService(Database db, MemberUnitRepository units, AuditTrail audit,
                         Supplier<CharterProfile> charter, Clock clock) {
        this.db = db;
        this.units = units;
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
        this.conflicts = new EditConflicts(db, audit);
    }

    /**
     * Every unit as a roster row, read as a projection of the columns the rows hold: no entities are
     * built, managed or kept, so 10 000 units cost their text and little else.
     */
    public List<UnitRow> list() {
        List<UnitRow> ahead = readAhead.getAndSet(null);
        if (ahead != null && db.writeCount() == 0) {
            return ahead; // read while the window was starting, and nothing written since
        }
        return RosterProjection.read(db, charter.get());
    }

    /**
     * The first {@code n} rows of {@link #list()} (id order): what a window shows at once while it reads
     * the rest. A preview only: the full list replaces it.
     */
    public List<UnitRow> first(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("the first " + n + " rows");
        }
        return RosterProjection.read(db, charter.get(), n);
    }

    /** Reads the rows ahead for the first {@link #list()}: the window opening its data while JavaFX starts. */
    public void preload() {
        readAhead.set(RosterProjection.read(db, charter.get()));
    }

    public long count() {
        return db.fromTransaction(units::count);
    }

    public Optional<UnitDraft> draft(long id) {
        return db.fromTransaction(s -> units.findWithPeople(s, id).map(RosterService::toDraft));
    }

    /** Every problem with the draft, duplicates included; warnings the user confirmed are not listed. */
    public List<FieldProblem> validate(UnitDraft d) {
        return db.fromTransaction(s -> validate(s, d));
    }

    List<FieldProblem> validate(Session s, UnitDraft d) {
        List<FieldProblem> problems = new ArrayList<>(UnitRules.check(d, charter.get(), today()));
        MemberUnit before = d.isNew() ? null : units.findWithPeople(s, d.id).orElse(null);
        problems.addAll(DraftChanges.check(charter.get(), d, before, RosterSnapshot.lazy(s), LocalDate.now(clock)));
        if (UnitRules.notBlank(d.name)) {
            units.findBySameName(s, d.name).filter(u -> !u.getId().equals(d.id)).ifPresent(u ->
                    problems.add(FieldProblem.error("name", "rule.name.duplicate", u.getName())));
        }
        if (UnitRules.notBlank(d.creditCode)) {
            units.findByCreditCode(s, CreditCode.normalize(d.creditCode)).filter(u -> !u.getId().equals(d.id))
                    .ifPresent(u -> problems.add(FieldProblem.error("creditCode", "rule.creditCode.duplicate", u.getName())));
        }
        return problems;
    }

    /**
     * Saves the draft unless a problem stops it: an error, or a credit-code warning the user has not
     * confirmed. The charter's warnings (一般, 原则上) do not stop it and come back with the id.
     *
     * @throws org.secretariat.service.EditConflict if the unit was saved elsewhere since the draft's
     *         {@link UnitDraft#version} was read
     */
    public SaveResult save(UnitDraft d) {
        return conflicts.guard(ENTITY, d.id, () -> db.fromTransaction(s -> {
            if (!d.isNew()) {
                MemberUnit u = units.findWithPeople(s, d.id).orElseThrow(() -> conflicts.deleted(s, ENTITY, d.id));
                conflicts.refuseIfChanged(s, ENTITY, d.id, d.version, u.getVersion());
            }
            List<FieldProblem> problems = validate(s, d);
            if (problems.stream().anyMatch(RosterService::stops)) {
                return new SaveResult(null, problems);
            }
            return new SaveResult(write(s, d, AuditAction.CREATE), problems);
        }));
    }

    /** Does this problem stop a save? Errors do, and the check-character warning until confirmed. */
    public static boolean stops(FieldProblem p) {
        return p.isError() || "rule.creditCode.check".equals(p.message().key());
    }

    /** Writes a validated draft and its audit entry in the caller's transaction. */
    long write(Session s, UnitDraft d, AuditAction createAction) {
        return write(s, d, createAction, null);
    }

    /** The audit trail's end read once, for many {@link #write}s in one transaction (an import). */
    AuditTrail.Chain auditChain(Session s) {
        return audit.chain(s);
    }

    /** A batch writer of new, checked units on {@code s}'s connection and transaction (an import). */
    RosterInserts inserts(Session s, Connection connection, AuditTrail.Chain chain, int batchSize) {
        return new RosterInserts(s.getSessionFactory(), connection, chain, clock, batchSize);
    }

    /** The audit trail's head: it moves whenever anything is written through the one write path. */
    String auditHead(Session s) {
        return audit.head(s);
    }

    /** As {@link #write(Session, UnitDraft, AuditAction)}, recording into {@code chain} if there is one. */
    long write(Session s, UnitDraft d, AuditAction createAction, AuditTrail.Chain chain) {
        MemberUnit unit;
        Map<String, String> before;
        LocalDateTime now = LocalDateTime.now(clock);
        if (d.isNew()) {
            unit = new MemberUnit();
            unit.setCreatedAt(now);
            before = Map.of();
        } else {
            unit = units.findWithPeople(s, d.id).orElseThrow(() -> conflicts.deleted(s, ENTITY, d.id));
            before = snapshot(unit);
            conflicts.refuseIfChanged(s, ENTITY, d.id, d.version, unit.getVersion());
        }
        apply(d, unit);
        unit.setUpdatedAt(now);
        if (d.isNew()) {
            units.add(s, unit); // the id comes from the sequence at once; the insert waits for the flush
        }
        String details = AuditTrail.diff(before, snapshot(unit));
        if (!d.isNew() && !details.isEmpty()) {
            // a change to the people alone leaves the unit's row as it was: its version must still move on
            s.lock(unit, LockMode.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (!details.isEmpty() || d.isNew()) {
            AuditAction action = d.isNew() ? createAction : AuditAction.UPDATE;
            if (chain != null) {
                chain.record(action, ENTITY, unit.getId(), unit.getName(), details);
            } else {
                audit.record(s, action, ENTITY, unit.getId(), unit.getName(), details);
            }
        }
        return unit.getId();
    }

    public boolean delete(long id) {
        return db.fromTransaction(s -> {
            Optional<MemberUnit> unit = units.findWithPeople(s, id);
            unit.ifPresent(u -> {
                String details = AuditTrail.diff(snapshot(u), Map.of());
                audit.record(s, AuditAction.DELETE, ENTITY, u.getId(), u.getName(), details.isEmpty() ? "-" : details);
                units.remove(s, u);
            });
            return unit.isPresent();
        });
    }

    public List<AuditEntry> history(long id) {
        return db.fromTransaction(s -> audit.history(s, ENTITY, id));
    }

    static void apply(UnitDraft d, MemberUnit u) {
        u.setName(d.name.strip());
        String code = CreditCode.normalize(d.creditCode);
        u.setCreditCode(code.isEmpty() ? null : code);
        u.setCreditCodeConfirmed(!code.isEmpty() && CreditCode.check(code) != CreditCode.Verdict.VALID);
        u.setUnitType(d.unitType);
        u.setTierId(d.tierId);
        u.setStatus(d.status);
        u.setJoinDate(d.joinDate);
        u.setJoinDatePrecision(d.joinDate == null ? DatePrecision.DAY : d.joinDatePrecision);
        u.setLegalRepresentative(blankToNull(d.legalRepresentative));
        u.setAddress(blankToNull(d.address));
        u.setContactName(blankToNull(d.contactName));
        u.setPhone(blankToNull(d.phone));
        u.setEmail(blankToNull(d.email));
        u.setRemarks(blankToNull(d.remarks));
        u.getPeople().clear();
        StringBuilder key = new StringBuilder(PinyinIndex.keyOf(u.getName()));
        appendKey(key, u.getContactName());
        for (PersonDraft p : d.people) {
            Person person = new Person();
            person.setName(p.name().strip());
            person.setTitle(blankToNull(p.title()));
            person.setRole(p.role().strip());
            person.setTermStart(p.termStart());
            person.setTermEnd(p.termEnd());
            person.setPhone(blankToNull(p.phone()));
            person.setEmail(blankToNull(p.email()));
            u.addPerson(person);
            appendKey(key, person.getName());
        }
        u.setSearchKey(key.length() > 2000 ? key.substring(0, 2000) : key.toString());
    }

    private static void appendKey(StringBuilder key, String text) {
        if (text != null && !text.isBlank()) {
            key.append(' ').append(PinyinIndex.keyOf(text));
        }
    }

    static UnitDraft toDraft(MemberUnit u) {
        UnitDraft d = new UnitDraft();
        d.id = u.getId();
        d.version = (long) u.getVersion();
        d.name = u.getName();
        d.creditCode = Objects.toString(u.getCreditCode(), "");
        d.creditCodeConfirmed = u.isCreditCodeConfirmed();
        d.unitType = u.getUnitType();
        d.tierId = u.getTierId();
        d.status = u.getStatus();
        d.joinDate = u.getJoinDate();
        d.joinDatePrecision = u.getJoinDatePrecision();
        d.legalRepresentative = Objects.toString(u.getLegalRepresentative(), "");
        d.address = Objects.toString(u.getAddress(), "");
        d.contactName = Objects.toString(u.getContactName(), "");
        d.phone = Objects.toString(u.getPhone(), "");
        d.email = Objects.toString(u.getEmail(), "");
        d.remarks = Objects.toString(u.getRemarks(), "");
        for (Person p : u.getPeople()) {
            d.people.add(new PersonDraft(p.getName(), Objects.toString(p.getTitle(), ""), p.getRole(),
                    p.getTermStart(), p.getTermEnd(), Objects.toString(p.getPhone(), ""), Objects.toString(p.getEmail(), "")));
        }
        return d;
    }

    /** The unit's fields as the audit trail compares them, keyed like the roster fields. */
    public static Map<String, String> snapshot(MemberUnit u) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", u.getName());
        m.put("creditCode", Objects.toString(u.getCreditCode(), ""));
        m.put("unitType", u.getUnitType().name());
        m.put("tier", u.getTierId());
        m.put("status", u.getStatus().name());
        m.put("joinDate", u.getJoinDatePrecision().show(u.getJoinDate()));
        m.put("legalRepresentative", Objects.toString(u.getLegalRepresentative(), ""));
        m.put("address", Objects.toString(u.getAddress(), ""));
        m.put("contactName", Objects.toString(u.getContactName(), ""));
        m.put("phone", Objects.toString(u.getPhone(), ""));
        m.put("email", Objects.toString(u.getEmail(), ""));
        m.put("remarks", Objects.toString(u.getRemarks(), ""));
        List<String> people = new ArrayList<>();
        for (Person p : u.getPeople()) {
            people.add(p.getName() + "（" + p.getRole() + " " + Objects.toString(p.getTermStart(), "") + "~"
                    + Objects.toString(p.getTermEnd(), "") + "）");
        }
        m.put("people", String.join("；", people));
        // each person's title, phone and e-mail, so a change to them alone is recorded (and moves the version on)
        List<String> contacts = new ArrayList<>();
        for (Person p : u.getPeople()) {
            String c = String.join(" ", java.util.stream.Stream.of(p.getTitle(), p.getPhone(), p.getEmail())
                    .filter(x -> x != null && !x.isBlank()).toList());
            if (!c.isEmpty()) {
                contacts.add(p.getName() + "：" + c);
            }
        }
        m.put("peopleContacts", String.join("；", contacts));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

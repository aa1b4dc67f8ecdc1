package org.secretariat.service;

import org.secretariat.domain.AuditAction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.ContactFormats;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.Organisation;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.persistence.OrganisationRepository;

/** First run: which charter the organisation runs by, and its details. */
public final class SetupService {

    /** The organisation's details as the setup screen or {@code setup} command gives them. */
    public record Details(String name, String shortName, String creditCode, String secretariatSeat, String address,
                          String contactName, String phone, String email, String legalRepresentative) {

        /** Without a legal representative (an alliance without legal personality has none). */
        public Details(String name, String shortName, String creditCode, String secretariatSeat, String address,
                       String contactName, String phone, String email) {
            this(name, shortName, creditCode, secretariatSeat, address, contactName, phone, email, "");
        }
    }

    private final Database db;
    private final OrganisationRepository organisations;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final Clock clock;
    /** Settings' organisation details: a save over another PC's newer one is refused (decision 0018). */
    private final EditConflicts conflicts;

    public SetupService(Database db, OrganisationRepository organisations, MemberUnitRepository units,
                        AuditTrail audit, Clock clock) {
        this.db = db;
        this.organisations = organisations;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.conflicts = new EditConflicts(db, audit);
    }

    /** The organisation's name and the charter it runs by, as the window's header and the opening need them. */
    public record Header(String name, String shortName, String charterId) {
    }

    /**
     * {@link Header} read with plain JDBC, so the window can show its header and open its charter
     * while Hibernate is still booting (issue 18); empty before setup.
     */
    public Optional<Header> header() {
        return db.withConnection(c -> {
            try (var s = c.prepareStatement("select name, short_name, charter_id from organisation where id = ?")) {
                s.setLong(1, Organisation.SINGLE_ID);
                try (var r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Header(r.getString(1), r.getString(2), r.getString(3)))
                            : Optional.<Header>empty();
                }
            }
        });
    }

    public Optional<Organisation> organisation() {
        return db.fromTransaction(organisations::find);
    }

    /** Details pre-filled from the charter profile, for the user to confirm or change. */
    public static Details defaultsFrom(CharterProfile p) {
        return new Details(p.organisation().name(), p.organisation().shortName(), "",
                p.organisation().secretariatSeat(), p.organisation().headquarters(), "", "", "");
    }

    /** The details' field names, as the audit trail records them ({@code field.org.NAME} labels them). */
    public static final List<String> FIELDS = List.of("name", "shortName", "creditCode", "secretariatSeat",
            "address", "contactName", "phone", "email", "legalRepresentative");

    /**
     * The one check of the organisation's details, for setup, the {@code setup} command and Settings:
     * each wrong field with what to type instead, by its name in {@link #FIELDS}. Phone and e-mail
     * are read as a Chinese keyboard types them (full-width digits and dashes normalised first).
     */
    public static Map<String, Text> fieldProblems(Details d) {
        Map<String, Text> out = new LinkedHashMap<>();
        if (d.name() == null || d.name().isBlank()) {
            out.put("name", Text.of("setup.error.name"));
        }
        if (d.creditCode() != null && !d.creditCode().isBlank()
                && CreditCode.check(d.creditCode()) == CreditCode.Verdict.MALFORMED) {
            out.put("creditCode", Text.of("rule.creditCode.malformed", d.creditCode()));
        }
        if (d.phone() != null && !d.phone().isBlank() && !ContactFormats.isPhoneList(d.phone())) {
            out.put("phone", Text.of("setup.error.phone", d.phone().strip()));
        }
        if (d.email() != null && !d.email().isBlank() && !ContactFormats.isEmail(d.email())) {
            out.put("email", Text.of("setup.error.email", d.email().strip()));
        }
        return out;
    }

    /** The details as they are stored: trimmed, blanks as null, the phone half-width, credit code normalised. */
    public static Map<String, String> stored(Details d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", blank(d.name()));
        m.put("shortName", blank(d.shortName()));
        String code = CreditCode.normalize(d.creditCode());
        m.put("creditCode", code == null || code.isEmpty() ? null : code);
        m.put("secretariatSeat", blank(d.secretariatSeat()));
        m.put("address", blank(d.address()));
        m.put("contactName", blank(d.contactName()));
        m.put("phone", blank(ContactFormats.normalise(d.phone())));
        m.put("email", blank(d.email()));
        m.put("legalRepresentative", blank(d.legalRepresentative()));
        return m;
    }

    /** The recorded organisation's details, or empty before setup. */
    public Optional<Details> details() {
        return loaded().map(Loaded::details);
    }

    /** The details as Settings loads them, with the version a save sends back (decision 0018). */
    public record Loaded(Details details, long version) {
    }

    /** The recorded organisation's details and version, read together; empty before setup. */
    public Optional<Loaded> loaded() {
        return organisation().map(o -> new Loaded(new Details(o.getName(), o.getShortName(), o.getCreditCode(),
                o.getSecretariatSeat(), o.getAddress(), o.getContactName(), o.getPhone(), o.getEmail(),
                o.getLegalRepresentative()), o.getVersion()));
    }

    /**
     * Changes the organisation's details after setup (Settings), checked as at setup; the audit
     * trail records each changed field, old → new. Returns the problems if refused.
     */
    public List<Text> update(Details d) {
        return update(d, null);
    }

    /**
     * As {@link #update(Details)}, refused with {@link EditConflict} if the details are no longer at
     * {@code loadedVersion} (another PC saved them since Settings loaded them); null is not checked.
     */
    public List<Text> update(Details d, Long loadedVersion) {
        Map<String, Text> problems = fieldProblems(d);
        if (!problems.isEmpty()) {
            return List.copyOf(problems.values());
        }
        Map<String, String> after = stored(d);
        conflicts.guard("Organisation", Organisation.SINGLE_ID, () -> db.inTransaction(s -> {
            Organisation o = organisations.find(s).orElseThrow(() -> new IllegalStateException("not set up"));
            conflicts.refuseIfChanged(s, "Organisation", Organisation.SINGLE_ID, loadedVersion, o.getVersion());
            Map<String, String> before = new LinkedHashMap<>();
            before.put("name", o.getName());
            before.put("shortName", o.getShortName());
            before.put("creditCode", o.getCreditCode());
            before.put("secretariatSeat", o.getSecretariatSeat());
            before.put("address", o.getAddress());
            before.put("contactName", o.getContactName());
            before.put("phone", o.getPhone());
            before.put("email", o.getEmail());
            before.put("legalRepresentative", o.getLegalRepresentative());
            before.replaceAll((k, v) -> v == null ? "" : v);
            String diff = AuditTrail.diff(before, after);
            if (diff.isEmpty()) {
                return;
            }
            apply(o, after);
            organisations.save(s, o);
            audit.record(s, AuditAction.UPDATE, "Organisation", Organisation.SINGLE_ID, o.getName(), diff);
        }));
        return List.of();
    }

    private static void apply(Organisation o, Map<String, String> m) {
        o.setName(m.get("name"));
        o.setShortName(m.get("shortName"));
        o.setCreditCode(m.get("creditCode"));
        o.setSecretariatSeat(m.get("secretariatSeat"));
        o.setAddress(m.get("address"));
        o.setContactName(m.get("contactName"));
        o.setPhone(m.get("phone"));
        o.setEmail(m.get("email"));
        o.setLegalRepresentative(m.get("legalRepresentative"));
    }

    /** The organisation's audit entries, newest first. */
    public List<org.secretariat.domain.AuditEntry> history() {
        return db.fromTransaction(s -> audit.history(s, "Organisation", Organisation.SINGLE_ID));
    }

    /** Problems that stop setup; empty if it can go ahead. */
    public List<Text> check(CharterProfile profile, Details d) {
        List<Text> problems = new ArrayList<>(fieldProblems(d).values());
        db.inTransaction(s -> {
            for (String tier : s.createSelectionQuery("select distinct u.tierId from MemberUnit u", String.class).list()) {
                if (profile.tier(tier).isEmpty()) {
                    problems.add(Text.of("setup.error.tierInUse", tier, profile.id()));
                }
            }
        });
        return problems;
    }

    /** Records the organisation and its charter; refused (returns the problems) if {@link #check} finds any. */
    public List<Text> setup(CharterProfile profile, Details d) {
        List<Text> problems = check(profile, d);
        if (!problems.isEmpty()) {
            return problems;
        }
        db.inTransaction(s -> {
            Organisation o = organisations.find(s).orElseGet(Organisation::new);
            boolean isNew = o.getCreatedAt() == null;
            String before = isNew ? "" : o.getCharterId() + " " + o.getName();
            if (isNew) {
                o.setCreatedAt(LocalDateTime.now(clock));
            }
            o.setCharterId(profile.id());
            apply(o, stored(d));
            organisations.save(s, o);
            audit.record(s, AuditAction.SETUP, "Organisation", Organisation.SINGLE_ID, o.getName(),
                    "charter" + AuditTrail.SEP + before + AuditTrail.SEP + profile.id() + " " + o.getName() + "\n");
        });
        return List.of();
    }

    public long unitCount() {
        return db.fromTransaction(units::count);
    }

    /** Each unit's tier id by the unit's id (for documents that name a unit's standing, e.g. 签到表). */
    public java.util.Map<Long, String> unitTiers() {
        return db.fromTransaction(s -> {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            units.findAll(s).forEach(u -> out.put(u.getId(), u.getTierId()));
            return out;
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

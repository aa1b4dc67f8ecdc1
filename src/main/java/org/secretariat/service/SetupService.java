package org.secretariat.service;

import org.secretariat.domain.AuditAction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
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
                          String contactName, String phone, String email) {
    }

    private final Database db;
    private final OrganisationRepository organisations;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final Clock clock;

    public SetupService(Database db, OrganisationRepository organisations, MemberUnitRepository units,
                        AuditTrail audit, Clock clock) {
        this.db = db;
        this.organisations = organisations;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Organisation> organisation() {
        return db.fromTransaction(organisations::find);
    }

    /** Details pre-filled from the charter profile, for the user to confirm or change. */
    public static Details defaultsFrom(CharterProfile p) {
        return new Details(p.organisation().name(), p.organisation().shortName(), "",
                p.organisation().secretariatSeat(), p.organisation().headquarters(), "", "", "");
    }

    /** Problems that stop setup; empty if it can go ahead. */
    public List<Text> check(CharterProfile profile, Details d) {
        List<Text> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(Text.of("setup.error.name"));
        }
        if (d.creditCode() != null && !d.creditCode().isBlank()
                && CreditCode.check(d.creditCode()) == CreditCode.Verdict.MALFORMED) {
            problems.add(Text.of("rule.creditCode.malformed", d.creditCode()));
        }
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
            o.setName(d.name().strip());
            o.setShortName(blank(d.shortName()));
            String code = CreditCode.normalize(d.creditCode());
            o.setCreditCode(code.isEmpty() ? null : code);
            o.setSecretariatSeat(blank(d.secretariatSeat()));
            o.setAddress(blank(d.address()));
            o.setContactName(blank(d.contactName()));
            o.setPhone(blank(d.phone()));
            o.setEmail(blank(d.email()));
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

package org.secretariat.service.roster.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.roster.RosterService;

/**
 * The one way a unit's status, tier or office changes: a case's decisive step and a meeting's
 * resolution apply their change here, and the unit form, an import and a command ask here first
 * ({@link DraftChanges}). The charter's preconditions are checked on every route by
 * {@link MembershipRules}; a change they refuse is not made. The unit's history records each
 * change in the same words, whichever route it came by.
 */
public final class Membership {

    /** The outcome of applying a change: made (with the history's sentence) or refused. */
    public record Applied(boolean made, String note, List<Finding> findings) {
    }

    private final AuditTrail audit;
    private final CharterInForce charter;
    private final Clock clock;

    public Membership(AuditTrail audit, CharterInForce charter, Clock clock) {
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    /** The charter's findings for the change, read against the roster in {@code s}. */
    public List<Finding> check(Session s, MemberUnit u, Procedure procedure, Change change,
                               Optional<List<String>> recommenders, LocalDate on) {
        CharterProfile p = charter.on(on);
        Procedure proc = procedure != null ? procedure : MembershipRules.procedureFor(p, change).orElse(null);
        return MembershipRules.check(p, proc, subject(u), change, recommenders, RosterSnapshot.lazy(s), on);
    }

    /**
     * Checks the change again and, unless a finding refuses it, makes it and records it on the unit's
     * history with {@code source} (the meeting item or the case step it came from).
     */
    public Applied apply(Session s, MemberUnit u, Procedure procedure, Change change, Optional<List<String>> recommenders,
                         LocalDate on, AuditAction auditAction, String source) {
        List<Finding> findings = check(s, u, procedure, change, recommenders, on);
        if (findings.stream().anyMatch(Finding::refuses)) {
            return new Applied(false, null, findings);
        }
        Map<String, String> before = RosterService.snapshot(u);
        String note = make(u, change, on);
        u.setUpdatedAt(LocalDateTime.now(clock));
        s.flush();
        String details = AuditTrail.diff(before, RosterService.snapshot(u));
        String under = charter.amendedOn(on).map(v -> "（依据" + v + "）").orElse("");
        audit.record(s, auditAction, RosterService.ENTITY, u.getId(), u.getName(),
                details + auditAction.name().toLowerCase(java.util.Locale.ROOT) + AuditTrail.SEP + "" + AuditTrail.SEP + source
                        + under + "\n");
        return new Applied(true, note, findings);
    }

    /**
     * Undoes a change a resolution made when its tally is corrected: the unit's status, tier and join
     * date as they were, without the person it added; recorded on the unit's history with {@code source}.
     */
    public String undo(Session s, MemberUnit u, MemberStatus status, String tierId, LocalDate joinDate, Long addedPersonId,
                       AuditAction auditAction, String source) {
        Map<String, String> before = RosterService.snapshot(u);
        u.setStatus(status);
        u.setTierId(tierId);
        u.setJoinDate(joinDate);
        if (addedPersonId != null) {
            u.getPeople().removeIf(p -> addedPersonId.equals(p.getId()));
        }
        u.setUpdatedAt(LocalDateTime.now(clock));
        s.flush();
        audit.record(s, auditAction, RosterService.ENTITY, u.getId(), u.getName(), AuditTrail.diff(before, RosterService.snapshot(u))
                + "undo" + AuditTrail.SEP + "" + AuditTrail.SEP + source + "\n");
        return "「" + u.getName() + "」恢复为表决前的状态";
    }

    private String make(MemberUnit u, Change change, LocalDate on) {
        if (change instanceof Change.Join) {
            u.setStatus(MemberStatus.MEMBER);
            if (u.getJoinDate() == null) {
                u.setJoinDate(on);
            }
        } else if (change instanceof Change.Upgrade up) {
            u.setTierId(up.toTier());
        } else if (change instanceof Change.Expel) {
            u.setStatus(MemberStatus.EXPELLED);
        } else if (change instanceof Change.Withdraw) {
            u.setStatus(MemberStatus.WITHDRAWN);
        } else if (change instanceof Change.TakeOffice t) {
            Office office = charter.on(on).office(t.officeId()).orElseThrow();
            Person person = new Person();
            person.setName(t.personName().strip());
            person.setRole(office.name());
            person.setTermStart(t.start());
            LocalDate end = t.end() != null ? t.end() : office.term() == null ? null : office.term().lastDay(t.start());
            person.setTermEnd(end);
            u.addPerson(person);
            return person.getName() + "（" + u.getName() + "）当选" + office.name() + "，任期自"
                    + ChineseDates.format(t.start()) + (end == null ? "起" : "至" + ChineseDates.format(end));
        } else {
            throw new IllegalArgumentException("not a change to apply: " + change);
        }
        return describe(u, change);
    }

    /**
     * The history's sentence for a change to the unit's status or tier, as the unit now stands: the
     * same words whether a case, a resolution or both recorded it.
     */
    public String describe(MemberUnit u, Change change) {
        if (change instanceof Change.Join) {
            return "「" + u.getName() + "」入会，状态改为会员，入会日期" + ChineseDates.format(u.getJoinDate());
        }
        if (change instanceof Change.Upgrade up) {
            return "「" + u.getName() + "」级别改为" + MembershipRules.tierName(charter.get(), up.toTier());
        }
        if (change instanceof Change.Expel) {
            return "「" + u.getName() + "」除名";
        }
        if (change instanceof Change.Withdraw) {
            return "「" + u.getName() + "」退出生效，状态改为已退出";
        }
        throw new IllegalArgumentException("no sentence for " + change);
    }

    /** The unit as the rules see it. */
    public static Subject subject(MemberUnit u) {
        return new Subject(u.getId(), u.getName(), u.getStatus(), u.getTierId(), u.getCreditCode(),
                u.getPeople().stream().map(RosterSnapshot::holder).toList());
    }
}

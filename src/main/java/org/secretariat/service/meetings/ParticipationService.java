package org.secretariat.service.meetings;

import org.secretariat.service.roster.RosterService;

import org.secretariat.service.AuditTrail;

import org.secretariat.domain.AuditAction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.InactivityPeriod;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.InactivityReview;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;

/**
 * Who has taken part, and who has not: a unit's last meeting attended or activity joined, and the
 * units that took part in nothing for the charter's period — candidates for automatic withdrawal,
 * which the app proposes and a person confirms or dismisses.
 *
 * <p>The period counts only from what the app knows: the latest of joining, the last participation,
 * the day the app's records of the unit began (its {@code createdAt}, the day it was imported or
 * entered) and the last dismissal of a proposal. Years before the app held any records are not
 * years without participation.
 */
public final class ParticipationService {

    /** What the period counts from, the latest of these wins (on a tie, the earlier constant). */
    public enum Since { TOOK_PART, DISMISSED, JOINED, RECORDED }

    /**
     * A unit that has taken part in nothing since {@code since} ({@code basis} says what that day is)
     * and counts as out from {@code outFrom} by the charter's {@code years}.
     */
    public record Candidate(long unitId, String unitName, LocalDate since, Since basis, LocalDate outFrom,
                            String article, int years) {
    }

    private final Database db;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;

    public ParticipationService(Database db, MemberUnitRepository units, AuditTrail audit, Supplier<CharterProfile> charter,
                                Clock clock) {
        this.db = db;
        this.units = units;
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    /** The last day each unit attended a held meeting or took part in an activity. */
    public Map<Long, LocalDate> lastTookPart() {
        return db.fromTransaction(s -> {
            Map<Long, LocalDate> last = new HashMap<>();
            for (Object[] r : s.createSelectionQuery("select a.unitId, max(m.date) from Attendance a join a.meeting m "
                    + "where a.status = :p and m.held = true and a.unitId is not null group by a.unitId", Object[].class)
                    .setParameter("p", AttendanceStatus.PRESENT).getResultList()) {
                last.merge((Long) r[0], (LocalDate) r[1], (x, y) -> x.isAfter(y) ? x : y);
            }
            for (Object[] r : s.createNativeQuery("select p.unit_id, max(a.held_on) from activity_participant p "
                    + "join activity a on a.id = p.activity_id group by p.unit_id", Object[].class).getResultList()) {
                long unit = ((Number) r[0]).longValue();
                LocalDate day = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
                last.merge(unit, day, (x, y) -> x.isAfter(y) ? x : y);
            }
            return last;
        });
    }

    /** The day of each unit's latest dismissed proposal. */
    private static Map<Long, LocalDate> lastDismissed(org.hibernate.Session s) {
        Map<Long, LocalDate> out = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select r.unitId, max(r.dismissedOn) from InactivityReview r group by r.unitId",
                Object[].class).getResultList()) {
            out.put((Long) r[0], (LocalDate) r[1]);
        }
        return out;
    }

    /**
     * Current members who took part in nothing for the charter's inactivity period (新乡 2 years,
     * CCEAA 1, 衡水 3), counted from the latest day the app knows of (see the class comment) and
     * out from the day after the period ends ({@link InactivityPeriod}).
     */
    public List<Candidate> inactive() {
        CharterProfile p = charter.get();
        if (p.inactivity() == null) {
            return List.of();
        }
        int years = p.inactivity().years();
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> last = lastTookPart();
        return db.fromTransaction(s -> {
            Set<Long> withdrawing = new HashSet<>(s.createSelectionQuery("select c.unitId from MemberCase c "
                    + "where c.status = :o and c.kind = 'WITHDRAWAL'", Long.class).setParameter("o", CaseStatus.OPEN)
                    .getResultList());
            Map<Long, LocalDate> dismissed = lastDismissed(s);
            List<Candidate> out = new ArrayList<>();
            for (MemberUnit u : units.findAll(s)) {
                if (u.getStatus() != MemberStatus.MEMBER || withdrawing.contains(u.getId())) {
                    continue;
                }
                LocalDate since = u.getCreatedAt().toLocalDate();
                Since basis = Since.RECORDED;
                LocalDate[] days = {last.get(u.getId()), dismissed.get(u.getId()), u.getJoinDate()};
                Since[] kinds = {Since.TOOK_PART, Since.DISMISSED, Since.JOINED};
                for (int i = days.length - 1; i >= 0; i--) { // later in the array loses ties
                    if (days[i] != null && !days[i].isBefore(since)) {
                        since = days[i];
                        basis = kinds[i];
                    }
                }
                if (InactivityPeriod.isOut(since, years, today)) {
                    out.add(new Candidate(u.getId(), u.getName(), since, basis, InactivityPeriod.firstDayOut(since, years),
                            p.inactivity().citation().article(), years));
                }
            }
            return out;
        });
    }

    private boolean isCandidate(long unitId) {
        return inactive().stream().anyMatch(c -> c.unitId() == unitId);
    }

    /** A person confirms the automatic withdrawal the charter provides for. */
    public List<Text> confirmAutomaticWithdrawal(long unitId) {
        CharterProfile p = charter.get();
        if (!isCandidate(unitId)) {
            return List.of(Text.of("inactivity.error.notInactive"));
        }
        db.inTransaction(s -> {
            MemberUnit u = s.find(MemberUnit.class, unitId);
            var before = RosterService.snapshot(u);
            u.setStatus(MemberStatus.WITHDRAWN);
            audit.record(s, AuditAction.AUTO_WITHDRAWAL, RosterService.ENTITY, u.getId(), u.getName(),
                    AuditTrail.diff(before, RosterService.snapshot(u)) + "rule" + AuditTrail.SEP + "" + AuditTrail.SEP
                            + "连续 " + p.inactivity().years() + " 年未参加活动（" + p.inactivity().citation().article() + "）\n");
        });
        return List.of();
    }

    /**
     * A person dismisses the proposal: the unit stays a member, the dismissal is kept (who, when,
     * why) with an audit entry, and the period runs again from today.
     */
    public List<Text> dismiss(long unitId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return List.of(Text.of("inactivity.error.reasonRequired"));
        }
        if (why.length() > InactivityReview.REASON_LENGTH) {
            return List.of(Text.of("inactivity.error.reasonTooLong", InactivityReview.REASON_LENGTH));
        }
        if (!isCandidate(unitId)) {
            return List.of(Text.of("inactivity.error.notInactive"));
        }
        db.inTransaction(s -> {
            MemberUnit u = s.find(MemberUnit.class, unitId);
            LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            s.persist(new InactivityReview(u.getId(), u.getName(), at, audit.actor(), why));
            audit.record(s, AuditAction.INACTIVITY_DISMISSED, RosterService.ENTITY, u.getId(), u.getName(),
                    "reason" + AuditTrail.SEP + "" + AuditTrail.SEP + why + "\n");
        });
        return List.of();
    }

    /** Every dismissal of a unit, oldest first. */
    public List<InactivityReview> dismissals(long unitId) {
        return db.fromTransaction(s -> s.createSelectionQuery("from InactivityReview r where r.unitId = :u order by r.id",
                InactivityReview.class).setParameter("u", unitId).getResultList());
    }
}

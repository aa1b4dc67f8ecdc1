package org.secretariat.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;

/**
 * Who has taken part, and who has not: a unit's last meeting attended or activity joined, and the
 * units that took part in nothing for the charter's period — candidates for automatic withdrawal,
 * which the app proposes and a person confirms.
 */
public final class ParticipationService {

    /** A unit that has taken part in nothing since {@code since}. */
    public record Candidate(long unitId, String unitName, LocalDate lastTookPart, LocalDate since, String article,
                            int years) {
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

    /**
     * Current members who took part in nothing for the charter's inactivity period (新乡 2 years,
     * CCEAA 1, 衡水 3), counted from their last participation or, if none, from joining.
     */
    public List<Candidate> inactive() {
        CharterProfile p = charter.get();
        if (p.inactivity() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusYears(p.inactivity().years());
        Map<Long, LocalDate> last = lastTookPart();
        return db.fromTransaction(s -> {
            List<Long> withdrawing = s.createSelectionQuery("select c.unitId from MemberCase c where c.status = :o "
                    + "and c.kind = 'WITHDRAWAL'", Long.class).setParameter("o", CaseStatus.OPEN).getResultList();
            List<Candidate> out = new ArrayList<>();
            for (MemberUnit u : units.findAll(s)) {
                if (u.getStatus() != MemberStatus.MEMBER || withdrawing.contains(u.getId())) {
                    continue;
                }
                LocalDate since = last.getOrDefault(u.getId(), u.getJoinDate());
                if (since != null && !since.isAfter(cutoff)) {
                    out.add(new Candidate(u.getId(), u.getName(), last.get(u.getId()), since,
                            p.inactivity().citation().article(), p.inactivity().years()));
                }
            }
            return out;
        });
    }

    /** A person confirms the automatic withdrawal the charter provides for. */
    public List<Text> confirmAutomaticWithdrawal(long unitId) {
        CharterProfile p = charter.get();
        boolean stillInactive = inactive().stream().anyMatch(c -> c.unitId() == unitId);
        if (!stillInactive) {
            return List.of(Text.of("inactivity.error.notInactive"));
        }
        db.inTransaction(s -> {
            MemberUnit u = s.find(MemberUnit.class, unitId);
            var before = RosterService.snapshot(u);
            u.setStatus(MemberStatus.WITHDRAWN);
            audit.record(s, "AUTO_WITHDRAWAL", RosterService.ENTITY, u.getId(), u.getName(),
                    AuditTrail.diff(before, RosterService.snapshot(u)) + "rule" + AuditTrail.SEP + "" + AuditTrail.SEP
                            + "连续 " + p.inactivity().years() + " 年未参加活动（" + p.inactivity().citation().article() + "）\n");
        });
        return List.of();
    }
}

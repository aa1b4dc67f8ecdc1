package org.secretariat.service.overview;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.cases.CaseService;
import org.secretariat.service.cases.CaseView;

import org.secretariat.domain.AuditAction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secretariat.domain.Activity;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.Certificate;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * A unit's history in date order: registered, applied, admitted, upgraded, offices held, meetings
 * and activities attended, certificates, withdrawal — gathered from the records themselves.
 */
public final class TimelineService {

    /** One event of a unit's history. */
    public record Event(LocalDate on, Text what) {
    }

    private final Database db;
    private final CaseService cases;

    public TimelineService(Database db, CaseService cases) {
        this.db = db;
        this.cases = cases;
    }

    public List<Event> of(long unitId) {
        List<Event> out = new ArrayList<>();
        for (CaseView c : cases.forUnit(unitId)) {
            out.add(new Event(c.openedOn(), Text.of("timeline.case", c.procedureName(), c.article())));
            for (CaseView.Step st : c.steps()) {
                if (st.isDone() && st.doneOn() != null && !st.doneOn().equals(c.openedOn())) {
                    out.add(new Event(st.doneOn(), Text.of("timeline.step", st.name(), Text.of("decision." + st.decision().name()))));
                }
            }
        }
        db.inTransaction(s -> {
            MemberUnit u = s.find(MemberUnit.class, unitId);
            if (u.getJoinDate() != null) {
                out.add(new Event(u.getJoinDate(), Text.of("timeline.joined")));
            }
            for (Person p : u.getPeople()) {
                if (p.getTermStart() != null) {
                    out.add(new Event(p.getTermStart(), Text.of("timeline.office", p.getName(), p.getRole(),
                            p.getTermEnd() == null ? "" : p.getTermEnd().toString())));
                }
            }
            for (Object[] r : s.createSelectionQuery("select m.date, m.title from Attendance a join a.meeting m "
                    + "where a.unitId = :u and a.status = :p and m.held = true", Object[].class)
                    .setParameter("u", unitId).setParameter("p", AttendanceStatus.PRESENT).getResultList()) {
                out.add(new Event((LocalDate) r[0], Text.of("timeline.meeting", r[1])));
            }
            for (Activity a : s.createSelectionQuery("select a from Activity a join a.unitIds id where id = :u", Activity.class)
                    .setParameter("u", unitId).getResultList()) {
                out.add(new Event(a.getHeldOn(), Text.of("timeline.activity", a.getTitle())));
            }
            for (Certificate c : s.createSelectionQuery("from Certificate c where c.unitId = :u", Certificate.class)
                    .setParameter("u", unitId).getResultList()) {
                out.add(new Event(c.getIssuedOn(), Text.of("timeline.certificate", c.getAttests() == null ? "" : c.getAttests(),
                        c.getNumber(), c.getHolderName())));
                if (c.getStateChangedOn() != null) {
                    out.add(new Event(c.getStateChangedOn(), Text.of("timeline.certificateState", c.getNumber(),
                            Text.of("certificate.state." + c.getState().name()))));
                }
            }
            for (AuditEntry e : s.createSelectionQuery("from AuditEntry a where a.entityType = 'MemberUnit' and a.entityId = :u "
                    + "and a.action in ('CREATE', 'IMPORT', 'AUTO_WITHDRAWAL', 'CASE', 'RESOLUTION')", AuditEntry.class)
                    .setParameter("u", unitId).getResultList()) {
                String status = statusChange(e.getDetails());
                if (AuditAction.entersRoster(e.getAction())) {
                    out.add(new Event(e.getAt().toLocalDate(), Text.of("timeline.registered")));
                } else if (status != null) {
                    String under = charterUnder(e.getDetails());
                    out.add(new Event(e.getAt().toLocalDate(), under == null
                            ? Text.of("timeline.status", Text.of("status." + status))
                            : Text.of("timeline.statusUnder", Text.of("status." + status), under)));
                }
            }
        });
        out.sort(Comparator.comparing(Event::on));
        return out;
    }

    /** The charter a change was made under, once the charter has been amended (「原章程」 or the 修订本). */
    private static String charterUnder(String details) {
        int at = details.lastIndexOf("（依据");
        int end = details.lastIndexOf('）');
        return at < 0 || end < at ? null : details.substring(at + 3, end);
    }

    private static String statusChange(String details) {
        for (String line : details.split("\n")) {
            String[] parts = line.split(String.valueOf(AuditTrail.SEP), -1);
            if (parts.length == 3 && parts[0].equals("status") && !parts[2].isEmpty()) {
                return parts[2];
            }
        }
        return null;
    }
}

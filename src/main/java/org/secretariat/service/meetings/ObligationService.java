package org.secretariat.service.meetings;

import org.secretariat.service.certificates.CertificateRecalls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.MeetingProposal;
import org.secretariat.domain.MemberUnit;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * What the charter obliges the secretariat to do about meetings: a body that must meet at least
 * once a year and has not met this year, and an extra meeting proposed by enough member units.
 */
public final class ObligationService {

    /** What the button next to a due item opens. */
    public enum Target { MEETINGS, CASE, UNIT, CERTIFICATES, INACTIVE, WITHDRAWAL, FEES }

    /** One thing due: by when, what, the article that asks for it, and what to open for it. */
    public record Due(LocalDate by, Text what, String article, String bodyId, Target target, Long targetId) {
        Due(LocalDate by, Text what, String article, String bodyId) {
            this(by, what, article, bodyId, bodyId == null ? Target.CERTIFICATES : Target.MEETINGS, null);
        }
    }

    private final Database db;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;

    public ObligationService(Database db, Supplier<CharterProfile> charter, Clock clock) {
        this.db = db;
        this.charter = charter;
        this.clock = clock;
    }

    public List<Due> due() {
        LocalDate today = LocalDate.now(clock);
        return db.fromTransaction(s -> {
            List<Due> out = new ArrayList<>();
            for (Body b : charter.get().bodies()) {
                if (b.meets() != null) {
                    long held = s.createSelectionQuery("select count(m) from Meeting m where m.bodyId = :b and m.held = true "
                                    + "and m.date >= :from and m.date <= :to", Long.class)
                            .setParameter("b", b.id()).setParameter("from", today.withDayOfYear(1))
                            .setParameter("to", today.withDayOfYear(today.lengthOfYear())).getSingleResult();
                    if (held < b.meets().times()) {
                        out.add(new Due(today.withDayOfYear(today.lengthOfYear()),
                                Text.of("due.meeting", b.name(), today.getYear(), held, b.meets().times()),
                                b.meets().citation().article(), b.id()));
                    }
                }
                if (b.extraMeeting() != null) {
                    Optional<LocalDate> last = s.createSelectionQuery(
                                    "select max(m.date) from Meeting m where m.bodyId = :b and m.held = true", LocalDate.class)
                            .setParameter("b", b.id()).uniqueResultOptional();
                    // proposals made since the body last met; before any meeting, all of them
                    LocalDate since = last.orElse(LocalDate.of(1900, 1, 1));
                    List<String> units = s.createSelectionQuery("select distinct u.name from MeetingProposal p, MemberUnit u "
                                    + "where u.id = p.unitId and p.bodyId = :b and p.proposedOn > :since", String.class)
                            .setParameter("b", b.id()).setParameter("since", since).getResultList();
                    if (units.size() >= b.extraMeeting().proposers()) {
                        out.add(new Due(today, Text.of("due.extraMeeting", b.name(), units.size(), String.join("、", units),
                                b.extraMeeting().proposers()), b.extraMeeting().citation().article(), b.id()));
                    }
                }
            }
            for (Object[] r : s.createSelectionQuery("select c.number, c.holderName, u.status, c.kindId from Certificate c, MemberUnit u "
                            + "where u.id = c.unitId and c.state = :st and u.status in (:gone) order by c.id", Object[].class)
                    .setParameter("st", org.secretariat.domain.CertificateState.ISSUED)
                    .setParameterList("gone", List.of(org.secretariat.domain.MemberStatus.WITHDRAWN,
                            org.secretariat.domain.MemberStatus.EXPELLED)).getResultList()) {
                String article = CertificateRecalls.recallArticle(charter.get(), (String) r[3],
                        (org.secretariat.domain.MemberStatus) r[2]);
                out.add(new Due(today, Text.of("due.recall", r[0], r[1], Text.of("status." + r[2])), article, null));
            }
            return out;
        });
    }

    /** Records a member unit's proposal for an extra meeting of a body. */
    public void propose(String bodyId, long unitId, LocalDate on, String reason) {
        db.inTransaction(s -> {
            if (s.find(MemberUnit.class, unitId) == null || charter.get().body(bodyId).isEmpty()) {
                throw new IllegalArgumentException("unknown unit or body");
            }
            s.persist(new MeetingProposal(bodyId, unitId, on, reason));
        });
    }
}

package org.secretariat.service.roster.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.secretariat.charter.Seating;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;

/** Every unit with its people as the seating and membership rules read them, in two queries. */
public final class RosterSnapshot {

    private RosterSnapshot() {
    }

    public static List<Seating.Unit> read(Session s) {
        Map<Long, List<Seating.Holder>> people = new HashMap<>();
        for (Person p : s.createSelectionQuery("from Person p order by p.id", Person.class).getResultList()) {
            people.computeIfAbsent(p.getUnit().getId(), k -> new ArrayList<>()).add(holder(p));
        }
        List<Seating.Unit> list = new ArrayList<>();
        for (MemberUnit u : s.createSelectionQuery("from MemberUnit u order by u.id", MemberUnit.class).getResultList()) {
            list.add(new Seating.Unit(u.getId(), u.getName(), u.getTierId(), u.getStatus().isCurrent(), u.getJoinDate(),
                    people.getOrDefault(u.getId(), List.of())));
        }
        return list;
    }

    /** Read once, when a rule first asks. */
    public static RosterFacts lazy(Session s) {
        return new RosterFacts() {
            private List<Seating.Unit> units;

            @Override
            public List<Seating.Unit> units() {
                if (units == null) {
                    units = read(s);
                }
                return units;
            }
        };
    }

    static Seating.Holder holder(Person p) {
        return new Seating.Holder(p.getId(), p.getName(), p.getRole(), p.getTermStart(), p.getTermEnd());
    }
}

package org.secretariat.persistence;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.secretariat.domain.MemberUnit;

/** Member units; methods take the caller's session, the service owns the transaction. */
public final class MemberUnitRepository {

    public List<MemberUnit> findAll(Session s) {
        return s.createSelectionQuery("from MemberUnit u order by u.id", MemberUnit.class).getResultList();
    }

    public Optional<MemberUnit> find(Session s, long id) {
        return Optional.ofNullable(s.find(MemberUnit.class, id));
    }

    /** The unit with its people loaded, for the detail pane and the edit form. */
    public Optional<MemberUnit> findWithPeople(Session s, long id) {
        return s.createSelectionQuery("from MemberUnit u left join fetch u.people where u.id = :id", MemberUnit.class)
                .setParameter("id", id).uniqueResultOptional();
    }

    public Optional<MemberUnit> findByCreditCode(Session s, String creditCode) {
        return s.createSelectionQuery("from MemberUnit u where u.creditCode = :c", MemberUnit.class)
                .setParameter("c", creditCode).uniqueResultOptional();
    }

    /**
     * The unit whose name is the same as {@code name} once full-width and half-width forms are
     * unified ({@link org.secretariat.domain.UnitNames}): the names of its length are compared in memory.
     */
    public Optional<MemberUnit> findBySameName(Session s, String name) {
        String key = org.secretariat.domain.UnitNames.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return s.createSelectionQuery("from MemberUnit u where length(u.name) between :a and :b", MemberUnit.class)
                .setParameter("a", Math.min(key.length(), name.length())).setParameter("b", Math.max(key.length(), name.length())).getResultList().stream()
                .filter(u -> org.secretariat.domain.UnitNames.key(u.getName()).equals(key)).findFirst();
    }

    public Optional<MemberUnit> findByName(Session s, String name) {
        return s.createSelectionQuery("from MemberUnit u where u.name = :n", MemberUnit.class)
                .setParameter("n", name).uniqueResultOptional();
    }

    public long count(Session s) {
        return s.createSelectionQuery("select count(u) from MemberUnit u", Long.class).getSingleResult();
    }

    public void add(Session s, MemberUnit unit) {
        s.persist(unit);
    }

    public void remove(Session s, MemberUnit unit) {
        s.remove(unit);
    }
}

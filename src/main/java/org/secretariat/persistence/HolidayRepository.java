package org.secretariat.persistence;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.secretariat.domain.Holiday;

/** The days of the holiday notices; methods take the caller's session, the service owns the transaction. */
public final class HolidayRepository {

    /** Every listed day, in date order. */
    public List<Holiday> all(Session s) {
        return s.createSelectionQuery("from Holiday h order by h.day", Holiday.class).getResultList();
    }

    /** Adds the day, or replaces what was listed for that date. */
    public void save(Session s, Holiday holiday) {
        s.merge(holiday);
    }

    /** Removes the date from the list (it then follows the week); nothing happens if it was not listed. */
    public void delete(Session s, LocalDate day) {
        Holiday h = s.find(Holiday.class, day);
        if (h != null) {
            s.remove(h);
        }
    }
}

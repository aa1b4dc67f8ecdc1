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

    /** The years whose State Council notice is entered in full (table holiday_year), in order. */
    public List<Integer> arrangedYears(Session s) {
        return s.createNativeQuery("select calendar_year from holiday_year order by calendar_year", Integer.class)
                .getResultList();
    }

    /** Marks the year's notice as entered in full, naming the notice; marking it again renames it. */
    public void markArranged(Session s, int year, String notice) {
        // update, else insert: H2's MERGE … KEY is not PostgreSQL's (decision 0017); the year is the key
        int renamed = s.createNativeMutationQuery("update holiday_year set notice = :n where calendar_year = :y")
                .setParameter("y", year).setParameter("n", notice).executeUpdate();
        if (renamed == 0) {
            s.createNativeMutationQuery("insert into holiday_year (calendar_year, notice) values (:y, :n)")
                    .setParameter("y", year).setParameter("n", notice).executeUpdate();
        }
    }

    /** The year is no longer taken as entered in full; nothing happens if it was not. */
    public void unmarkArranged(Session s, int year) {
        s.createNativeMutationQuery("delete from holiday_year where calendar_year = :y").setParameter("y", year)
                .executeUpdate();
    }
}

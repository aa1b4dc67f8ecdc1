package org.secretariat.service.roster;

import java.time.LocalDate;
import java.util.Locale;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;

/** One line of the roster table: a unit's fields, its people's names, and what search matches. */
public record UnitRow(long id, String name, String creditCode, UnitType unitType, String tierId, String tierName,
                      int tierRank, MemberStatus status, LocalDate joinDate, String legalRepresentative,
                      String address, String contactName, String phone, String email, String remarks,
                      String peopleNames, String searchText, DatePrecision joinDatePrecision) {

    public UnitRow(long id, String name, String creditCode, UnitType unitType, String tierId, String tierName,
                   int tierRank, MemberStatus status, LocalDate joinDate, String legalRepresentative,
                   String address, String contactName, String phone, String email, String remarks,
                   String peopleNames, String searchText) {
        this(id, name, creditCode, unitType, tierId, tierName, tierRank, status, joinDate, legalRepresentative, address,
                contactName, phone, email, remarks, peopleNames, searchText, DatePrecision.DAY);
    }

    /** The join date as the roster shows it: 2023-05-01, or 2023年5月 when only the month is known. */
    public String joinDateText() {
        return DatePrecision.orDay(joinDatePrecision).show(joinDate);
    }

    /** Does this row match what the user typed? Name, pinyin initials, credit code, contacts. */
    public boolean matches(String query) {
        return matchesNormalised(normalise(query));
    }

    /** The query as {@link #matchesNormalised} takes it: lower case, no spaces; "" matches every row. */
    public static String normalise(String query) {
        return query == null || query.isBlank() ? "" : query.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** {@link #matches}, for a query already {@link #normalise normalised} once for all rows. */
    public boolean matchesNormalised(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchText.contains(normalisedQuery);
    }
}

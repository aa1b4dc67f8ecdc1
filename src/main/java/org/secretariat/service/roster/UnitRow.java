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
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return searchText.contains(q);
    }
}

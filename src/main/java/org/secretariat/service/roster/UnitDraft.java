package org.secretariat.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;

/**
 * A member unit as a form or an import row describes it, before it is validated and saved.
 * {@code id} is null for a new unit.
 */
public final class UnitDraft {

    public Long id;
    public String name = "";
    public String creditCode = "";
    public boolean creditCodeConfirmed;
    public UnitType unitType = UnitType.OTHER;
    public String tierId;
    public MemberStatus status = MemberStatus.MEMBER;
    public LocalDate joinDate;
    /** How much of {@link #joinDate} is known (2023年5月: the month); a full date unless said otherwise. */
    public DatePrecision joinDatePrecision = DatePrecision.DAY;
    public String legalRepresentative = "";
    public String address = "";
    public String contactName = "";
    public String phone = "";
    public String email = "";
    public String remarks = "";
    public List<PersonDraft> people = new ArrayList<>();

    public boolean isNew() {
        return id == null;
    }
}

package org.secretariat.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;

/**
 * A member unit as a form or an import row describes it, before it is validated and saved.
 * {@code id} is null for a new unit.
 */
public final class UnitDraft {

    public Long id;
    /**
     * The unit's version when the form loaded it; a save is refused if the stored one has moved on
     * since (decision 0018). Null (an import row) is not checked.
     */
    public Long version;
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

    /**
     * After a refused save: the stored unit {@code fresh} with what the user changed in the form
     * ({@code typed} where it differs from {@code base}, the unit as the form loaded it) laid over it,
     * at the fresh version, so saving it again is a deliberate overwrite of those fields only.
     */
    public static UnitDraft rebase(UnitDraft typed, UnitDraft base, UnitDraft fresh) {
        UnitDraft d = new UnitDraft();
        d.id = fresh.id;
        d.version = fresh.version;
        d.name = pick(typed.name, base.name, fresh.name);
        d.creditCode = pick(typed.creditCode, base.creditCode, fresh.creditCode);
        d.creditCodeConfirmed = pick(typed.creditCodeConfirmed, base.creditCodeConfirmed, fresh.creditCodeConfirmed);
        d.unitType = pick(typed.unitType, base.unitType, fresh.unitType);
        d.tierId = pick(typed.tierId, base.tierId, fresh.tierId);
        d.status = pick(typed.status, base.status, fresh.status);
        boolean dateTyped = !Objects.equals(typed.joinDate, base.joinDate);
        d.joinDate = dateTyped ? typed.joinDate : fresh.joinDate;
        d.joinDatePrecision = dateTyped ? typed.joinDatePrecision : fresh.joinDatePrecision;
        d.legalRepresentative = pick(typed.legalRepresentative, base.legalRepresentative, fresh.legalRepresentative);
        d.address = pick(typed.address, base.address, fresh.address);
        d.contactName = pick(typed.contactName, base.contactName, fresh.contactName);
        d.phone = pick(typed.phone, base.phone, fresh.phone);
        d.email = pick(typed.email, base.email, fresh.email);
        d.remarks = pick(typed.remarks, base.remarks, fresh.remarks);
        d.people = new ArrayList<>(pick(typed.people, base.people, fresh.people));
        return d;
    }

    private static <T> T pick(T typed, T base, T fresh) {
        return Objects.equals(typed, base) ? fresh : typed;
    }
}

package org.secretariat.service.roster;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.ContactFormats;
import org.secretariat.domain.CreditCode;

/**
 * The field rules of a member unit, shared by the add/edit form (as you type) and the importer
 * (row by row). Duplicates need the database and are checked by {@link RosterService}.
 */
public final class UnitRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 300;
    public static final int MAX_REMARKS = 2000;

    private UnitRules() {
    }

    public static List<FieldProblem> check(UnitDraft d, CharterProfile charter) {
        return check(d, charter, null);
    }

    /**
     * As {@link #check(UnitDraft, CharterProfile)}, and, with {@code today}, a join date that has not
     * come yet is refused (a 2099 typed for 2009): the form, a save, an import and a command alike.
     */
    public static List<FieldProblem> check(UnitDraft d, CharterProfile charter, java.time.LocalDate today) {
        List<FieldProblem> out = new ArrayList<>();
        if (today != null && d.joinDate != null && d.joinDate.isAfter(today)) {
            out.add(FieldProblem.error("joinDate", "rule.joinDate.future", d.joinDate));
        }
        if (d.name == null || d.name.isBlank()) {
            out.add(FieldProblem.error("name", "rule.name.required"));
        } else if (d.name.length() > MAX_NAME) {
            out.add(FieldProblem.error("name", "rule.tooLong", MAX_NAME));
        }
        checkCreditCode(d, out);
        if (d.unitType == null) {
            out.add(FieldProblem.error("unitType", "rule.unitType.required"));
        }
        if (d.tierId == null || d.tierId.isBlank()) {
            out.add(FieldProblem.error("tier", "rule.tier.required"));
        } else if (charter != null && charter.tier(d.tierId).isEmpty()) {
            out.add(FieldProblem.error("tier", "rule.tier.unknown", d.tierId,
                    String.join("、", charter.tiers().stream().map(t -> t.name()).toList())));
        }
        if (d.status == null) {
            out.add(FieldProblem.error("status", "rule.status.required"));
        }
        checkLength(out, "legalRepresentative", d.legalRepresentative, 100);
        checkLength(out, "address", d.address, MAX_TEXT);
        checkLength(out, "contactName", d.contactName, 100);
        checkLength(out, "remarks", d.remarks, MAX_REMARKS);
        if (notBlank(d.phone) && !ContactFormats.isPhoneList(d.phone)) {
            out.add(FieldProblem.error("phone", "rule.phone.format", d.phone));
        }
        if (notBlank(d.email) && !ContactFormats.isEmail(d.email)) {
            out.add(FieldProblem.error("email", "rule.email.format", d.email));
        }
        for (int i = 0; i < d.people.size(); i++) {
            checkPerson(d.people.get(i), "people[" + i + "].", out);
        }
        return out;
    }

    private static void checkCreditCode(UnitDraft d, List<FieldProblem> out) {
        if (!notBlank(d.creditCode)) {
            return; // allowed: a unit without a code (e.g. a foreign firm)
        }
        String code = CreditCode.normalize(d.creditCode);
        switch (CreditCode.check(code)) {
            case MALFORMED -> out.add(FieldProblem.error("creditCode", "rule.creditCode.malformed", d.creditCode.strip()));
            case BAD_CHECK -> {
                if (!d.creditCodeConfirmed) {
                    out.add(FieldProblem.warning("creditCode", "rule.creditCode.check", code,
                            String.valueOf(CreditCode.checkCharacter(code.substring(0, 17)))));
                }
            }
            case VALID -> { }
        }
    }

    private static void checkPerson(PersonDraft p, String prefix, List<FieldProblem> out) {
        if (p.name() == null || p.name().isBlank()) {
            out.add(FieldProblem.error(prefix + "name", "rule.person.name"));
        }
        if (p.role() == null || p.role().isBlank()) {
            out.add(FieldProblem.error(prefix + "role", "rule.person.role"));
        }
        if (notBlank(p.phone()) && !ContactFormats.isPhoneList(p.phone())) {
            out.add(FieldProblem.error(prefix + "phone", "rule.phone.format", p.phone()));
        }
        if (notBlank(p.email()) && !ContactFormats.isEmail(p.email())) {
            out.add(FieldProblem.error(prefix + "email", "rule.email.format", p.email()));
        }
        if (p.termStart() != null && p.termEnd() != null && p.termEnd().isBefore(p.termStart())) {
            out.add(FieldProblem.error(prefix + "termEnd", "rule.person.termOrder"));
        }
    }

    private static void checkLength(List<FieldProblem> out, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(FieldProblem.error(field, "rule.tooLong", max));
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

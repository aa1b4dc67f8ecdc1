package org.secretariat.service.roster.membership;

import java.util.List;
import org.secretariat.charter.Seating;
import org.secretariat.domain.MemberStatus;

/**
 * The unit a change is about, as the rules need it: its status, tier and credit code now, and its
 * people with their offices and terms (on the form: as the form has them, not yet saved).
 */
public record Subject(Long id, String name, MemberStatus status, String tierId, String creditCode,
                      List<Seating.Holder> people) {
}

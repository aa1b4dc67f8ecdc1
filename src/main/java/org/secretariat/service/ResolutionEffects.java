package org.secretariat.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Tier;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;

/**
 * What a passed resolution changes on the roster, applied in the vote's transaction and recorded on
 * the unit's history with a link to the meeting: admission, upgrade (at the procedure's last body
 * step; an earlier step records what is still needed), expulsion, election to an office.
 */
public final class ResolutionEffects {

    private final AuditTrail audit;
    private final Supplier<CharterProfile> charter;
    private final java.time.Clock clock;

    public ResolutionEffects(AuditTrail audit, Supplier<CharterProfile> charter, java.time.Clock clock) {
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    String apply(Session s, Meeting m, Body body, AgendaItem item) {
        CharterProfile p = charter.get();
        MemberUnit unit = s.find(MemberUnit.class, item.getUnitId());
        Map<String, String> before = RosterService.snapshot(unit);
        String source = m.getTitle() + "（" + m.getDate() + "）第 " + item.getPosition() + " 项";
        String note;
        MotionDraft d = MotionService.ref(item).draft();
        var placement = MotionRules.placement(p, body, d);
        if (placement.isPresent() && !placement.get().lastBodyStep()) {
            return "已经" + body.name() + "表决通过（" + placement.get().procedure().citation().article() + "），尚需"
                    + placement.get().nextBodyName() + "表决";
        }
        switch (item.getMotionKind()) {
            case ADMIT -> {
                unit.setStatus(MemberStatus.MEMBER);
                if (unit.getJoinDate() == null) {
                    unit.setJoinDate(m.getDate());
                }
                note = "「" + unit.getName() + "」入会，状态改为会员，入会日期" + ChineseDates.format(unit.getJoinDate());
            }
            case UPGRADE -> {
                String tier = p.tier(item.getTargetTierId()).map(Tier::name).orElse(item.getTargetTierId());
                unit.setTierId(item.getTargetTierId());
                note = "「" + unit.getName() + "」级别改为" + tier;
            }
            case EXPEL -> {
                unit.setStatus(MemberStatus.EXPELLED);
                note = "「" + unit.getName() + "」除名";
            }
            case ELECT_OFFICER -> {
                Office office = p.office(item.getOfficeId()).orElseThrow();
                Person person = new Person();
                person.setName(item.getPersonName());
                person.setRole(office.name());
                person.setTermStart(m.getDate());
                LocalDate end = office.term() == null ? null : office.term().lastDay(m.getDate());
                person.setTermEnd(end);
                unit.addPerson(person);
                note = item.getPersonName() + "（" + unit.getName() + "）当选" + office.name() + "，任期自"
                        + ChineseDates.format(m.getDate()) + (end == null ? "起" : "至" + ChineseDates.format(end));
            }
            default -> {
                return null;
            }
        }
        unit.setUpdatedAt(java.time.LocalDateTime.now(clock));
        s.flush();
        String details = AuditTrail.diff(before, RosterService.snapshot(unit)) + "resolution" + AuditTrail.SEP + ""
                + AuditTrail.SEP + source + "\n";
        audit.record(s, "RESOLUTION", RosterService.ENTITY, unit.getId(), unit.getName(), details);
        return note;
    }
}

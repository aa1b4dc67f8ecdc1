package org.secretariat.service.meetings;


import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.i18n.Messages;
import org.secretariat.service.roster.membership.Change;
import org.secretariat.service.roster.membership.Finding;
import org.secretariat.service.roster.membership.Membership;

/**
 * What a passed resolution changes on the roster, applied in the vote's transaction through
 * {@link Membership} (which checks the charter again) and recorded on the unit's history with a link
 * to the meeting: admission, upgrade (at the procedure's last body step; an earlier step records what
 * is still needed), expulsion, election to an office. A withdrawal resolution approves the unit's
 * withdrawal case; the withdrawal itself takes effect when its notice has run.
 */
public final class ResolutionEffects {

    private final Membership membership;
    private final CharterInForce charter;

    public ResolutionEffects(Membership membership, CharterInForce charter) {
        this.membership = membership;
        this.charter = charter;
    }

    /** The membership change a motion makes if it passes at a meeting on {@code on}. */
    static Optional<Change> changeOf(MotionDraft d, LocalDate on) {
        return switch (d.kind()) {
            case ADMIT -> Optional.of(new Change.Join());
            case UPGRADE -> Optional.of(new Change.Upgrade(d.targetTierId()));
            case EXPEL -> Optional.of(new Change.Expel());
            case WITHDRAW -> Optional.of(new Change.Withdraw());
            case ELECT_OFFICER -> Optional.of(new Change.TakeOffice(d.officeId(),
                    d.personName() == null ? null : d.personName().strip(), on, null));
            default -> Optional.empty();
        };
    }

    /** The unit's open case of this kind, if any: its recommenders count for an admission. */
    static Optional<MemberCase> openCase(Session s, long unitId, String kind) {
        return s.createSelectionQuery("from MemberCase c where c.unitId = :u and c.kind = :k and c.status = :o order by c.id",
                        MemberCase.class).setParameter("u", unitId).setParameter("k", kind)
                .setParameter("o", CaseStatus.OPEN).getResultList().stream().findFirst();
    }

    String apply(Session s, Meeting m, Body body, AgendaItem item) {
        CharterProfile p = charter.on(m.getDate());
        MemberUnit unit = s.find(MemberUnit.class, item.getUnitId());
        String source = m.getTitle() + "（" + ChineseDates.format(m.getDate()) + "）第" + item.getPosition() + "项";
        MotionDraft d = MotionService.ref(item).draft();
        var placement = MotionRules.placement(p, body, d);
        if (placement.isPresent() && !placement.get().lastBodyStep()) {
            return "已经" + body.name() + "表决通过（" + placement.get().procedure().citation().article() + "），尚需"
                    + placement.get().nextBodyName() + "表决";
        }
        Optional<Change> change = changeOf(d, m.getDate());
        if (change.isEmpty()) {
            return null;
        }
        if (change.get() instanceof Change.Withdraw) {
            LocalDate effective = openCase(s, unit.getId(), "WITHDRAWAL").map(MemberCase::getEffectiveOn).orElse(null);
            return "批准「" + unit.getName() + "」退出" + (effective == null ? "" : "，自" + ChineseDates.format(effective) + "起生效");
        }
        Procedure proc = placement.map(MotionRules.Placement::procedure).orElse(null);
        Optional<List<String>> recommenders = change.get() instanceof Change.Join
                ? openCase(s, unit.getId(), "ADMISSION").map(MemberCase::recommenderNames) : Optional.empty();
        String prior = unit.getStatus().name() + "|" + nz(unit.getTierId()) + "|" + nz(unit.getJoinDate()) + "|";
        java.util.Set<Long> peopleBefore = new java.util.HashSet<>(unit.getPeople().stream().map(Person::getId).toList());
        Membership.Applied done = membership.apply(s, unit, proc, change.get(), recommenders, m.getDate(), AuditAction.RESOLUTION,
                source);
        if (done.made()) {
            Long added = unit.getPeople().stream().map(Person::getId).filter(id -> !peopleBefore.contains(id)).findFirst().orElse(null);
            item.setPriorState(prior + nz(added));
        }
        return done.made() ? done.note() : "未生效：" + String.join("；", done.findings().stream()
                .filter(Finding::refuses).map(f -> Messages.chinese(f.message())).toList());
    }

    /**
     * What the motion will change on the roster if it passes at this meeting, in the words of the
     * confirmation (「接纳「某某单位」为会员」); empty when passing changes nothing on the roster
     * (an earlier body's step, a general motion).
     */
    Optional<String> changeIfPassed(Meeting m, Body body, AgendaItem item, MemberUnit unit) {
        CharterProfile p = charter.on(m.getDate());
        MotionDraft d = MotionService.ref(item).draft();
        var placement = MotionRules.placement(p, body, d);
        if (unit == null || placement.isPresent() && !placement.get().lastBodyStep()) {
            return Optional.empty();
        }
        return changeOf(d, m.getDate()).map(c -> {
            if (c instanceof Change.Join) {
                return "接纳「" + unit.getName() + "」为" + tierName(p, unit.getTierId());
            } else if (c instanceof Change.Upgrade up) {
                return "将「" + unit.getName() + "」的级别改为" + tierName(p, up.toTier());
            } else if (c instanceof Change.Expel) {
                return "将「" + unit.getName() + "」除名";
            } else if (c instanceof Change.Withdraw) {
                return "批准「" + unit.getName() + "」退出";
            }
            Change.TakeOffice t = (Change.TakeOffice) c;
            return "选举" + t.personName() + "（" + unit.getName() + "）为" + p.office(t.officeId()).map(
                    org.secretariat.charter.Office::name).orElse(t.officeId());
        });
    }

    /**
     * Puts the unit back as it stood before this resolution changed it (its tally is being
     * corrected); returns the history's sentence, or null when the resolution changed nothing.
     */
    String reverse(Session s, Meeting m, AgendaItem item, String source) {
        if (item.getPriorState() == null) {
            return null;
        }
        String[] f = item.getPriorState().split("\\|", -1);
        MemberUnit unit = s.find(MemberUnit.class, item.getUnitId());
        String note = membership.undo(s, unit, org.secretariat.domain.MemberStatus.valueOf(f[0]), f[1].isEmpty() ? null : f[1],
                f[2].isEmpty() ? null : LocalDate.parse(f[2]), f[3].isEmpty() ? null : Long.valueOf(f[3]),
                AuditAction.RESOLUTION, source);
        item.setPriorState(null);
        return note;
    }

    private static String tierName(CharterProfile p, String tierId) {
        return p.tier(tierId).map(org.secretariat.charter.Tier::name).orElse("会员");
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}

package org.secretariat.service.meetings;


import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberUnit;
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
    private final Supplier<CharterProfile> charter;

    public ResolutionEffects(Membership membership, Supplier<CharterProfile> charter) {
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
        CharterProfile p = charter.get();
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
        Membership.Applied done = membership.apply(s, unit, proc, change.get(), recommenders, m.getDate(), AuditAction.RESOLUTION,
                source);
        return done.made() ? done.note() : "未生效：" + String.join("；", done.findings().stream()
                .filter(Finding::refuses).map(f -> Messages.chinese(f.message())).toList());
    }
}

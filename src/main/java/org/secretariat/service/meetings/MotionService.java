package org.secretariat.service.meetings;

import org.secretariat.service.VerdictNotes;

import org.secretariat.service.AuditTrail;

import org.secretariat.domain.AuditAction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Office;
import org.secretariat.charter.Threshold;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Person;
import org.secretariat.domain.SeatVote;
import org.secretariat.domain.Verdict;
import org.secretariat.domain.VoteChoice;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.charter.Procedure;
import org.secretariat.service.roster.membership.Change;
import org.secretariat.service.roster.membership.Finding;
import org.secretariat.service.roster.membership.Membership;

/**
 * The agenda and its motions: putting a motion to a body (refused, with the article, where the
 * charter does not allow it), recording the vote in totals or by name, the verdict by the charter's
 * rule, and — in the same transaction — what a passed resolution changes on the roster.
 */
public final class MotionService {

    /** The outcome of adding a motion: its id, or why the charter does not allow it; and the charter's warnings. */
    public record Added(Long itemId, List<Text> problems, List<Text> warnings) {
        public Added(Long itemId, List<Text> problems) {
            this(itemId, problems, List.of());
        }
    }

    /** Told of every resolution in the vote's transaction (a case records its step). */
    public interface ResolutionListener {
        void onResolution(Session s, AgendaItem item, Body body, boolean passed);

        /**
         * Called in a correction's transaction before the corrected tally is recorded: what the first
         * tally recorded (a case's step) is taken back, so the corrected one is recorded in its place.
         */
        default void onCorrection(Session s, AgendaItem item, String reason) {
        }
    }

    private final Database db;
    private final MeetingService meetings;
    private final ResolutionEffects effects;
    private final Membership membership;
    private final List<ResolutionListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AuditTrail audit;
    private final CharterInForce charter;

    public MotionService(Database db, MeetingService meetings, ResolutionEffects effects, Membership membership,
                         AuditTrail audit, CharterInForce charter) {
        this.db = db;
        this.meetings = meetings;
        this.effects = effects;
        this.membership = membership;
        this.audit = audit;
        this.charter = charter;
    }

    /**
     * Whether the charter lets a meeting be moved this kind of motion at all: amending the charter and
     * dissolving need the profile's procedure (联席会议's charter states neither). For the motion kinds a screen lists.
     */
    public static boolean offers(CharterProfile charter, MotionKind kind) {
        return MotionRules.offers(charter, kind);
    }

    public void addListener(ResolutionListener listener) {
        listeners.add(listener);
    }

    public Added add(long meetingId, MotionDraft d) {
        return db.fromTransaction(s -> {
            Meeting m = meetings.conflicts.found(s, Meeting.class, MeetingService.ENTITY, meetingId, meetingId);
            CharterProfile p = charter.on(m.getDate());
            Body body = meetings.body(m.getBodyId(), m.getDate());
            MemberUnit unit = d.unitId() == null ? null : s.find(MemberUnit.class, d.unitId());
            List<Text> problems = new ArrayList<>(MotionRules.check(p, body, d, unit));
            List<Text> warnings = new ArrayList<>();
            if (problems.isEmpty() && unit != null) {
                Optional<Change> change = ResolutionEffects.changeOf(d, m.getDate());
                Procedure proc = MotionRules.placement(p, body, d).map(MotionRules.Placement::procedure).orElse(null);
                if (change.isPresent()) {
                    Optional<List<String>> recommenders = d.kind() == MotionKind.ADMIT
                            ? ResolutionEffects.openCase(s, unit.getId(), "ADMISSION").map(MemberCase::recommenderNames)
                            : Optional.empty();
                    for (Finding f : membership.check(s, unit, proc, change.get(), recommenders, m.getDate())) {
                        (f.refuses() ? problems : warnings).add(f.message());
                    }
                }
                if (d.kind() == MotionKind.WITHDRAW && ResolutionEffects.openCase(s, unit.getId(), "WITHDRAWAL").isEmpty()) {
                    problems.add(Text.of("motion.error.noWithdrawalCase", unit.getName(),
                            proc == null ? "" : proc.citation().article()));
                }
            }
            if (d.title() == null || d.title().isBlank()) {
                problems.add(0, Text.of("motion.error.title"));
            }
            if (!problems.isEmpty()) {
                return new Added(null, problems, warnings);
            }
            AgendaItem item = new AgendaItem();
            item.setTitle(d.title().strip());
            item.setMotionKind(d.kind());
            item.setUnitId(d.unitId());
            item.setUnitName(unit == null ? null : unit.getName());
            item.setTargetTierId(d.targetTierId());
            item.setOfficeId(d.officeId());
            item.setPersonName(d.personName() == null ? null : d.personName().strip());
            item.setVoteId(d.voteId());
            item.setByName(d.byName());
            m.addAgendaItem(item);
            s.flush();
            return new Added(item.getId(), List.of(), warnings);
        });
    }

    /** The rule this item is judged by, with its article; for the screen before the vote. */
    public Threshold ruleFor(long itemId) {
        return db.fromTransaction(s -> {
            AgendaItem i = item(s, itemId);
            LocalDate on = i.getMeeting().getDate();
            return MotionRules.rule(charter.on(on), meetings.body(i.getMeeting().getBodyId(), on), ref(i));
        });
    }

    /** Records the vote as totals and judges it; a passed case-deciding motion takes effect now. */
    public MeetingView recordTotals(long itemId, int yes, int no, int abstain) {
        return recordTotals(itemId, yes, no, abstain, null);
    }

    /**
     * As {@link #recordTotals(long, int, int, int)}, refused with {@link org.secretariat.service.EditConflict}
     * if the item is no longer at {@code loadedVersion} (another PC recorded first); null is not checked.
     */
    public MeetingView recordTotals(long itemId, int yes, int no, int abstain, Long loadedVersion) {
        return write(itemId, loadedVersion, (s, item) -> {
            item.getSeatVotes().clear();
            return decide(s, item, yes, no, abstain);
        });
    }

    /**
     * The agenda item as the screen loaded it, in a transaction, with Hibernate's flush-time check:
     * a newer save is refused naming its author (the meeting's audit entries), a deleted item as such.
     */
    private MeetingView write(long itemId, Long loadedVersion, java.util.function.BiFunction<Session, AgendaItem, MeetingView> w) {
        Long meetingId = db.fromTransaction(s -> {
            AgendaItem i = s.find(AgendaItem.class, itemId);
            return i == null ? null : i.getMeeting().getId();
        });
        var conflicts = meetings.conflicts;
        return conflicts.guard(MeetingService.ENTITY, meetingId, () -> db.fromTransaction(s -> {
            AgendaItem item = conflicts.found(s, AgendaItem.class, MeetingService.ENTITY, itemId, meetingId);
            conflicts.refuseIfChanged(s, MeetingService.ENTITY, meetingId, loadedVersion, item.getVersion());
            return w.apply(s, item);
        }));
    }

    /** The agenda item the screen shows, or {@link org.secretariat.service.RecordDeleted} if another PC deleted it. */
    private AgendaItem item(Session s, long itemId) {
        return meetings.conflicts.found(s, AgendaItem.class, MeetingService.ENTITY, itemId, null);
    }

    /** Records a vote by name (only seats marked present may vote) and judges the totals. */
    public MeetingView recordByName(long itemId, Map<Long, VoteChoice> votes) {
        return recordByName(itemId, votes, null);
    }

    /** As {@link #recordByName(long, Map)}, refused if the item is no longer at {@code loadedVersion}. */
    public MeetingView recordByName(long itemId, Map<Long, VoteChoice> votes, Long loadedVersion) {
        return write(itemId, loadedVersion, (s, item) -> {
            item.getSeatVotes().clear();
            s.flush();
            int yes = 0;
            int no = 0;
            int abstain = 0;
            for (Attendance a : item.getMeeting().getAttendance()) {
                VoteChoice c = votes.get(a.getId());
                if (c == null) {
                    continue;
                }
                if (!a.isPresentSeat()) {
                    throw new IllegalArgumentException("seat " + a.getSeatLabel() + " is not present and cannot vote");
                }
                item.addSeatVote(new SeatVote(a.getId(), c));
                switch (c) {
                    case YES -> yes++;
                    case NO -> no++;
                    case ABSTAIN -> abstain++;
                }
            }
            item.setByName(true);
            return decide(s, item, yes, no, abstain);
        });
    }

    /**
     * What recording a tally would do: the verdict by the motion's rule, the roster change if it
     * passes, and — for an election that passes — the checklist the secretary confirms first.
     */
    public record Preview(boolean passed, Optional<String> change, List<Text> checklist) {
        public Preview(boolean passed, Optional<String> change) {
            this(passed, change, List.of());
        }
    }

    /**
     * What the secretary confirms when this item elects an officer: the nomination the charter
     * requires and the office's qualifications, each with its article; empty for other motions.
     */
    public List<Text> electionChecklist(long itemId) {
        return db.fromTransaction(s -> checklist(item(s, itemId)));
    }

    private List<Text> checklist(AgendaItem item) {
        if (item.getMotionKind() != MotionKind.ELECT_OFFICER || item.getOfficeId() == null) {
            return List.of();
        }
        CharterProfile p = charter.on(item.getMeeting().getDate());
        return p.office(item.getOfficeId()).map(o -> ElectionRules.checklist(p, o)).orElse(List.of());
    }

    /**
     * The verdict these totals would get (the same rule as {@link #recordTotals}) and, if it passes,
     * what it changes on the roster — for the confirmation before the vote is recorded.
     */
    public Preview preview(long itemId, int yes, int no, int abstain) {
        return db.fromTransaction(s -> {
            AgendaItem item = item(s, itemId);
            Meeting m = item.getMeeting();
            Body body = meetings.body(m.getBodyId(), m.getDate());
            MeetingRules.Vote vote = judge(s, item, body, yes, no, abstain);
            MemberUnit unit = item.getUnitId() == null ? null : s.find(MemberUnit.class, item.getUnitId());
            return new Preview(vote.passed(), vote.passed() ? effects.changeIfPassed(m, body, item, unit) : Optional.empty(),
                    vote.passed() ? checklist(item) : List.of());
        });
    }

    /**
     * Corrects a mistyped tally within its meeting, in one transaction: what the first tally changed
     * on the roster is put back, the new tally is judged by the same rule as any vote and its effect
     * applied; the audit trail keeps the original and the correction with the reason. If any step
     * fails nothing changes. A resolution a case has recorded as its step is corrected in the case.
     */
    public MeetingView correct(long itemId, int yes, int no, int abstain, String reason) {
        return correct(itemId, yes, no, abstain, reason, null);
    }

    /** As {@link #correct(long, int, int, int, String)}, refused if the item is no longer at {@code loadedVersion}. */
    public MeetingView correct(long itemId, int yes, int no, int abstain, String reason, Long loadedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs its reason");
        }
        return write(itemId, loadedVersion, (s, item) -> {
            if (item.getVerdict() == null) {
                throw new IllegalStateException("nothing recorded to correct");
            }
            Meeting m = item.getMeeting();
            String original = item.getVerdict().name() + " " + item.getYes() + "/" + item.getNo() + "/" + item.getAbstain();
            String source = m.getTitle() + "（" + org.secretariat.document.ChineseDates.format(m.getDate()) + "）第"
                    + item.getPosition() + "项 更正表决：" + reason.strip();
            String undone = effects.reverse(s, m, item, source);
            item.setEffectNote(null);
            item.getSeatVotes().clear();
            item.setByName(false);
            item.setCorrectionNote("原表决：赞成 " + item.getYes() + " 票，反对 " + item.getNo() + " 票，弃权 " + item.getAbstain()
                    + " 票（" + (item.getVerdict() == Verdict.PASSED ? "通过" : "未通过") + "）；更正理由：" + reason.strip()
                    + (undone == null ? "" : "；" + undone));
            audit.record(s, AuditAction.RESOLUTION, MeetingService.ENTITY, m.getId(), m.getTitle(),
                    item.getTitle() + AuditTrail.SEP + original + AuditTrail.SEP + "correction: " + reason.strip() + "\n");
            listeners.forEach(l -> l.onCorrection(s, item, reason.strip()));
            s.flush();
            return decide(s, item, yes, no, abstain, true);
        });
    }

    private MeetingRules.Vote judge(Session s, AgendaItem item, Body body, int yes, int no, int abstain) {
        MeetingView before = meetings.view(s, item.getMeeting());
        Threshold rule = MotionRules.rule(charter.on(item.getMeeting().getDate()), body, ref(item));
        MeetingRules.Vote vote = MeetingRules.judge(before.quorum(), rule, yes, no, abstain);
        if (vote.reason() == MeetingRules.Reason.TOO_MANY_VOTES) {
            throw new IllegalArgumentException("more votes (" + (yes + no + abstain) + ") than members present ("
                    + before.quorum().present() + ")");
        }
        return vote;
    }

    private MeetingView decide(Session s, AgendaItem item, int yes, int no, int abstain) {
        return decide(s, item, yes, no, abstain, false);
    }

    private MeetingView decide(Session s, AgendaItem item, int yes, int no, int abstain, boolean correcting) {
        if (!correcting && item.getVerdict() == Verdict.PASSED && item.getEffectNote() != null && !item.getEffectNote().startsWith("未生效")
                && item.getMotionKind().needsUnit()) {
            throw new IllegalStateException("a resolution that has taken effect cannot be voted again");
        }
        Meeting m = item.getMeeting();
        Body body = meetings.body(m.getBodyId(), m.getDate());
        MeetingRules.Vote vote = judge(s, item, body, yes, no, abstain);
        item.setTally(yes, no, abstain);
        item.setVerdict(vote.passed() ? Verdict.PASSED : Verdict.FAILED);
        item.setVerdictNote(VerdictNotes.describe(vote));
        m.setHeld(true);
        if (vote.passed() && item.getMotionKind().needsUnit()) {
            item.setEffectNote(effects.apply(s, m, body, item));
        } else if (MotionRules.organisationKind(item.getMotionKind()).isPresent()) {
            long before = s.createSelectionQuery("select count(i) from AgendaItem i where i.motionKind = :k and i.verdict = :v "
                            + "and i.id <> :id and (i.meeting.date < :d or (i.meeting = :m and i.position < :pos))", Long.class)
                    .setParameter("k", item.getMotionKind()).setParameter("v", Verdict.PASSED).setParameter("id", item.getId())
                    .setParameter("d", m.getDate()).setParameter("m", m).setParameter("pos", item.getPosition()).getSingleResult();
            item.setEffectNote(vote.passed() ? MotionRules.remainingSteps(charter.on(m.getDate()), body, ref(item).draft(), before) : null);
        }
        listeners.forEach(l -> l.onResolution(s, item, body, vote.passed()));
        audit.record(s, AuditAction.RESOLUTION, MeetingService.ENTITY, m.getId(), m.getTitle(),
                item.getTitle() + AuditTrail.SEP + "" + AuditTrail.SEP + item.getVerdict().name() + " " + yes + "/" + no
                        + "/" + abstain + "\n");
        s.flush();
        return meetings.view(s, m);
    }


    static MotionRules.AgendaRef ref(AgendaItem i) {
        return new MotionRules.AgendaRef(new MotionDraft(i.getTitle(), i.getMotionKind(), i.getUnitId(),
                i.getTargetTierId(), i.getOfficeId(), i.getPersonName(), i.getVoteId(), i.isByName()));
    }
}

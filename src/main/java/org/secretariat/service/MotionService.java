package org.secretariat.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Office;
import org.secretariat.charter.Threshold;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Person;
import org.secretariat.domain.SeatVote;
import org.secretariat.domain.Verdict;
import org.secretariat.domain.VoteChoice;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * The agenda and its motions: putting a motion to a body (refused, with the article, where the
 * charter does not allow it), recording the vote in totals or by name, the verdict by the charter's
 * rule, and — in the same transaction — what a passed resolution changes on the roster.
 */
public final class MotionService {

    /** The outcome of adding a motion: its id, or why the charter does not allow it. */
    public record Added(Long itemId, List<Text> problems) {
    }

    private final Database db;
    private final MeetingService meetings;
    private final ResolutionEffects effects;
    private final CaseSteps cases;
    private final AuditTrail audit;
    private final Supplier<CharterProfile> charter;

    public MotionService(Database db, MeetingService meetings, ResolutionEffects effects, CaseSteps cases,
                         AuditTrail audit, Supplier<CharterProfile> charter) {
        this.db = db;
        this.meetings = meetings;
        this.effects = effects;
        this.cases = cases;
        this.audit = audit;
        this.charter = charter;
    }

    public Added add(long meetingId, MotionDraft d) {
        return db.fromTransaction(s -> {
            Meeting m = s.find(Meeting.class, meetingId);
            Body body = meetings.body(m.getBodyId());
            MemberUnit unit = d.unitId() == null ? null : s.find(MemberUnit.class, d.unitId());
            List<String> held = unit == null ? List.of() : heldOffices(unit, d.personName(), m);
            List<Text> problems = new ArrayList<>(MotionRules.check(charter.get(), body, d, unit, held));
            if (d.kind() == MotionKind.ELECT_OFFICER && unit != null) {
                MotionRules.termLimit(charter.get(), d, termsServed(unit, d)).ifPresent(problems::add);
            }
            if (d.title() == null || d.title().isBlank()) {
                problems.add(0, Text.of("motion.error.title"));
            }
            if (!problems.isEmpty()) {
                return new Added(null, problems);
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
            return new Added(item.getId(), List.of());
        });
    }

    /** The offices the named person of the unit holds on the meeting date. */
    private static List<String> heldOffices(MemberUnit unit, String personName, Meeting m) {
        if (personName == null) {
            return List.of();
        }
        return unit.getPeople().stream().filter(p -> p.getName().equals(personName.strip()))
                .filter(p -> (p.getTermStart() == null || !p.getTermStart().isAfter(m.getDate()))
                        && (p.getTermEnd() == null || !p.getTermEnd().isBefore(m.getDate())))
                .map(Person::getRole).toList();
    }

    private long termsServed(MemberUnit unit, MotionDraft d) {
        Optional<Office> office = charter.get().office(d.officeId());
        return unit.getPeople().stream().filter(p -> d.personName() != null && p.getName().equals(d.personName().strip()))
                .filter(p -> office.isPresent() && (p.getRole().equals(office.get().name()) || p.getRole().equals(office.get().id())))
                .count();
    }

    /** The rule this item is judged by, with its article; for the screen before the vote. */
    public Threshold ruleFor(long itemId) {
        return db.fromTransaction(s -> {
            AgendaItem i = s.find(AgendaItem.class, itemId);
            return MotionRules.rule(charter.get(), meetings.body(i.getMeeting().getBodyId()), ref(i));
        });
    }

    /** Records the vote as totals and judges it; a passed case-deciding motion takes effect now. */
    public MeetingView recordTotals(long itemId, int yes, int no, int abstain) {
        return db.fromTransaction(s -> {
            AgendaItem item = s.find(AgendaItem.class, itemId);
            item.getSeatVotes().clear();
            return decide(s, item, yes, no, abstain);
        });
    }

    /** Records a vote by name (only seats marked present may vote) and judges the totals. */
    public MeetingView recordByName(long itemId, Map<Long, VoteChoice> votes) {
        return db.fromTransaction(s -> {
            AgendaItem item = s.find(AgendaItem.class, itemId);
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
                if (!a.isSeated() || !a.getStatus().countsAsPresent()) {
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

    private MeetingView decide(Session s, AgendaItem item, int yes, int no, int abstain) {
        if (item.getVerdict() == Verdict.PASSED && item.getEffectNote() != null && item.getMotionKind().needsUnit()) {
            throw new IllegalStateException("a resolution that has taken effect cannot be voted again");
        }
        Meeting m = item.getMeeting();
        Body body = meetings.body(m.getBodyId());
        MeetingView before = meetings.view(s, m);
        Threshold rule = MotionRules.rule(charter.get(), body, ref(item));
        MeetingRules.Vote vote = MeetingRules.judge(before.quorum(), rule, yes, no, abstain);
        if (vote.reason() == MeetingRules.Reason.TOO_MANY_VOTES) {
            throw new IllegalArgumentException("more votes (" + (yes + no + abstain) + ") than members present ("
                    + before.quorum().present() + ")");
        }
        item.setTally(yes, no, abstain);
        item.setVerdict(vote.passed() ? Verdict.PASSED : Verdict.FAILED);
        item.setVerdictNote(VerdictNotes.describe(vote));
        m.setHeld(true);
        if (vote.passed() && item.getMotionKind().needsUnit()) {
            item.setEffectNote(effects.apply(s, m, body, item));
        }
        cases.onResolution(s, item, body, vote.passed());
        audit.record(s, "RESOLUTION", MeetingService.ENTITY, m.getId(), m.getTitle(),
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

package org.secretariat.charter;

/**
 * The verdicts of a meeting: could it decide (quorum), and did a motion pass (resolution), each by
 * the body's rule from the charter (or the profile's documented default), in exact arithmetic.
 */
public final class MeetingRules {

    /** The quorum verdict: {@code present} of {@code seated}, against {@code rule}. */
    public record Quorum(long seated, long present, Threshold rule, long required, boolean met) {
        public long shortfall() {
            return Math.max(0, required - present);
        }
    }

    /** Why a motion passed or failed. */
    public enum Reason { PASSED, NOT_ENOUGH_YES, NO_QUORUM, TOO_MANY_VOTES, NO_VOTES }

    /** A motion's verdict: {@code yes} of {@code base} against {@code rule}, needing {@code required}. */
    public record Vote(Reason reason, Threshold rule, long yes, long base, long required) {
        public boolean passed() {
            return reason == Reason.PASSED;
        }
    }

    private MeetingRules() {
    }

    public static Quorum quorum(CharterProfile profile, Body body, long seated, long present) {
        Threshold rule = profile.quorumOf(body);
        long base = rule.base() == ThresholdBase.PRESENT ? present : seated;
        return new Quorum(seated, present, rule, rule.required(base), rule.isMet(present, base));
    }

    /** The rule a motion is judged by: the body's special vote if named, else the body's resolution rule. */
    public static Threshold resolutionRule(CharterProfile profile, Body body, String voteId) {
        if (voteId != null) {
            for (Body.Vote v : body.votes()) {
                if (v.id().equals(voteId) && v.threshold() != null) {
                    return v.threshold();
                }
            }
        }
        return profile.resolutionOf(body);
    }

    public static Vote judge(Quorum quorum, Threshold rule, long yes, long no, long abstain) {
        long cast = yes + no;
        long base = switch (rule.base() == null ? ThresholdBase.PRESENT : rule.base()) {
            case SEATED -> quorum.seated();
            case PRESENT -> quorum.present();
            case VOTES_CAST -> cast;
        };
        long required = rule.required(base);
        if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain > quorum.present()) {
            return new Vote(Reason.TOO_MANY_VOTES, rule, yes, base, required);
        }
        if (!quorum.met()) {
            return new Vote(Reason.NO_QUORUM, rule, yes, base, required);
        }
        if (rule.base() == ThresholdBase.VOTES_CAST && cast == 0) {
            return new Vote(Reason.NO_VOTES, rule, yes, base, required);
        }
        return new Vote(rule.isMet(yes, base) ? Reason.PASSED : Reason.NOT_ENOUGH_YES, rule, yes, base, required);
    }
}

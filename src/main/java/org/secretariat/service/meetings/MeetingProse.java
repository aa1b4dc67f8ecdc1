package org.secretariat.service.meetings;

import java.util.List;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.ChineseNumbers;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.ThresholdBase;
import org.secretariat.domain.MotionKind;
import org.secretariat.service.Prose;

/**
 * The sentences of a notice and of minutes composed from the facts of the meeting, as a
 * secretary writes them (「应到理事单位七家，实到五家，超过半数，符合章程第十九条的规定，会议有效。」),
 * not the window's status lines.
 */
final class MeetingProse {

    private MeetingProse() {
    }

    /** 「家」 where the seats are units, else 「人」. */
    static String measure(MeetingView m) {
        boolean units = m.seats().stream().filter(MeetingView.Seat::seated).allMatch(s -> s.personId() == null);
        return units && m.seats().stream().anyMatch(MeetingView.Seat::seated) ? "家" : "人";
    }

    /** Who is expected, for the notice: 「理事会全体成员，应到七人。根据章程第十五条，须有三分之二以上成员出席方能召开。」 */
    static String expected(MeetingView m, Body body, Threshold quorum) {
        long seated = m.seats().stream().filter(MeetingView.Seat::seated).count();
        String unit = measure(m);
        String who = body.name() + "全体成员" + (seated == 0 ? "" : "，应到" + Prose.count(seated) + unit) + "。";
        return who + rule(quorum) + "须有" + quorum.canonicalWording() + "成员出席方能召开。";
    }

    /** 「根据章程第十五条，」 or, where the charter is silent, 「章程对此未作规定，按通行规则，」. */
    private static String rule(Threshold t) {
        return t.citation().isDefault() || Prose.article(t.citation().article()).isEmpty()
                ? "章程对此未作规定，按通行规则，"
                : "根据章程" + Prose.article(t.citation().article()) + "，";
    }

    /** The quorum sentence of the minutes. */
    static String quorum(MeetingView m) {
        MeetingRules.Quorum q = m.quorum();
        if (q == null || q.seated() == 0) {
            return "本次会议未登记应到成员。";
        }
        String unit = measure(m);
        String counts = "应到" + Prose.count(q.seated()) + unit + "，实到" + Prose.count(q.present()) + unit + "，";
        Threshold t = q.rule();
        if (!q.met()) {
            return counts + rule(t) + "须有" + t.canonicalWording() + "成员即至少" + Prose.count(q.required()) + unit
                    + "出席，出席人数不足，会议不能作出决议。";
        }
        if (t.citation().isDefault() || Prose.article(t.citation().article()).isEmpty()) {
            return counts + reached(t) + "。章程对会议出席人数未作规定，按通行规则，会议有效。";
        }
        return counts + reached(t) + "，符合章程" + Prose.article(t.citation().article()) + "的规定，会议有效。";
    }

    /** 「超过半数」, 「达到三分之二以上」. */
    private static String reached(Threshold t) {
        String w = t.canonicalWording().replace("（含）", "");
        if (w.equals("过半数")) {
            return "超过半数";
        }
        return w.startsWith("超过") ? w : "达到" + w;
    }

    /** The result of a voted item: the tally, the rule it was judged by and the verdict. */
    static String vote(CharterProfile p, Body body, MeetingView m, MeetingView.Item i) {
        String tally = "表决结果：赞成" + i.yes() + "票，反对" + i.no() + "票，弃权" + i.abstain() + "票"
                + (i.byName() ? "，记名表决" : "") + "。";
        Threshold t = MotionRules.rule(p, body, new MotionRules.AgendaRef(new MotionDraft(i.title(), i.motion(), i.unitId(),
                i.targetTierId(), i.officeId(), i.personName(), i.voteId(), i.byName())));
        MeetingRules.Vote v = MeetingRules.judge(m.quorum(), t, i.yes(), i.no(), i.abstain());
        String verdict = switch (v.reason()) {
            case PASSED -> rule(t) + needs(t) + "，本项获得通过。";
            case NOT_ENOUGH_YES -> rule(t) + needs(t) + "，赞成票不足，本项未获通过。";
            case NO_QUORUM -> "出席人数不足，会议不能作出决议，本项未获通过。";
            case NO_VOTES -> "没有有效票，本项未获通过。";
            case TOO_MANY_VOTES -> "票数超过出席人数，表决无效。";
        };
        String effect = i.effectNote() == null || i.effectNote().isBlank() ? ""
                : effect(Prose.withoutStop(Prose.article(i.effectNote()))) + "。";
        return tally + verdict + effect;
    }

    /** The roster's stored notes of what a resolution changed, in the words of minutes. */
    private static final List<String[]> EFFECTS = List.of(
            new String[] {"^「(.+)」入会，状态改为会员，入会日期(.+)$", "$1自$2起成为会员"},
            new String[] {"^「(.+)」级别改为(.+)$", "$1调整为$2"},
            new String[] {"^「(.+)」除名$", "$1予以除名"},
            new String[] {"^「(.+)」退出生效，状态改为已退出$", "$1退出，即日生效"});

    /** 「「X」入会，状态改为会员，入会日期……」 becomes 「X自……起成为会员」; other notes stay as they are. */
    static String effect(String note) {
        for (String[] e : EFFECTS) {
            if (note.matches(e[0])) {
                return note.replaceAll(e[0], e[1]);
            }
        }
        return note;
    }

    /** 「须经出席成员三分之二以上同意」, 「须有五个以上赞成票」. */
    private static String needs(Threshold t) {
        if (t.isCount()) {
            return "须有" + t.canonicalWording() + "赞成票";
        }
        String base = switch (t.base() == null ? ThresholdBase.PRESENT : t.base()) {
            case SEATED -> "全体应到成员";
            case PRESENT -> "出席成员";
            case VOTES_CAST -> "有效票";
        };
        return "须经" + base + t.canonicalWording() + "同意";
    }

    /** The agenda of the notice: 「（一）……（表决）；」, the last ending 「。」. */
    static List<String> agenda(MeetingView m) {
        return Prose.enumeration(m.agenda().stream().map(i -> "（" + ChineseNumbers.of(i.position()) + "）"
                + Prose.withoutStop(i.title()) + (i.motion() != null && i.motion().isVoted() ? "（表决）" : "")).toList());
    }

    static boolean discussion(MeetingView.Item i) {
        return i.motion() == MotionKind.NONE;
    }
}

package org.secretariat.service;

import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Threshold;

/**
 * The stored, human-readable reason for a verdict, in Chinese as the minutes record it:
 * "赞成 9 票，需 9 票（第八条：三分之二以上，以出席 13 人计）— 通过".
 */
public final class VerdictNotes {

    private VerdictNotes() {
    }

    public static String describe(MeetingRules.Vote v) {
        Threshold r = v.rule();
        String base = r.isCount() ? "" : switch (r.base()) {
            case SEATED -> "，以应到 " + v.base() + " 人计";
            case PRESENT -> "，以出席 " + v.base() + " 人计";
            case VOTES_CAST -> "，以有效票 " + v.base() + " 票计";
        };
        String rule = r.citation().article() + "：" + r.canonicalWording() + base
                + (r.citation().isDefault() ? "；章程未规定，采用默认规则" : "");
        return switch (v.reason()) {
            case PASSED -> "赞成 " + v.yes() + " 票，需 " + v.required() + " 票（" + rule + "）— 通过";
            case NOT_ENOUGH_YES -> "赞成 " + v.yes() + " 票，需 " + v.required() + " 票（" + rule + "）— 未通过";
            case NO_QUORUM -> "出席人数未达法定人数，会议不能作出决议 — 未通过";
            case NO_VOTES -> "没有有效票（" + rule + "）— 未通过";
            case TOO_MANY_VOTES -> "票数超过出席人数";
        };
    }
}

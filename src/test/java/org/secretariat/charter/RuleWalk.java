package org.secretariat.charter;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every object the format marks as a rule, by where it is in the profile, with its citation. */
final class RuleWalk {

    private RuleWalk() {
    }

    static Map<String, Citation> citations(CharterProfile p) {
        Map<String, Citation> out = new LinkedHashMap<>();
        out.put("organisation.secretariat", p.organisation().secretariatCitation());
        out.put("defaults.quorum", p.defaultQuorum().citation());
        out.put("defaults.resolution", p.defaultResolution().citation());
        if (p.membership() != CharterProfile.Membership.OPEN) {
            out.put("membership", p.membership().citation());
        }
        for (Body b : p.bodies()) {
            String at = "bodies." + b.id();
            out.put(at, b.citation());
            if (b.seats() != null) {
                out.put(at + ".seats", b.seats().citation());
            }
            if (b.sizeLimit() != null) {
                out.put(at + ".size_limit", b.sizeLimit().citation());
            }
            if (b.term() != null) {
                out.put(at + ".term", b.term().citation());
            }
            if (b.meets() != null) {
                out.put(at + ".meets", b.meets().citation());
            }
            b.ownQuorum().ifPresent(t -> out.put(at + ".quorum", t.citation()));
            b.ownResolution().ifPresent(t -> out.put(at + ".resolution", t.citation()));
            for (Body.Vote v : b.votes()) {
                out.put(at + ".votes." + v.id(), v.threshold().citation());
            }
            if (b.extraMeeting() != null) {
                out.put(at + ".extra_meeting", b.extraMeeting().citation());
            }
        }
        for (Tier t : p.tiers()) {
            out.put("tiers." + t.id(), t.citation());
            for (int i = 0; i < t.qualifications().size(); i++) {
                out.put("tiers." + t.id() + ".qualifications[" + i + "]", t.qualifications().get(i).citation());
            }
        }
        for (Office o : p.offices()) {
            String at = "offices." + o.id();
            out.put(at, o.citation());
            if (o.term() != null) {
                out.put(at + ".term", o.term().citation());
            }
            if (o.termLimit() != null) {
                out.put(at + ".term_limit", o.termLimit().citation());
            }
            if (o.electedBy() != null && o.electedBy().threshold() != null) {
                out.put(at + ".elected_by.threshold", o.electedBy().threshold().citation());
            }
            election(out, at + ".elected_by", o.electedBy());
            election(out, at + ".appointed_by", o.appointedBy());
            for (int i = 0; i < o.qualifications().size(); i++) {
                out.put(at + ".qualifications[" + i + "]", o.qualifications().get(i).citation());
            }
        }
        for (Procedure pr : p.procedures()) {
            String at = "procedures." + pr.id();
            out.put(at, pr.citation());
            for (int i = 0; i < pr.requires().size(); i++) {
                out.put(at + ".requires[" + i + "]", pr.requires().get(i).citation());
            }
            if (pr.notice() != null) {
                out.put(at + ".notice", pr.notice().citation());
            }
            for (Procedure.Step s : pr.steps()) {
                if (s.threshold() != null) {
                    out.put(at + ".steps." + s.id() + ".threshold", s.threshold().citation());
                }
                if (s.deadline() != null) {
                    out.put(at + ".steps." + s.id() + ".deadline", s.deadline().citation());
                }
            }
        }
        if (p.inactivity() != null) {
            out.put("inactivity", p.inactivity().citation());
        }
        out.put("fees", p.fees().citation());
        p.certificates().forEach(c -> out.put("certificates." + c.id(), c.citation()));
        p.forms().forEach(f -> out.put("forms." + f.id(), f.citation()));
        return out;
    }

    private static void election(Map<String, Citation> out, String at, Office.Election e) {
        if (e == null) {
            return;
        }
        out.put(at, e.citation());
        if (e.nominatedBy() != null) {
            out.put(at + ".nominated_by", e.nominatedBy().citation());
        }
    }
}

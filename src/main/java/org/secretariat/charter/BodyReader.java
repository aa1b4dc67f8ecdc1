package org.secretariat.charter;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.i18n.Text;

/** Reads the {@code bodies} and {@code offices} sections of a profile. */
final class BodyReader {

    private final ProfileReader r;

    BodyReader(ProfileReader r) {
        this.r = r;
    }

    List<Body> bodies(YamlMap root) {
        List<Body> out = new ArrayList<>();
        for (YamlMap m : root.maps("bodies", true)) {
            out.add(body(m));
        }
        return out;
    }

    private Body body(YamlMap m) {
        String id = r.id(m, "body");
        String name = m.text("name", true);
        BodyKind kind = r.choice(m, "kind", BodyKind.class, true);
        String role = m.text("role", false);
        Citation citation = r.citation(m, true);
        Body.Seats seats = null;
        YamlMap s = m.map("seats", false);
        if (s != null) {
            List<String> offices = r.refs(s, "offices", "office");
            List<String> tiers = r.refs(s, "tiers", "tier");
            Citation sc = r.citation(s, true);
            s.finish();
            seats = new Body.Seats(offices, tiers, sc);
        }
        Body.SizeLimit sizeLimit = null;
        YamlMap l = m.map("size_limit", false);
        if (l != null) {
            String fractionText = l.text("fraction", true);
            String of = r.ref(l, "of", "body", true);
            Enforcement enforce = enforcement(l);
            Citation lc = r.citation(l, true);
            l.finish();
            Fraction f = fractionText == null ? null : Fraction.parse(fractionText).orElse(null);
            if (fractionText != null && f == null) {
                r.problems().add(l.at("fraction"), l.field("fraction"), Text.of("charter.error.fraction", fractionText));
            }
            sizeLimit = f == null ? null : new Body.SizeLimit(f, of, enforce, lc);
        }
        Term term = r.term(m, "term");
        MeetingFrequency meets = null;
        YamlMap mt = m.map("meets", false);
        if (mt != null) {
            Integer times = mt.integer("times", true, 1);
            String per = r.oneOf(mt, "per", true, "year");
            Citation mc = r.citation(mt, true);
            mt.finish();
            meets = times == null || per == null ? null : new MeetingFrequency(times, per, mc);
        }
        Threshold quorum = r.threshold(m, "quorum", false);
        Threshold resolution = r.threshold(m, "resolution", false);
        List<Body.Vote> votes = new ArrayList<>();
        for (YamlMap v : m.maps("votes", false)) {
            String vid = r.id(v, "vote:" + id);
            String vname = v.text("name", true);
            Threshold t = r.threshold(v, "threshold", true);
            v.finish();
            votes.add(new Body.Vote(vid, vname, t));
        }
        Body.ExtraMeeting extra = null;
        YamlMap e = m.map("extra_meeting", false);
        if (e != null) {
            Integer proposers = e.integer("proposers", true, 1);
            Citation ec = r.citation(e, true);
            e.finish();
            extra = proposers == null ? null : new Body.ExtraMeeting(proposers, ec);
        }
        m.finish();
        return new Body(id, name, kind == null ? BodyKind.OTHER : kind, role, citation, seats, sizeLimit,
                term, meets, quorum, resolution, List.copyOf(votes), extra);
    }

    /** {@code enforce: refuse | warn}; refuse where absent. */
    private Enforcement enforcement(YamlMap m) {
        String key = r.oneOf(m, "enforce", false, "refuse", "warn");
        return "warn".equals(key) ? Enforcement.WARN : Enforcement.REFUSE;
    }

    List<Office> offices(YamlMap root) {
        List<Office> out = new ArrayList<>();
        for (YamlMap m : root.maps("offices", false)) {
            out.add(office(m));
        }
        return out;
    }

    private Office office(YamlMap m) {
        String id = r.id(m, "office");
        String name = m.text("name", true);
        String holder = r.oneOf(m, "holder", true, "person", "unit");
        String body = r.ref(m, "body", "body", false);
        Integer min = null;
        Integer max = null;
        Integer perUnit = null;
        Enforcement enforce = Enforcement.REFUSE;
        Citation countCitation = null;
        YamlMap c = m.map("count", false);
        if (c != null) {
            min = c.integer("min", false, 0);
            max = c.integer("max", false, 1);
            perUnit = c.integer("per_unit", false, 1);
            enforce = enforcement(c);
            countCitation = r.citation(c, false);
            c.finish();
            if (min != null && max != null && min > max) {
                r.problems().add(c.node(), c.field("min"), Text.of("charter.error.countRange", min, max));
            }
        }
        String requires = r.ref(m, "requires_office", "office", false);
        Term term = r.term(m, "term");
        Office.TermLimit limit = null;
        YamlMap tl = m.map("term_limit", false);
        if (tl != null) {
            Integer terms = tl.integer("terms", true, 1);
            Citation lc = r.citation(tl, true);
            tl.finish();
            limit = terms == null ? null : new Office.TermLimit(terms, lc);
        }
        Office.Election election = election(m, "elected_by");
        Office.Election appointment = election(m, "appointed_by");
        List<Qualification> qualifications = qualifications(r, m);
        Citation citation = r.citation(m, true);
        m.finish();
        if (r.complete() && !m.has("elected_by") && !m.has("appointed_by")) {
            r.problems().add(m.node(), m.field("elected_by"), Text.of("charter.error.noElectedBy", name == null ? id : name));
        }
        return new Office(id, name, holder, body, min, max, perUnit, enforce, countCitation, requires, term, limit, election,
                citation, appointment, qualifications);
    }

    /**
     * {@code elected_by} / {@code appointed_by}: {@code body} (or {@code none} where the charter is
     * silent, with a reading saying so), an optional threshold and nomination, and the article.
     */
    private Office.Election election(YamlMap m, String key) {
        YamlMap el = m.map(key, false);
        if (el == null) {
            return null;
        }
        boolean silent = "none".equals(el.text("body", false));
        String electBody = silent ? null : r.ref(el, "body", "body", true);
        Threshold t = r.threshold(el, "threshold", false);
        Office.Nomination nomination = null;
        YamlMap n = el.map("nominated_by", false);
        if (n != null) {
            String office = r.ref(n, "office", "office", false);
            String nbody = r.ref(n, "body", "body", false);
            String tier = r.ref(n, "tier", "tier", false);
            String wording = n.text("wording", false);
            Citation nc = r.citation(n, true);
            n.finish();
            if ((office == null ? 0 : 1) + (nbody == null ? 0 : 1) + (tier == null ? 0 : 1) != 1) {
                r.problems().add(n.node(), n.field("office"), Text.of("charter.error.nominator"));
            }
            nomination = new Office.Nomination(office, nbody, tier, wording, nc);
        }
        Citation c = r.citation(el, t == null);
        if (c == null && t != null) {
            c = t.citation();
        }
        if (silent && (c == null || !c.hasReading())) {
            r.problems().add(el.node(), el.field("reading"), Text.of("charter.error.silentNeedsReading"));
        }
        el.finish();
        return new Office.Election(electBody, t, nomination, c);
    }

    /** {@code qualifications:} a list of {@code {text, article}} (on offices and tiers). */
    static List<Qualification> qualifications(ProfileReader r, YamlMap m) {
        List<Qualification> out = new ArrayList<>();
        for (YamlMap q : m.maps("qualifications", false)) {
            String text = q.text("text", true);
            Citation c = r.citation(q, true);
            q.finish();
            if (text != null && c != null) {
                out.add(new Qualification(text, c));
            }
        }
        return List.copyOf(out);
    }
}

package org.secretariat.service.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Qualification;
import org.secretariat.charter.Tier;
import org.secretariat.i18n.Text;

/**
 * Who may elect an officer and what the secretary confirms when one is elected: the office's
 * {@code elected_by} / {@code appointed_by} body (none where the charter is silent), its
 * nomination step and the qualifications the charter sets, each with its article.
 */
final class ElectionRules {

    private ElectionRules() {
    }

    /** Why this body may not elect the office; empty where it may (or the charter names no body). */
    static Optional<Text> refusal(CharterProfile p, Body body, Office o) {
        Office.Election e = o.filledBy();
        if (e == null || e.isSilent() || e.body().equals(body.id())) {
            return Optional.empty();
        }
        String by = p.body(e.body()).map(Body::name).orElse(e.body());
        String article = e.citation() != null ? e.citation().article() : o.citation().article();
        return Optional.of(Text.of(o.electedBy() != null ? "motion.error.electedBy" : "motion.error.appointedBy",
                o.name(), by, article));
    }

    /**
     * What the secretary confirms before an election is recorded: the nomination the charter
     * requires, then each qualification of the office, each with its article.
     */
    static List<Text> checklist(CharterProfile p, Office o) {
        List<Text> out = new ArrayList<>();
        Office.Election e = o.filledBy();
        if (e != null && e.nominatedBy() != null) {
            Office.Nomination n = e.nominatedBy();
            String who = n.office() != null ? p.office(n.office()).map(Office::name).orElse(n.office())
                    : n.body() != null ? p.body(n.body()).map(Body::name).orElse(n.body())
                    : p.tier(n.tier()).map(Tier::name).orElse(n.tier());
            out.add(Text.of("motion.checklist.nominated", who, n.citation().article()));
        }
        for (Qualification q : o.qualifications()) {
            out.add(Text.of("motion.checklist.qualification", q.text(), q.citation().article()));
        }
        return List.copyOf(out);
    }
}

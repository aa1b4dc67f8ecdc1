package org.secretariat.charter;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.i18n.Text;

/** Reads the {@code procedures} section: kinds, preconditions, notice periods and steps. */
final class ProcedureReader {

    private final ProfileReader r;

    ProcedureReader(ProfileReader r) {
        this.r = r;
    }

    List<Procedure> procedures(YamlMap root) {
        List<Procedure> out = new ArrayList<>();
        for (YamlMap m : root.maps("procedures", true)) {
            out.add(procedure(m));
        }
        return out;
    }

    private Procedure procedure(YamlMap m) {
        String id = r.id(m, "procedure");
        ProcedureKind kind = r.choice(m, "kind", ProcedureKind.class, true);
        String name = m.text("name", true);
        Citation citation = r.citation(m, true);
        String toTier = r.ref(m, "to_tier", "tier", false);
        List<String> fromTiers = r.refs(m, "from_tiers", "tier");
        if (kind == ProcedureKind.UPGRADE && (toTier == null || fromTiers.isEmpty())) {
            r.problems().add(m.node(), m.field("to_tier"), Text.of("charter.error.upgradeTiers"));
        }
        List<Procedure.Requirement> requires = new ArrayList<>();
        for (YamlMap q : m.maps("requires", false)) {
            String qkind = r.oneOf(q, "kind", true, "recommenders", "legal_person", "office", "tier");
            Integer min = q.integer("min", false, 1);
            String office = r.ref(q, "office", "office", "office".equals(qkind));
            Citation qc = r.citation(q, true);
            q.finish();
            requires.add(new Procedure.Requirement(qkind, min, office, qc));
        }
        Period notice = r.period(m, "notice", false);
        List<String> grounds = m.texts("grounds");
        List<Procedure.Step> steps = new ArrayList<>();
        for (YamlMap s : m.maps("steps", true)) {
            steps.add(step(s, "step:" + id));
        }
        m.finish();
        return new Procedure(id, kind == null ? ProcedureKind.ADMISSION : kind, name, citation, toTier,
                fromTiers, List.copyOf(requires), notice, List.copyOf(grounds), List.copyOf(steps));
    }

    private Procedure.Step step(YamlMap s, String scope) {
        String id = r.id(s, scope);
        String name = s.text("name", true);
        String actor = r.oneOf(s, "actor", true, "applicant", "secretariat", "body", "experts", "chair", "members",
                "authority");
        String body = r.ref(s, "body", "body", "body".equals(actor));
        Threshold threshold = r.threshold(s, "threshold", false);
        String form = r.ref(s, "form", "form", false);
        String certificate = r.ref(s, "certificate", "certificate", false);
        String returns = r.ref(s, "returns_certificate", "certificate", false);
        String notify = r.oneOf(s, "notify", false, "email", "letter");
        Period deadline = null;
        String after = null;
        YamlMap d = s.map("deadline", false);
        if (d != null) {
            deadline = r.period(d);
            after = r.ref(d, "after", scope, false);
            d.finish();
        }
        Boolean inForce = s.bool("in_force", false);
        Citation citation = r.citation(s, false);
        s.finish();
        return new Procedure.Step(id, name, actor, body, threshold, form, certificate, notify, deadline, after, citation, returns,
                Boolean.TRUE.equals(inForce));
    }
}

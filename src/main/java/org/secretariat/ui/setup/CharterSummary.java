package org.secretariat.ui.setup;

import java.util.stream.Collectors;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.Tier;
import org.secretariat.i18n.Messages;

/** A charter profile in a few lines for the setup screen: bodies and their rules, tiers, procedures. */
final class CharterSummary {

    private CharterSummary() {
    }

    static String describe(CharterProfile p, Messages m) {
        StringBuilder b = new StringBuilder();
        b.append(p.organisation().name());
        if (p.organisation().founded() != null) {
            b.append("（").append(m.get("setup.summary.founded", p.organisation().founded())).append("）");
        }
        b.append('\n').append(m.get("setup.summary.secretariat", p.organisation().secretariatSeat(),
                p.organisation().secretariatCitation())).append("\n\n");
        b.append(m.get("setup.summary.bodies")).append('\n');
        for (Body body : p.bodies()) {
            b.append("  · ").append(body.name());
            if (body.term() != null) {
                b.append(m.get("setup.summary.term", body.term().years(), body.term().citation()));
            }
            b.append('\n');
            Threshold q = p.quorumOf(body);
            Threshold r = p.resolutionOf(body);
            b.append("      ").append(m.get("setup.summary.quorum", rule(q, m))).append('\n');
            b.append("      ").append(m.get("setup.summary.resolution", rule(r, m))).append('\n');
        }
        b.append('\n').append(m.get("setup.summary.tiers", p.tiers().stream().map(Tier::name)
                .collect(Collectors.joining(" < ")))).append('\n');
        b.append(m.get("setup.summary.procedures", p.procedures().stream().map(Procedure::name)
                .collect(Collectors.joining("、")))).append('\n');
        if (p.inactivity() != null) {
            b.append(m.get("setup.summary.inactivity", p.inactivity().years(), p.inactivity().citation())).append('\n');
        }
        b.append(p.fees().charged() ? m.get("setup.summary.fees", p.fees().citation())
                : m.get("setup.summary.noFees", p.fees().citation())).append('\n');
        return b.toString();
    }

    private static String rule(Threshold t, Messages m) {
        boolean ownWords = t.wording() != null && !t.wording().isBlank();
        String base = t.isCount() || ownWords ? "" : m.get("threshold.base." + t.base().name());
        String text = base + t.chineseWording();
        return t.citation().isDefault() ? text + m.get("threshold.default") : text + "（" + t.citation().article() + "）";
    }
}

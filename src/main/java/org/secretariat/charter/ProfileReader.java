package org.secretariat.charter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.secretariat.i18n.Text;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the parts every section shares: ids, citations, thresholds, terms and periods; and
 * remembers references between parts so they can be checked once the whole file is read.
 */
class ProfileReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private record Ref(String kind, String id, Node at, String field) {
    }

    private final YamlMap.Problems problems;
    private final Map<String, Set<String>> defined = new HashMap<>();
    private final List<Ref> refs = new ArrayList<>();

    private final boolean complete;

    ProfileReader(YamlMap.Problems problems, boolean complete) {
        this.problems = problems;
        this.complete = complete;
    }

    /** Checking a profile: rules an older profile may lack are required too. */
    boolean complete() {
        return complete;
    }

    YamlMap.Problems problems() {
        return problems;
    }

    /** Reads a required id and records it as defined for reference kind {@code kind}. */
    String id(YamlMap m, String kind) {
        String id = m.text("id", true);
        if (id == null) {
            return "";
        }
        if (!ID.matcher(id).matches()) {
            problems.add(m.at("id"), m.field("id"), Text.of("charter.error.badId", id));
        }
        if (!defined.computeIfAbsent(kind, k -> new HashSet<>()).add(id)) {
            problems.add(m.at("id"), m.field("id"), Text.of("charter.error.duplicateId", id));
        }
        return id;
    }

    /** Reads a reference to an id of {@code kind}; checked in {@link #checkReferences()}. */
    String ref(YamlMap m, String key, String kind, boolean required) {
        String id = m.text(key, required);
        if (id != null) {
            refs.add(new Ref(kind, id, m.at(key), m.field(key)));
        }
        return id;
    }

    List<String> refs(YamlMap m, String key, String kind) {
        List<String> ids = m.texts(key);
        for (String id : ids) {
            refs.add(new Ref(kind, id, m.at(key), m.field(key)));
        }
        return List.copyOf(ids);
    }

    void checkReferences() {
        for (Ref r : refs) {
            if (!defined.getOrDefault(r.kind, Set.of()).contains(r.id)) {
                problems.add(r.at, r.field, Text.of("charter.error.unknownRef", r.field, Text.of("charter.kind." + r.kind.split(":")[0]), r.id));
            }
        }
    }

    Citation citation(YamlMap m, boolean required) {
        String article = m.text("article", required);
        String reading = m.text("reading", false);
        m.text("note", false);
        return article == null ? null : new Citation(article, reading, false);
    }

    /** A default rule: "article" may be 未规定, but then a reading must say why. */
    Citation defaultCitation(YamlMap m) {
        String article = m.text("article", false);
        String reading = m.text("reading", false);
        m.text("note", false);
        if (reading == null) {
            problems.add(m.node(), m.field("reading"), Text.of("charter.error.defaultNeedsReading"));
        }
        return new Citation(article == null ? "未规定" : article, reading, true);
    }

    Threshold threshold(YamlMap parent, String key, boolean required) {
        YamlMap m = parent.map(key, required);
        return m == null ? null : threshold(m, false);
    }

    Threshold threshold(YamlMap m, boolean isDefault) {
        String fractionText = m.text("fraction", false);
        Integer count = m.integer("count", false, 1);
        Boolean inclusive = m.bool("inclusive", true);
        String baseText = m.text("base", false);
        String wording = m.text("wording", false);
        // a rule the charter does not state (article 未规定, or 第二十二条（比例未规定）): a default, with its reading
        boolean unstated = isDefault || m.value("article") instanceof org.yaml.snakeyaml.nodes.ScalarNode a
                && a.getValue().contains("未规定");
        Citation citation = unstated ? defaultCitation(m) : citation(m, true);
        m.finish();
        Fraction fraction = null;
        ThresholdBase base = null;
        if (fractionText != null && count != null || fractionText == null && count == null && m.value("count") == null) {
            problems.add(m.node(), m.field("fraction"), Text.of("charter.error.fractionOrCount"));
        }
        if (fractionText != null) {
            fraction = Fraction.parse(fractionText).orElse(null);
            if (fraction == null) {
                problems.add(m.at("fraction"), m.field("fraction"), Text.of("charter.error.fraction", fractionText));
            }
            if (baseText == null) {
                problems.add(m.node(), m.field("base"), Text.of("charter.error.missing", m.field("base")));
            }
        }
        if (baseText != null) {
            base = ThresholdBase.fromYaml(baseText);
            if (base == null) {
                problems.add(m.at("base"), m.field("base"), Text.of("charter.error.base", baseText));
            }
        }
        if (inclusive == null || citation == null || (fraction == null && count == null)
                || (fraction != null && base == null)) {
            return null;
        }
        return new Threshold(fraction, count, inclusive, base, wording, citation);
    }

    Term term(YamlMap parent, String key) {
        YamlMap m = parent.map(key, false);
        if (m == null) {
            return null;
        }
        Integer years = m.integer("years", true, 1);
        Boolean re = m.bool("re_election", false);
        Citation c = citation(m, true);
        m.finish();
        return years == null || c == null ? null : new Term(years, re == null || re, c);
    }

    /** A period with exactly one of days, working_days, months, years. */
    Period period(YamlMap parent, String key, boolean required, String... extraKeys) {
        YamlMap m = parent.map(key, required);
        if (m == null) {
            return null;
        }
        Period p = period(m);
        m.finish(extraKeys);
        return p;
    }

    Period period(YamlMap m) {
        Period result = null;
        int written = 0;
        for (Period.Unit unit : Period.Unit.values()) {
            String key = unit.name().toLowerCase(Locale.ROOT);
            written += m.has(key) ? 1 : 0;
            Integer n = m.integer(key, false, 1); // a bad value (days: -30) is said by integer() at its place
            if (n != null) {
                result = new Period(n, unit, null);
            }
        }
        Citation c = citation(m, true);
        if (written != 1) {
            problems.add(m.node(), m.field("days"), Text.of("charter.error.period"));
            return null;
        }
        return c == null || result == null ? null : new Period(result.amount(), result.unit(), c);
    }

    <E extends Enum<E>> E choice(YamlMap m, String key, Class<E> type, boolean required) {
        String text = m.text(key, required);
        if (text == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        problems.add(m.at(key), m.field(key), Text.of("charter.error.unknownValue", text, String.join(", ", names)));
        return null;
    }

    String oneOf(YamlMap m, String key, boolean required, String... allowed) {
        String text = m.text(key, required);
        if (text != null && !List.of(allowed).contains(text)) {
            problems.add(m.at(key), m.field(key), Text.of("charter.error.unknownValue", text, String.join(", ", allowed)));
            return null;
        }
        return text;
    }
}

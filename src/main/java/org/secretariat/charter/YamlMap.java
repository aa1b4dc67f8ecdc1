package org.secretariat.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.secretariat.i18n.Text;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly: every key read is remembered, {@link #finish()} reports the rest
 * as unknown, and every problem is recorded with its line, column and dotted field path.
 */
final class YamlMap {

    /** Collects problems for one file. */
    static final class Problems {
        final String file;
        final List<CharterProblem> list = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(Node at, String field, Text message) {
            add(at == null ? null : at.getStartMark(), field, message);
        }

        void add(Mark mark, String field, Text message) {
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            list.add(new CharterProblem(file, line, column, field, message));
        }
    }

    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();

    YamlMap(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (entries.containsKey(key)) {
                problems.add(tuple.getKeyNode(), field(key), Text.of("charter.error.duplicateKey", key));
            }
            entries.put(key, tuple);
        }
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        read.add(key);
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    Node value(String key) {
        read.add(key);
        NodeTuple t = entries.get(key);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private Node required(String key, boolean required) {
        Node v = value(key);
        if (v == null && required) {
            problems.add(node, field(key), Text.of("charter.error.missing", field(key)));
        }
        return v;
    }

    String text(String key, boolean required) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            problems.add(v, field(key), Text.of("charter.error.notText", field(key)));
            return null;
        }
        String text = s.getValue().strip();
        if (text.isEmpty() && required) {
            problems.add(v, field(key), Text.of("charter.error.missing", field(key)));
            return null;
        }
        return text;
    }

    Integer integer(String key, boolean required, int min) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            try {
                int n = Integer.parseInt(s.getValue().strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.add(v, field(key), Text.of("charter.error.notInteger", field(key), min));
        return null;
    }

    Boolean bool(String key, boolean required) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            String t = s.getValue().strip();
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
        }
        problems.add(v, field(key), Text.of("charter.error.notBoolean", field(key)));
        return null;
    }

    YamlMap map(String key, boolean required) {
        Node v = required(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof MappingNode m) {
            return new YamlMap(m, field(key), problems);
        }
        problems.add(v, field(key), Text.of("charter.error.notMap", field(key)));
        return null;
    }

    List<YamlMap> maps(String key, boolean required) {
        List<YamlMap> out = new ArrayList<>();
        Node v = required(key, required);
        if (v == null) {
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.add(v, field(key), Text.of("charter.error.notList", field(key)));
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(key) + "[" + i + "]";
            if (items.get(i) instanceof MappingNode m) {
                out.add(new YamlMap(m, itemPath, problems));
            } else {
                problems.add(items.get(i), itemPath, Text.of("charter.error.notMap", itemPath));
            }
        }
        if (out.isEmpty() && required && items.isEmpty()) {
            problems.add(v, field(key), Text.of("charter.error.missing", field(key)));
        }
        return out;
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        Node v = value(key);
        if (v == null) {
            return out;
        }
        if (v instanceof ScalarNode s) {
            out.add(s.getValue().strip());
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.add(v, field(key), Text.of("charter.error.notList", field(key)));
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                out.add(s.getValue().strip());
            } else {
                problems.add(item, field(key), Text.of("charter.error.notText", field(key)));
            }
        }
        return out;
    }

    /** The key's own position, for problems about a value that was read. */
    Node at(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node : t.getValueNode();
    }

    /** Reports every key that was never asked for. */
    void finish(String... allowed) {
        Set<String> allowedSet = new TreeSet<>(List.of(allowed));
        allowedSet.addAll(read);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowedSet.contains(e.getKey())) {
                problems.add(e.getValue().getKeyNode(), field(e.getKey()),
                        Text.of("charter.error.unknownKey", e.getKey(), String.join(", ", read)));
            }
        }
    }
}

package org.secretariat.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secretariat.i18n.Text;

/** Words and options of one command: {@code --name VALUE}, {@code --flag}, and positional words. */
final class CliArgs {

    private final List<String> words = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * @param valueOptions options that take a value ("--out")
     * @param flagOptions  options without one ("--dry-run")
     */
    static CliArgs parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        CliArgs a = new CliArgs();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(Text.of("cli.error.optionValue", name));
                        }
                        value = args.get(++i);
                    }
                    a.options.put(name, value);
                } else if (flagOptions.contains(name) && value == null) {
                    a.flags.add(name);
                } else {
                    throw new UsageException(Text.of("cli.error.unknownOption", arg));
                }
            } else {
                a.words.add(arg);
            }
        }
        return a;
    }

    List<String> words() {
        return words;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** Exactly {@code n} positional words, or a usage error. */
    void expectWords(int n) throws UsageException {
        if (words.size() != n) {
            throw new UsageException(Text.of(words.size() < n ? "cli.error.missingArgument" : "cli.error.extraArgument"));
        }
    }
}

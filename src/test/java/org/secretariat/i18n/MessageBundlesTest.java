package org.secretariat.i18n;

import org.secretariat.domain.AuditAction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.RosterField;

/** Both languages have every key the code and FXML use, and no key that nothing uses. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/secretariat/i18n");
    /** Keys built at run time from a prefix and a value: each family is checked for completeness below. */
    private static final List<String> FAMILIES = List.of("unitType.", "status.", "field.", "charter.kind.",
            "audit.action.", "threshold.base.", "motion.kind.", "attendance.", "verdict.",
            "meeting.kind.", "meeting.doc.suffix.", "vote.", "certificate.state.",
            "certificate.verify.", "decision.", "case.actor.", "case.status.", "activity.kind.",
            "report.section.");

    private static Properties chinese;
    private static Properties english;
    private static String sources;

    @BeforeAll
    static void read() throws IOException {
        chinese = load("messages.properties");
        english = load("messages_en.properties");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            // settings.properties keys ("backup.second") look like message keys but are not
            sources = files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml"))
                    .filter(p -> !p.endsWith(Path.of("persistence", "Settings.java")))
                    .map(MessageBundlesTest::text).collect(Collectors.joining("\n"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        assertEquals(Set.of(), onlyChinese, "missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "missing in messages.properties");
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        Set<String> namespaces = chinese.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Matcher literal = Pattern.compile("\"%?([a-zA-Z]+\\.[a-zA-Z0-9_.]*)\"").matcher(sources);
        while (literal.find()) {
            String key = literal.group(1);
            boolean looksLikeKey = namespaces.stream().anyMatch(key::startsWith) && !key.endsWith(".")
                    && !key.endsWith(".fxml") && !key.endsWith(".css") && !key.endsWith(".yaml") && !key.endsWith(".properties") && !key.matches(".*\\.(docx|pdf|xlsx|csv)");
            if (looksLikeKey && !chinese.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            boolean used = sources.contains("\"" + key + "\"") || sources.contains("\"%" + key + "\"")
                    || FAMILIES.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() {
        for (UnitType t : UnitType.values()) {
            assertTrue(chinese.containsKey("unitType." + t.name()), t.name());
        }
        for (MemberStatus s : MemberStatus.values()) {
            assertTrue(chinese.containsKey("status." + s.name()), s.name());
        }
        for (RosterField f : RosterField.values()) {
            assertTrue(chinese.containsKey("field." + f.key()), f.key());
        }
        for (org.secretariat.domain.AuditAction action : org.secretariat.domain.AuditAction.values()) {
            assertTrue(chinese.containsKey("audit.action." + action.name()), action.name());
        }
        Arrays.stream(org.secretariat.domain.MotionKind.values())
                .forEach(k -> assertTrue(chinese.containsKey("motion.kind." + k.name()), k.name()));
        Arrays.stream(org.secretariat.charter.ThresholdBase.values())
                .forEach(b -> assertTrue(chinese.containsKey("threshold.base." + b.name()), b.name()));
    }

    @Test
    void theDefaultLanguageIsSimplifiedChinese() {
        assertEquals("会员名单", Messages.forLanguage("").get("main.nav.roster"));
        assertEquals("Roster", Messages.forLanguage("en").get("main.nav.roster"));
        assertEquals("第 5 行 第 3 列", Messages.forLanguage("zh").get("import.problemAt", 5, 3));
        assertEquals("共 12345 个会员单位", Messages.forLanguage("zh").get("roster.count.all", 12345),
                "counts are not grouped with commas");
    }
}

package org.secretariat.service.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.RosterField;
import org.secretariat.i18n.Text;

/**
 * How a file's own words for 会员级别, 单位类型 and 状态 map to this charter's (理事长单位 → 理事单位):
 * chosen once per distinct value in the import window, given with {@code --map}, remembered per
 * charter. The one place a file value becomes a tier, type or status: the charter's own names
 * first ({@link CharterProfile#tierNamed}, {@link UnitType#parse}, {@link MemberStatus#parse}),
 * then the mapping, whose target must itself be such a name.
 */
public final class ValueMapping {

    /** The columns whose values may be mapped. */
    public static final List<RosterField> FIELDS = List.of(RosterField.TIER, RosterField.UNIT_TYPE, RosterField.STATUS);

    private static final ValueMapping NONE = new ValueMapping(new EnumMap<>(RosterField.class));

    private final Map<RosterField, Map<String, String>> values;

    private ValueMapping(Map<RosterField, Map<String, String>> values) {
        this.values = values;
    }

    public static ValueMapping none() {
        return NONE;
    }

    /** This mapping with {@code fileValue} mapped to {@code target} (blank or null: no longer mapped). */
    public ValueMapping with(RosterField field, String fileValue, String target) {
        Map<RosterField, Map<String, String>> copy = new EnumMap<>(RosterField.class);
        values.forEach((f, m) -> copy.put(f, new LinkedHashMap<>(m)));
        Map<String, String> m = copy.computeIfAbsent(field, f -> new LinkedHashMap<>());
        if (target == null || target.isBlank()) {
            m.remove(fileValue.strip());
        } else {
            m.put(fileValue.strip(), target.strip());
        }
        return new ValueMapping(copy);
    }

    /** This mapping with every entry of {@code over} added (over wins). */
    public ValueMapping merged(ValueMapping over) {
        ValueMapping result = this;
        for (Map.Entry<RosterField, Map<String, String>> e : over.values.entrySet()) {
            for (Map.Entry<String, String> v : e.getValue().entrySet()) {
                result = result.with(e.getKey(), v.getKey(), v.getValue());
            }
        }
        return result;
    }

    public Optional<String> target(RosterField field, String fileValue) {
        return Optional.ofNullable(values.getOrDefault(field, Map.of()).get(fileValue.strip()));
    }

    /** field → (file value → target), for remembering. */
    public Map<RosterField, Map<String, String>> entries() {
        Map<RosterField, Map<String, String>> copy = new EnumMap<>(RosterField.class);
        values.forEach((f, m) -> copy.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        return Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(Map::isEmpty);
    }

    /** Is {@code text} one of the charter's own names for this field (no mapping needed)? */
    public static boolean isKnown(RosterField field, String text, CharterProfile profile) {
        return switch (field) {
            case TIER -> profile.tierNamed(text).isPresent();
            case UNIT_TYPE -> UnitType.parse(text).isPresent();
            case STATUS -> MemberStatus.parse(text).isPresent();
            default -> true;
        };
    }

    /** The tier a file value names, directly or through this mapping. */
    public Optional<Tier> tier(String text, CharterProfile profile) {
        return profile.tierNamed(text).or(() -> target(RosterField.TIER, text).flatMap(profile::tierNamed));
    }

    public Optional<UnitType> unitType(String text) {
        return UnitType.parse(text).or(() -> target(RosterField.UNIT_TYPE, text).flatMap(UnitType::parse));
    }

    public Optional<MemberStatus> status(String text) {
        return MemberStatus.parse(text).or(() -> target(RosterField.STATUS, text).flatMap(MemberStatus::parse));
    }

    /** Does the file value name a tier, type or status, directly or through this mapping? */
    public boolean resolves(RosterField field, String text, CharterProfile profile) {
        return switch (field) {
            case TIER -> tier(text, profile).isPresent();
            case UNIT_TYPE -> unitType(text).isPresent();
            case STATUS -> status(text).isPresent();
            default -> true;
        };
    }

    /** What a value of this field may be mapped to: the charter's tiers, the unit types, the statuses. */
    public static List<String> targets(RosterField field, CharterProfile profile) {
        return switch (field) {
            case TIER -> profile.tiers().stream().map(Tier::name).toList();
            case UNIT_TYPE -> Arrays.stream(UnitType.values()).map(UnitType::chineseName).toList();
            case STATUS -> Arrays.stream(MemberStatus.values()).map(MemberStatus::chineseName).toList();
            default -> List.of();
        };
    }

    /** A problem on a line of a mapping file (1-based). */
    public record LineProblem(int line, Text message) {
    }

    /** A mapping file read: the mapping, and what is wrong with which line (nothing is used if any). */
    public record Parsed(ValueMapping mapping, List<LineProblem> problems) {
    }

    /**
     * Reads the lines of a mapping file: {@code 列名,文件中的值,对应值} (or with {@code =}, or
     * full-width commas); blank lines and lines starting with # are skipped, as is a first line
     * 「列名,…」. The column must be 会员级别, 单位类型 or 状态 and the target one of the charter's names.
     */
    public static Parsed parse(List<String> lines, CharterProfile profile) {
        ValueMapping mapping = none();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("列名"))) {
                continue;
            }
            String[] parts = line.split("[,，=]", -1);
            if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
                problems.add(new LineProblem(i + 1, Text.of("import.map.badLine", line)));
                continue;
            }
            Optional<RosterField> field = RosterField.forHeader(parts[0]).filter(FIELDS::contains);
            if (field.isEmpty()) {
                problems.add(new LineProblem(i + 1, Text.of("import.map.badColumn", parts[0].strip())));
                continue;
            }
            String target = parts[2].strip();
            if (!isKnown(field.get(), target, profile)) {
                problems.add(new LineProblem(i + 1, Text.of("import.map.badTarget", target,
                        field.get().chineseHeader(), String.join("、", targets(field.get(), profile)))));
                continue;
            }
            mapping = mapping.with(field.get(), parts[1], target);
        }
        return new Parsed(mapping, List.copyOf(problems));
    }
}

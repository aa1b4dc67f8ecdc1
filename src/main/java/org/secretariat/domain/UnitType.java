package org.secretariat.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a member unit is. Display names are in the message bundles. */
public enum UnitType {
    ENTERPRISE("企业", "公司", "企业单位", "enterprise", "company"),
    UNIVERSITY("高等院校", "高校", "大学", "学院", "本科院校", "university", "college"),
    TECHNICAL_SCHOOL("职业/技工院校", "职业院校", "技工院校", "技师学院", "职业学校", "中职", "高职", "technical school", "vocational school"),
    INDUSTRY_ASSOCIATION("行业协会", "协会", "商会", "学会", "社会团体", "industry association", "association"),
    GOVERNMENT("政府机关/县市区", "政府机关", "政府", "县市区", "县市区政府", "机关", "government", "county"),
    DEVELOPMENT_ZONE("开发区", "园区", "高新区", "经开区", "development zone"),
    RESEARCH_INSTITUTE("科研院所", "研究院", "研究所", "research institute", "institute"),
    OTHER("其他", "其它", "other");

    private final List<String> names;
    /** Every name and alias in lower case, the first UnitType to claim it ({@link #parse}'s order). */
    private static final java.util.Map<String, UnitType> BY_NAME = new java.util.HashMap<>();

    static {
        for (UnitType v : values()) {
            BY_NAME.putIfAbsent(v.name().toLowerCase(Locale.ROOT), v);
            for (String n : v.names) {
                BY_NAME.putIfAbsent(n.toLowerCase(Locale.ROOT), v);
            }
        }
    }

    UnitType(String... names) {
        this.names = List.of(names);
    }

    /**
     * The Chinese name used in spreadsheets, forms and reports (企业, 高等院校 …): the same words as the
     * window's (unitType.* in the Chinese bundle), so a template, an export, a form and the screen agree.
     */
    public String chineseName() {
        return names.get(0);
    }

    /** Matches a spreadsheet value: the Chinese name, a common alias, or the English name. */
    public static Optional<UnitType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        UnitType known = BY_NAME.get(t);
        if (known != null) {
            return Optional.of(known); // an import parses every row's value: a lookup, not a scan
        }
        for (UnitType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.names.stream().anyMatch(n -> n.equalsIgnoreCase(t))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

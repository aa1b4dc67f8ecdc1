package org.secretariat.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a unit stands in its membership. */
public enum MemberStatus {
    APPLYING("申请中", "申请", "待审核", "applying", "applicant"),
    MEMBER("会员", "在册", "正常", "成员", "member", "active"),
    WITHDRAWING("退出中", "申请退出", "withdrawing"),
    WITHDRAWN("已退出", "退出", "withdrawn"),
    EXPELLED("已除名", "除名", "开除", "expelled");

    private final List<String> names;
    /** Every name and alias in lower case, the first MemberStatus to claim it ({@link #parse}'s order). */
    private static final java.util.Map<String, MemberStatus> BY_NAME = new java.util.HashMap<>();

    static {
        for (MemberStatus v : values()) {
            BY_NAME.putIfAbsent(v.name().toLowerCase(Locale.ROOT), v);
            for (String n : v.names) {
                BY_NAME.putIfAbsent(n.toLowerCase(Locale.ROOT), v);
            }
        }
    }

    MemberStatus(String... names) {
        this.names = List.of(names);
    }

    public String chineseName() {
        return names.get(0);
    }

    /** Still on the roster as a member (counts for meetings, fees and certificates). */
    public boolean isCurrent() {
        return this == MEMBER || this == WITHDRAWING;
    }

    public static Optional<MemberStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        MemberStatus known = BY_NAME.get(t);
        if (known != null) {
            return Optional.of(known); // an import parses every row's value: a lookup, not a scan
        }
        for (MemberStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.names.stream().anyMatch(n -> n.equalsIgnoreCase(t))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

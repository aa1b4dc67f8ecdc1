package org.secretariat.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reading a loaded profile takes, one per line with its article, in the profile's order, so a
 * secretariat can check them against its own charter. Walks the records the loader built (not the
 * YAML text), so a rule that carries a reading cannot be left out of the list. The same reading
 * under the same article is listed once, where it first occurs, naming everything it is about
 * (「秘书长 的产生、副秘书长 的产生」).
 */
public final class CharterReadings {

    /** One reading: the profile, what it is about (in Chinese), the article and the reading. */
    public record Reading(String profileId, String subject, String article, String text) {

        /** {@code ID 对象（条款）：解读}. */
        public String line() {
            return profileId + " " + subject + "（" + article + "）：" + text;
        }

        /** The same as a Markdown list item, the id as code. */
        public String markdown() {
            return "- `" + profileId + "` " + subject + "（" + article + "）：" + text;
        }
    }

    /** The things one (article, reading) is about, in the order they occur. */
    private record Found(String article, String text, List<String> subjects) {
    }

    private final String profileId;
    /** Keyed by article and reading; insertion order is profile order. */
    private final Map<String, Found> found = new LinkedHashMap<>();

    private CharterReadings(String profileId) {
        this.profileId = profileId;
    }

    /** The readings of {@code profile}, in profile order, without duplicates. */
    public static List<Reading> of(CharterProfile profile) {
        CharterReadings r = new CharterReadings(profile.id());
        r.walk(profile);
        return r.found.values().stream()
                .map(f -> new Reading(r.profileId, String.join("、", f.subjects()), f.article(), f.text())).toList();
    }

    /** The profile's readings as a Markdown block: a heading line, a blank line, the list. */
    public static List<String> markdown(CharterProfile profile) {
        List<Reading> readings = of(profile);
        List<String> lines = new ArrayList<>();
        lines.add("**" + profile.organisation().name() + "**（`" + profile.id() + "`，" + readings.size() + " 条解读）");
        lines.add("");
        readings.forEach(x -> lines.add(x.markdown()));
        return lines;
    }

    private void add(String subject, Citation c) {
        if (c == null || !c.hasReading()) {
            return;
        }
        String article = c.article() == null || c.article().isBlank() ? "未规定" : c.article().strip();
        String text = c.reading().strip().replaceAll("\\s*\\R\\s*", "");
        List<String> subjects = found.computeIfAbsent(article + "\u0000" + text,
                k -> new Found(article, text, new ArrayList<>())).subjects();
        // a part of a thing already named (秘书长 的任命 表决规则 after 秘书长 的任命) adds nothing
        if (subjects.stream().noneMatch(x -> subject.equals(x) || subject.startsWith(x + " "))) {
            subjects.add(subject);
        }
    }

    private void threshold(String subject, Threshold t) {
        if (t != null) {
            add(subject, t.citation());
        }
    }

    private void walk(CharterProfile p) {
        CharterProfile.Organisation org = p.organisation();
        if (org != null) {
            add("秘书处设置", org.secretariatCitation());
        }
        threshold("默认 法定人数", p.defaultQuorum());
        threshold("默认 表决规则", p.defaultResolution());
        if (p.membership() != null) {
            add("会员资格", p.membership().citation());
        }
        p.bodies().forEach(this::body);
        for (Tier t : p.tiers()) {
            add(t.name(), t.citation());
            qualifications(t.name(), t.qualifications());
        }
        p.offices().forEach(this::office);
        p.procedures().forEach(this::procedure);
        if (p.inactivity() != null) {
            add("连续不参加活动", p.inactivity().citation());
        }
        if (p.fees() != null) {
            add("会费", p.fees().citation());
            for (CharterProfile.Named item : p.fees().items()) {
                add("会费 " + item.name(), item.citation());
            }
        }
        for (CertificateKind c : p.certificates()) {
            add(c.name(), c.citation());
            if (c.validity() != null) {
                add(c.name() + " 有效期", c.validity().citation());
            }
        }
        for (CharterProfile.Named f : p.forms()) {
            add("《" + f.name() + "》", f.citation());
        }
        for (CharterProfile.Unstated u : p.notStated()) {
            add("章程未规定的程序：" + kindName(u.kind()), u.citation());
        }
    }

    private void body(Body b) {
        String n = b.name();
        add(n, b.citation());
        if (b.seats() != null) {
            add(n + " 席位", b.seats().citation());
        }
        if (b.sizeLimit() != null) {
            add(n + " 人数上限", b.sizeLimit().citation());
        }
        if (b.term() != null) {
            add(n + " 届期", b.term().citation());
        }
        if (b.meets() != null) {
            add(n + " 会议周期", b.meets().citation());
        }
        threshold(n + " 法定人数", b.quorum());
        threshold(n + " 表决规则", b.resolution());
        for (Body.Vote v : b.votes()) {
            threshold(n + " 表决「" + v.name() + "」", v.threshold());
        }
        if (b.extraMeeting() != null) {
            add(n + " 临时会议", b.extraMeeting().citation());
        }
    }

    private void office(Office o) {
        String n = o.name();
        add(n, o.citation());
        add(n + " 人数", o.countCitation());
        if (o.term() != null) {
            add(n + " 任期", o.term().citation());
        }
        if (o.termLimit() != null) {
            add(n + " 连任限制", o.termLimit().citation());
        }
        election(n + " 的产生", o.electedBy());
        election(n + " 的任命", o.appointedBy());
        qualifications(n, o.qualifications());
    }

    private void election(String subject, Office.Election e) {
        if (e == null) {
            return;
        }
        add(subject, e.citation());
        threshold(subject + " 表决规则", e.threshold());
        if (e.nominatedBy() != null) {
            add(subject + " 提名", e.nominatedBy().citation());
        }
    }

    private void qualifications(String holder, List<Qualification> qualifications) {
        for (Qualification q : qualifications) {
            add(holder + " 条件「" + q.text() + "」", q.citation());
        }
    }

    private void procedure(Procedure p) {
        String n = p.name();
        add(n, p.citation());
        for (Procedure.Requirement q : p.requires()) {
            add(n + " 前提条件", q.citation());
        }
        if (p.notice() != null) {
            add(n + " 期限", p.notice().citation());
        }
        List<Procedure.Step> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            Procedure.Step s = steps.get(i);
            String step = n + " 第" + (i + 1) + "步 " + s.name();
            add(step, s.citation());
            threshold(step + " 表决规则", s.threshold());
            if (s.deadline() != null) {
                add(step + " 期限", s.deadline().citation());
            }
        }
    }

    private static String kindName(ProcedureKind kind) {
        return switch (kind) {
            case ADMISSION -> "入会";
            case UPGRADE -> "升级";
            case WITHDRAWAL -> "退出";
            case EXPULSION -> "除名";
            case OFFICE_CHANGE -> "职务变动";
            case AMENDMENT -> "修改章程";
            case DISSOLUTION -> "终止（解散）";
        };
    }
}

package org.secretariat.charter;

import java.util.List;

/**
 * A small valid charter profile, and a way to break one line of it so the test knows the line
 * number the loader must report.
 */
public final class TestProfiles {

    /** Loads; every line is unique so {@link #alter} can find the one to change. */
    public static final String MINI = """
            schema: 1
            id: mini
            organisation:
              name: 测试联盟
              secretariat:
                seat: 牵头单位
                article: 第七条
            defaults:
              quorum:
                fraction: 1/2
                inclusive: false
                base: seated
                article: 未规定
                reading: 章程未规定法定人数，采用过半数
              resolution:
                fraction: 1/2
                inclusive: false
                base: present
                article: 未规定
                reading: 章程未规定表决比例，采用过半数
            bodies:
              - id: council
                name: 理事会
                kind: council
                article: 第八条
                quorum:
                  fraction: 2/3
                  inclusive: true
                  base: seated
                  article: 第九条
            tiers:
              - id: member
                name: 会员单位
                article: 第十条
                reached_by: admission
            procedures:
              - id: admission
                kind: admission
                name: 入会
                article: 第十四条
                to_tier: member
                steps:
                  - id: apply
                    name: 提交申请
                    actor: applicant
                  - id: vote
                    name: 理事会表决
                    actor: body
                    body: council
            fees:
              charged: false
              article: 第二十一条
            """;

    /** A profile text with one line changed, and the 1-based number of that line. */
    public record Altered(String text, int line) {
    }

    private TestProfiles() {
    }

    /** Replaces the one line equal to {@code oldLine} (whole line, indentation included). */
    public static Altered alter(String oldLine, String newLine) {
        List<String> lines = MINI.lines().toList();
        int index = lines.indexOf(oldLine);
        if (index < 0 || lines.lastIndexOf(oldLine) != index) {
            throw new IllegalArgumentException("not exactly one line: " + oldLine);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == index ? newLine : lines.get(i)).append('\n');
        }
        return new Altered(b.toString(), index + 1);
    }

    /** The 1-based number of the one line equal to {@code line} in {@code text}. */
    public static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        int index = lines.indexOf(line);
        if (index < 0 || lines.lastIndexOf(line) != index) {
            throw new IllegalArgumentException("not exactly one line: " + line);
        }
        return index + 1;
    }

    /** {@link #MINI} with its id changed. */
    public static String withId(String id) {
        return alter("id: mini", "id: " + id).text();
    }
}

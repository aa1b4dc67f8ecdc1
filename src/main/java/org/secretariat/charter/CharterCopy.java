package org.secretariat.charter;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a charter profile for the user to adapt, made in memory: a new unique id derived from
 * the original's, the organisation's name the user typed, and Chinese comments on the rules of the
 * format in place of the original's. Nothing is written; the checking editor saves it to
 * {@link Draft#file()} only when the user saves.
 */
public final class CharterCopy {

    /** What the editor opens: the file it will be saved as, and its text. */
    public record Draft(String id, String name, Path file, String text) {
    }

    private static final Pattern ORG_NAME = Pattern.compile("(?m)^(organisation:[^\\n]*\\n(?:[ \\t]*#[^\\n]*\\n)*[ \\t]+name:)[^\\n]*$");

    private CharterCopy() {
    }

    /**
     * A draft copy of {@code original} named {@code newName}. The id is {@code <original>-copy},
     * {@code -copy-2}, … whichever is not yet used by a profile or a file in the user folder.
     */
    public static Draft draft(CharterCatalog catalog, CharterCatalog.Entry original, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a copy needs a name");
        }
        String name = newName.strip();
        Set<String> taken = new HashSet<>();
        catalog.list(new java.util.ArrayList<>()).forEach(e -> taken.add(e.profile().id()));
        String base = original.profile().id().replaceAll("-copy(-\\d+)?$", "") + "-copy";
        String id = base;
        for (int n = 2; taken.contains(id) || java.nio.file.Files.exists(catalog.userDir().resolve(id + ".yaml")); n++) {
            id = base + "-" + n;
        }
        String text = catalog.text(original);
        StringBuilder body = new StringBuilder();
        boolean header = true;
        for (String line : text.split("\\R", -1)) {
            if (header && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                continue; // the original's own header comments (in English) are replaced below
            }
            header = false;
            body.append(line).append('\n');
        }
        String yaml = body.toString().replaceFirst("(?m)^id:\\s*\\S+", "id: " + id);
        Matcher m = ORG_NAME.matcher(yaml);
        if (m.find()) {
            yaml = yaml.substring(0, m.start()) + m.group(1) + " " + quoted(name) + yaml.substring(m.end());
        }
        String comments = String.join("\n", comments(name, id, original.profile().displayName())) + "\n\n";
        return new Draft(id, name, catalog.userDir().resolve(id + ".yaml"), comments + yaml.stripTrailing() + "\n");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> comments(String name, String id, String from) {
        return List.of(
                "# 章程配置：" + name + "（复制自「" + from + "」，标识 " + id + "，由系统生成，请勿修改）",
                "#",
                "# 填写说明：",
                "#   · 以 # 开头的行是说明文字，不影响配置；保存前会逐项检查，未通过检查不会保存。",
                "#   · 缩进只用空格（每级两个空格），不要用 Tab；冒号后留一个空格。",
                "#   · organisation 下的 name 是组织全称，显示在章程列表和窗口标题中。",
                "#   · 每条规则都要写 article（章程条款，如 第十五条）；章程没有规定的写「未规定」，",
                "#     并在 reading 中用中文说明采用的理解或通行规则。",
                "#   · 法定人数（quorum）与表决（resolution）：fraction 写分数，如 1/2、2/3；",
                "#     inclusive: true 表示「以上（含本数）」，false 表示「超过、过半数（不含本数）」；",
                "#     base: seated 以应到人数为基数，present 以实到人数为基数，votes_cast 以赞成加反对票为基数。",
                "#   · 按人数计算的规则写 count（如 count: 2），此时不用 fraction 和 base。",
                "#   · 各项 id 只用小写字母、数字、- 和 _；已有会员使用的会员级别 id 不要修改。",
                "#   · 不认识的字段会报错，以免拼写错误让规则悄悄失效。");
    }
}

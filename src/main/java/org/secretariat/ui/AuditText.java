package org.secretariat.ui;

import java.time.format.DateTimeFormatter;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.secretariat.domain.AuditEntry;
import org.secretariat.service.AuditTrail;

/**
 * An audit entry as the screens list it: 「2026-11-21 15:30  张三  修改」, then one indented line per
 * changed field, 「联系电话：— → 0373-3040000」. Each screen says which fields it shows, their labels and
 * how a stored value reads.
 */
public final class AuditText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AuditText() {
    }

    public static String describe(AuditEntry e, UiContext ui, Predicate<String> shown, UnaryOperator<String> label,
                                  BinaryOperator<String> value) {
        StringBuilder b = new StringBuilder();
        b.append(e.getAt().format(WHEN)).append("  ").append(e.getActor()).append("  ")
                .append(ui.text("audit.action." + e.getAction()));
        for (String line : e.getDetails().split("\n")) {
            String[] parts = line.split(String.valueOf(AuditTrail.SEP), -1);
            if (parts.length == 3 && shown.test(parts[0])) {
                b.append("\n    ").append(label.apply(parts[0])).append("：")
                        .append(parts[1].isEmpty() ? "—" : value.apply(parts[0], parts[1])).append(" → ")
                        .append(parts[2].isEmpty() ? "—" : value.apply(parts[0], parts[2]));
            }
        }
        return b.toString();
    }
}

package org.secretariat.ui.roster;

import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.secretariat.domain.AuditEntry;
import org.secretariat.service.AuditTrail;
import org.secretariat.ui.UiContext;

/** A unit's audit entries as the roster's history list shows them: who, when, and each field's old → new value. */
final class UnitHistoryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ui;
    private final UnaryOperator<String> tierName;

    UnitHistoryText(UiContext ui, UnaryOperator<String> tierName) {
        this.ui = ui;
        this.tierName = tierName;
    }

    /** "2026-11-21 15:30 张三 修改 — 联系电话：0373-… → 0373-…" */
    String describe(AuditEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.getAt().format(WHEN)).append("  ").append(e.getActor()).append("  ")
                .append(ui.text("audit.action." + e.getAction()));
        for (String line : e.getDetails().split("\n")) {
            String[] parts = line.split(String.valueOf(AuditTrail.SEP), -1);
            if (parts.length == 3) {
                String label = ui.messages().bundle().containsKey("field." + parts[0])
                        ? ui.text("field." + parts[0]) : parts[0];
                b.append("\n    ").append(label).append("：")
                        .append(parts[1].isEmpty() ? "—" : display(parts[0], parts[1])).append(" → ")
                        .append(parts[2].isEmpty() ? "—" : display(parts[0], parts[2]));
            }
        }
        return b.toString();
    }

    private String display(String field, String value) {
        return switch (field) {
            case "unitType" -> ui.messages().bundle().containsKey("unitType." + value) ? ui.text("unitType." + value) : value;
            case "status" -> ui.messages().bundle().containsKey("status." + value) ? ui.text("status." + value) : value;
            case "tier" -> tierName.apply(value);
            default -> value;
        };
    }
}

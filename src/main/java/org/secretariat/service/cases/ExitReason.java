package org.secretariat.service.cases;

import java.util.Objects;
import org.secretariat.service.Prose;

/**
 * The reason an exit notice gives: what the secretariat wrote in the case's remarks (the first
 * step with remarks), else for a withdrawal 「经你单位申请」 — never the procedure's name
 * (「因联盟成员退出」 says nothing). An expulsion without remarks gives no reason clause; the
 * secretariat should write one.
 */
public final class ExitReason {

    /** The withdrawal's reason where the case records none. */
    public static final String ON_REQUEST = "经你单位申请";

    private ExitReason() {
    }

    /** The reason of the case, or null where an expulsion records none. */
    public static String of(CaseView c) {
        String remark = c.steps().stream().map(CaseView.Step::remarks).filter(Objects::nonNull).map(String::strip)
                .filter(r -> !r.isEmpty()).findFirst().orElse(null);
        return of(remark, "EXPULSION".equals(c.kind()), c.procedureName());
    }

    /**
     * {@code given} as the reason unless it is blank or only the procedure's name; then
     * {@link #ON_REQUEST} for a withdrawal and null for an expulsion.
     */
    public static String of(String given, boolean expelled, String procedureName) {
        String g = Prose.withoutStop(given);
        boolean empty = g.isEmpty() || g.equals(Prose.withoutStop(procedureName));
        if (!empty) {
            return g;
        }
        return expelled ? null : ON_REQUEST;
    }

    /** The clause that opens the notice's sentence: 「因……，」, or 「经你单位申请，」 as it stands. */
    static String clause(String reason) {
        String r = Prose.withoutStop(reason);
        if (r.isEmpty()) {
            return "";
        }
        return (r.startsWith("经") || r.startsWith("因") || r.startsWith("由于") || r.startsWith("鉴于") ? r : "因" + r) + "，";
    }
}

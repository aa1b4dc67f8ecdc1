package org.secretariat.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.Office;
import org.secretariat.domain.MemberStatus;
import org.secretariat.exchange.StatisticsWorkbook;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.roster.UnitDraft;

/** The filing's statistics list the charter's offices in its order and, where fees are charged, the fee figures. */
class StatisticsTest {

    @TempDir
    Path dir;

    private static List<String> labels(List<StatisticsWorkbook.Line> lines) {
        return lines.stream().map(StatisticsWorkbook.Line::label).toList();
    }

    private static long unit(AppContext ctx, String name) {
        UnitDraft d = new UnitDraft();
        d.name = name;
        d.status = MemberStatus.MEMBER;
        d.joinDate = LocalDate.of(2025, 5, 1);
        d.tierId = "member";
        return ctx.roster().save(d).id();
    }

    @Test
    void officesFollowTheCharterAndFeeRowsAddUp() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "county-joint")) {
            unit(ctx, "甲县人民政府");
            unit(ctx, "乙县人民政府");
            ctx.fees().setRate(2026, "member", new BigDecimal("3000"));
            List<FeeService.Account> accounts = ctx.fees().accounts(2026);
            ctx.fees().pay(accounts.get(0).unitId(), 2026, new BigDecimal("1000.50"), LocalDate.of(2026, 4, 2), "现金", null);
            List<StatisticsWorkbook.Line> lines = ctx.reports().statistics(2026);
            List<String> offices = ctx.charter().orElseThrow().offices().stream().map(Office::name).toList();
            List<String> labels = labels(lines);
            int first = labels.indexOf("会员总数") + 1;
            assertEquals(offices, labels.subList(first, first + offices.size()), "the charter's order");
            assertEquals(new BigDecimal("6000.00"), value(lines, "应缴会费"));
            assertEquals(new BigDecimal("1000.50"), value(lines, "已缴会费"));
            assertEquals(new BigDecimal("4999.50"), value(lines, "欠缴会费"));
            assertEquals(new BigDecimal("2"), value(lines, "欠缴单位"));
        }
    }

    @Test
    void aCharterWithoutFeesHasNoFeeRows() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            List<String> labels = labels(ctx.reports().statistics(2026));
            assertFalse(labels.contains("应缴会费"), labels.toString());
            List<String> offices = ctx.charter().orElseThrow().offices().stream().map(Office::name).toList();
            int first = labels.indexOf("会员总数") + 1;
            assertEquals(offices, labels.subList(first, first + offices.size()));
        }
    }

    private static BigDecimal value(List<StatisticsWorkbook.Line> lines, String label) {
        return lines.stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow().value();
    }
}

package org.secretariat.service.meetings;

import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.InactivityReview;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Settings;

/**
 * Inactivity counted from what the app knows: an imported roster is not years of absence, the
 * boundary is each charter's, and a dismissal is recorded and starts a new period.
 */
class InactivityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    /** The app's clock, moved by the test: 10:00 in Shanghai on the given day. */
    private static final class MovableClock extends Clock {
        private Instant now;

        void setDay(LocalDate day) {
            now = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    private AppContext open(String charterId) throws Exception {
        Settings.load(dir).set(Settings.OPERATOR, "王秘书");
        AppContext ctx = AppContext.open(dir, "test", clock);
        CharterProfile profile = ctx.catalog().load(charterId);
        assertTrue(ctx.setUp(profile, SetupService.defaultsFrom(profile)).isEmpty());
        return ctx;
    }

    /** Imports a CSV roster of units that joined long before the app was used. */
    private void importRoster(AppContext ctx, String... rows) throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "单位名称,入会日期\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        ImportPreview preview = ctx.importer().preview(ctx.importer().read(csv),
                ImportService.autoMapping(ctx.importer().read(csv)));
        assertTrue(preview.canImport(), preview.problems().toString());
        ctx.importer().commit(preview);
    }

    private static long id(AppContext ctx, String name) {
        return ctx.roster().list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The home screen's inactivity items as the user reads them. */
    private static List<String> inactiveItems(AppContext ctx) {
        return ctx.due().due().stream().filter(d -> d.target() == ObligationService.Target.INACTIVE)
                .map(d -> d.by() + " " + ZH.get(d.what())).toList();
    }

    @Test
    void aFreshlyImportedRosterWithJoinDatesYearsBackProposesNobody() throws Exception {
        clock.setDay(LocalDate.of(2026, 12, 4));
        try (AppContext ctx = open("cceaa")) {
            importRoster(ctx, "中国某高校,2012-09-01", "某外贸企业,2016-05-20", "某行业协会,2020-01-15");
            assertEquals(List.of(), ctx.participation().inactive());
            assertEquals(List.of(), inactiveItems(ctx));
        }
    }

    @ParameterizedTest(name = "{0}: imported {1}, last day {2}, proposed from {3}")
    @CsvSource({
            "cceaa,         2025-12-04, 2026-12-04, 2026-12-05",
            "xinxiang-cbec, 2024-12-04, 2026-12-04, 2026-12-05",
            "hengshui-tech, 2023-02-28, 2026-02-28, 2026-03-01"})
    void aUnitImportedAPeriodAgoIsProposedExactlyFromTheDayAfterThePeriod(String charter, LocalDate imported,
                                                                          LocalDate lastDay, LocalDate out) throws Exception {
        clock.setDay(imported);
        try (AppContext ctx = open(charter)) {
            importRoster(ctx, "长期未参加活动的单位,2010-03-01");
            clock.setDay(lastDay.minusDays(1));
            assertEquals(List.of(), inactiveItems(ctx), "the day before the last day");
            clock.setDay(lastDay);
            assertEquals(List.of(), inactiveItems(ctx), "the last day: the unit may still take part today");
            clock.setDay(out);
            List<String> items = inactiveItems(ctx);
            assertEquals(1, items.size(), items.toString());
            String since = imported.getYear() + "年" + imported.getMonthValue() + "月" + imported.getDayOfMonth() + "日";
            String from = out.getYear() + "年" + out.getMonthValue() + "月" + out.getDayOfMonth() + "日";
            assertTrue(items.get(0).startsWith(out + " 「长期未参加活动的单位」自" + since + "录入本系统以来未参加会议或活动"),
                    items.get(0));
            assertTrue(items.get(0).contains("此前的参加情况本系统无记录") && items.get(0).contains("自" + from + "起"), items.get(0));
            assertFalse(items.get(0).contains("从未参加"), items.get(0));
        }
    }

    @Test
    void aDismissedUnitDisappearsIsRecordedAndReappearsOnlyAfterANewPeriod() throws Exception {
        clock.setDay(LocalDate.of(2025, 1, 10));
        try (AppContext ctx = open("cceaa")) {
            importRoster(ctx, "某外贸企业,2016-05-20", "另一家企业,2017-01-01");
            long unit = id(ctx, "某外贸企业");
            clock.setDay(LocalDate.of(2026, 3, 2));
            assertEquals(2, inactiveItems(ctx).size());

            assertEquals(List.of(), ctx.participation().dismiss(unit, " 已核实仍在参加活动 "));
            List<String> items = inactiveItems(ctx);
            assertEquals(1, items.size());
            assertTrue(items.get(0).contains("另一家企业"), "only the dismissed unit disappears: " + items);

            List<InactivityReview> reviews = ctx.participation().dismissals(unit);
            assertEquals(1, reviews.size());
            InactivityReview r = reviews.get(0);
            assertEquals("已核实仍在参加活动", r.getReason());
            assertEquals("王秘书", r.getDismissedBy());
            assertEquals(LocalDateTime.of(2026, 3, 2, 10, 0), r.getDismissedAt());
            AuditEntry entry = ctx.roster().history(unit).stream()
                    .filter(e -> e.getAction().equals("INACTIVITY_DISMISSED")).findFirst().orElseThrow();
            assertEquals("王秘书", entry.getActor());
            assertTrue(entry.getDetails().contains("已核实仍在参加活动"), entry.getDetails());
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().verify(s)).intact(), "the audit chain holds");

            clock.setDay(LocalDate.of(2027, 3, 2));
            assertEquals(1, inactiveItems(ctx).size(), "the new period's last day: still only the other unit");
            clock.setDay(LocalDate.of(2027, 3, 3));
            items = inactiveItems(ctx);
            assertEquals(2, items.size(), items.toString());
            assertTrue(items.stream().anyMatch(s -> s.contains("「某外贸企业」自2026年3月2日核实不予退出以来未参加会议或活动")), items.toString());
        }
    }

    @Test
    void aDismissalNeedsAReasonAndAProposalToDismiss() throws Exception {
        clock.setDay(LocalDate.of(2025, 1, 10));
        try (AppContext ctx = open("cceaa")) {
            importRoster(ctx, "某外贸企业,2016-05-20");
            long unit = id(ctx, "某外贸企业");
            assertEquals("inactivity.error.notInactive", ctx.participation().dismiss(unit, "已核实").get(0).key(),
                    "nothing is proposed yet");
            clock.setDay(LocalDate.of(2026, 3, 2));
            assertEquals("inactivity.error.reasonRequired", ctx.participation().dismiss(unit, "  ").get(0).key());
            assertEquals("inactivity.error.reasonTooLong", ctx.participation().dismiss(unit, "理".repeat(501)).get(0).key());
            assertEquals(List.of(), ctx.participation().dismissals(unit));
            assertEquals(1, inactiveItems(ctx).size());
        }
    }

    @Test
    void attendanceCountsFromItsDayAndConfirmingWithdrawsWithAnAuditEntry() throws Exception {
        clock.setDay(LocalDate.of(2025, 1, 10));
        try (AppContext ctx = open("cceaa")) {
            importRoster(ctx, "某外贸企业,2016-05-20");
            long unit = id(ctx, "某外贸企业");
            ctx.activities().save(new ActivityService.ActivityView(null, "跨境电商培训", "training",
                    LocalDate.of(2025, 6, 18), "郑州", null, List.of(unit)));
            clock.setDay(LocalDate.of(2026, 6, 18));
            assertEquals(List.of(), inactiveItems(ctx), "a year from the training ends today");
            clock.setDay(LocalDate.of(2026, 6, 19));
            List<String> items = inactiveItems(ctx);
            assertEquals(List.of("2026-06-19 「某外贸企业」自2025年6月18日最后一次参加会议或活动以来，已连续 1 年未参加，"
                    + "按章程自2026年6月19日起可视为自动退出：请核实后确认，或记录不予退出"), items);

            assertEquals(List.of(), ctx.participation().confirmAutomaticWithdrawal(unit));
            assertEquals(MemberStatus.WITHDRAWN, ctx.roster().draft(unit).orElseThrow().status);
            assertTrue(ctx.roster().history(unit).stream().anyMatch(e -> e.getAction().equals("AUTO_WITHDRAWAL")
                    && e.getActor().equals("王秘书")));
            assertEquals(List.of(), inactiveItems(ctx));
        }
    }
}

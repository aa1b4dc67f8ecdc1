package org.secretariat.service.cases;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;

/**
 * A deadline or effective day counted through a year whose holiday arrangement is not entered says
 * so wherever it is shown: the case (and so the case screen) and the home screen's due list.
 */
class CalendarNotesTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    private static long unit(AppContext ctx, String name, MemberStatus status) {
        UnitDraft d = TestWorkspace.unit(name, "");
        d.status = status;
        d.tierId = ctx.charter().orElseThrow().entryTier().id();
        return ctx.roster().save(d).id();
    }

    private static List<String> dueTexts(AppContext ctx) {
        return ctx.due().due().stream().map(d -> ZH.get(d.what())).toList();
    }

    @Test
    void aStepDeadlineRunningInto2027SaysItsArrangementIsMissingUntilItIsEntered() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long c = ctx.cases().open("admission", unit(ctx, "某县人民政府", MemberStatus.APPLYING),
                    LocalDate.of(2026, 12, 24), List.of()).caseId();
            // 10 working days after Thursday 24 December 2026: 25, 28–31 December, 1 January is 元旦, 4–8 January
            CaseView.Step inspection = ctx.cases().load(c).steps().get(1);
            assertEquals(LocalDate.of(2027, 1, 8), inspection.dueBy());
            assertEquals("2027年节假日安排尚未录入，按周末计算，请核对", ZH.get(inspection.dueNote()));
            assertTrue(dueTexts(ctx).stream().anyMatch(t -> t.contains(
                    "须在 2027年1月8日（2027年节假日安排尚未录入，按周末计算，请核对） 前完成")), dueTexts(ctx).toString());

            ctx.calendar().setArranged(2027, true);
            assertNull(ctx.cases().load(c).steps().get(1).dueNote(), "the 2027 notice is now taken as entered");
            assertTrue(dueTexts(ctx).stream().anyMatch(t -> t.contains("须在 2027年1月8日 前完成")), dueTexts(ctx).toString());

            // the notice, once entered, makes 8 January a day off: the date kept on the case is no longer right
            ctx.calendar().save(LocalDate.of(2027, 1, 8), true, "元旦");
            assertEquals("节假日安排已改动，按现行安排应为 2027年1月11日，请核对",
                    ZH.get(ctx.cases().load(c).steps().get(1).dueNote()));
        }
    }

    @Test
    void aWithdrawalsEffectiveDayCountedThroughAYearWithoutItsArrangementSaysSo() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long far = ctx.cases().open("withdrawal", unit(ctx, "甲公司", MemberStatus.MEMBER), LocalDate.of(2026, 12, 10),
                    List.of()).caseId();
            // 30 days from 10 December 2026 end Saturday 9 January 2027 → Monday 11 January; out from 12 January
            CaseView view = ctx.cases().load(far);
            assertEquals(LocalDate.of(2027, 1, 12), view.effectiveOn());
            assertEquals("2027年节假日安排尚未录入，按周末计算，请核对", ZH.get(view.effectiveNote()));

            long near = ctx.cases().open("withdrawal", unit(ctx, "乙公司", MemberStatus.MEMBER), LocalDate.of(2026, 11, 15),
                    List.of()).caseId();
            assertNull(ctx.cases().load(near).effectiveNote(), "30 days to 15 December 2026, an arranged year");
            assertTrue(dueTexts(ctx).contains("「乙公司」的退出于 2026年12月16日 生效，请确认"), dueTexts(ctx).toString());

            ctx.calendar().setArranged(2026, false);
            assertTrue(dueTexts(ctx).contains("「乙公司」的退出于 2026年12月16日（2026年节假日安排尚未录入，按周末计算，请核对） 生效，请确认"),
                    dueTexts(ctx).toString());
        }
    }
}

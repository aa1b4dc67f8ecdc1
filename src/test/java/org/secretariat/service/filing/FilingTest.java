package org.secretariat.service.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/** 发文字号 from the register: given once, kept across restarts, never given to another document. */
class FilingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private static Filing filing(AppContext ctx) {
        return new Filing(ctx.database(), ctx.settings()::get, () -> new Filing.Names("衡水技工教育联盟", "衡水技工"));
    }

    @Test
    void aNumberIsKeptForItsDocumentAndNeverGivenAgain() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "hengshui-tech")) {
            Filing f = filing(ctx);
            assertEquals("衡水技工秘〔2026〕1号", f.number("meeting-notice/1", "通知一", DAY));
            assertEquals("衡水技工秘〔2026〕2号", f.number("meeting-notice/2", "通知二", DAY));
            assertEquals("衡水技工秘〔2026〕1号", f.number("meeting-notice/1", "通知一", DAY.plusDays(3)));
            ctx.settings().set(Filing.PATTERN, "{简称}〔{年}〕第{序号}号");
            assertEquals("衡水技工〔2026〕第3号", f.number("withdrawal/x", "通知三", DAY));
            assertEquals("衡水技工〔2027〕第1号", f.number("withdrawal/y", "通知四", DAY.plusYears(1)));
        }
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "hengshui-tech")) {
            Filing f = filing(ctx);
            assertEquals("衡水技工秘〔2026〕2号", f.number("meeting-notice/2", "通知二", DAY), "kept across restarts");
            assertEquals("衡水技工〔2026〕第4号", f.number("meeting-notice/9", "通知五", DAY));
        }
    }

    @Test
    void anImprintWithoutCopiesHasNoCopiesLine() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "hengshui-tech")) {
            var imprint = filing(ctx).imprint(DAY);
            assertEquals("", imprint.copiesLine());
            assertEquals("衡水技工教育联盟秘书处", imprint.printedBy());
            assertEquals("2026年6月18日印发", imprint.printedOnText());
        }
    }
}

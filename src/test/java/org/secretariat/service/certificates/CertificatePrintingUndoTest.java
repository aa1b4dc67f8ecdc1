package org.secretariat.service.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.TestWorkspace;

/** Cancelling a batch being issued (the window's 取消) leaves no certificate in the register and no file on disk. */
class CertificatePrintingUndoTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    @Test
    void cancellingAfterTheFirstFileUndoesTheIssueAndDeletesTheFile() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            List<Long> units = Stream.of("新乡学院", "河南科技学院", "新乡医学院").map(n -> {
                UnitDraft d = TestWorkspace.unit(n, "");
                d.tierId = "member";
                return ctx.roster().save(d).id();
            }).toList();
            Path out = dir.resolve("out");
            Progress cancelAfterOne = new Progress() {
                private long done;

                @Override
                public void update(long d, long total) {
                    done = d;
                }

                @Override
                public boolean isCancelled() {
                    return done >= 1;
                }
            };
            assertThrows(CancellationException.class, () -> ctx.certificates().issue("member", units, DAY, true,
                    (s, ids) -> ctx.certificateOutput().writeIssuing(s, ids, out, CertificateOutput.Format.PDF, false,
                            cancelAfterOne)));
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "the first certificate's file is deleted again");
            }
            assertTrue(ctx.certificates().list().isEmpty(), "nothing issued");

            var issued = ctx.certificates().issue("member", units, DAY, true,
                    (s, ids) -> ctx.certificateOutput().writeIssuing(s, ids, out, CertificateOutput.Format.PDF, false,
                            Progress.NONE));
            assertEquals(3, issued.ids().size());
            assertEquals("KJDSLM-2026-0001", ctx.certificates().list().get(0).number(), "no number was used by the cancelled batch");
        }
    }
}

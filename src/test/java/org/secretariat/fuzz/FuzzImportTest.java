package org.secretariat.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.exchange.Sheet;
import org.secretariat.exchange.SheetReadException;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.RowProblem;
import org.secretariat.service.TestWorkspace;

/**
 * Mutated rosters through the whole import on a real data folder: read, columns mapped, preview,
 * and commit when the preview allows it. A refused file or preview writes nothing; an accepted one
 * adds exactly its rows; every problem has a message.
 */
class FuzzImportTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void mutatedRostersAreImportedWholeOrNotAtAll() throws Exception {
        byte[] xlsx = SeedCorpus.rosterXlsx(dir);
        List<byte[]> csv = SeedCorpus.rosterCsvFiles();
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            for (String kind : List.of("xlsx", "csv")) {
                new FuzzRun("import-" + kind, kind, 60).run((i, r) -> kind.equals("xlsx")
                        ? FuzzReadersTest.mutatedXlsx(xlsx, csv.get(0), r) : FuzzReadersTest.mutatedCsv(csv, r),
                        (file, i) -> importOnce(ctx, file), FuzzReadersTest::sheetRefusal);
            }
        }
    }

    private static FuzzRun.Outcome importOnce(AppContext ctx, Path file) throws SheetReadException {
        ctx.roster().list().forEach(u -> ctx.roster().delete(u.id())); // the last input's rows would be duplicates
        long before = ctx.roster().count();
        Sheet sheet = ctx.importer().read(file);
        ImportPreview preview = ctx.importer().preview(sheet, org.secretariat.service.roster.ImportService.autoMapping(sheet));
        for (RowProblem p : preview.problems()) {
            String m = ZH.get(p.message());
            if (!FuzzRun.usable(m)) {
                return FuzzRun.Outcome.broken("row " + p.row() + " column " + p.column() + ": " + m);
            }
        }
        if (!preview.canImport()) {
            long after = ctx.roster().count();
            return after == before ? FuzzRun.Outcome.refuse(ZH.get(preview.problems().get(0).message()))
                    : FuzzRun.Outcome.broken("a refused preview changed the roster from " + before + " to " + after);
        }
        int added = ctx.importer().commit(preview);
        long after = ctx.roster().count();
        if (after != before + added || added != preview.rows().size()) {
            return FuzzRun.Outcome.broken("commit of " + preview.rows().size() + " rows took the roster from " + before
                    + " to " + after);
        }
        return FuzzRun.Outcome.accept();
    }
}

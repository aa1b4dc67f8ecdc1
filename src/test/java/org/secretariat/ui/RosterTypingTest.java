package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.roster.RosterOrder;
import org.secretariat.ui.roster.RosterViewModel;

/** Typing filters the rows already sorted: the same rows in the same order, at most one list change a keystroke. */
class RosterTypingTest {

    @TempDir
    Path dir;

    @Test
    void typingKeepsTheSortOrderAndMatchesWhatSearchMatchedAndClearingBringsEveryRowBack() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec");
             TaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
            app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
            RosterViewModel model = new RosterViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), executor));
            model.sortBy(List.of(new RosterOrder.SortKey(RosterOrder.Column.NAME, false)));
            model.reload(() -> { }); // the sort chosen before the rows came in applies to them
            Collator chinese = Collator.getInstance(Locale.CHINA);
            List<UnitRow> byName = new ArrayList<>(model.allRows());
            byName.sort(Comparator.comparing(UnitRow::name, chinese::compare).reversed());
            assertEquals(byName, List.copyOf(model.visibleRows()));

            List<Integer> changes = new ArrayList<>();
            model.visibleRows().addListener((ListChangeListener<UnitRow>) c -> changes.add(1));
            for (String q : List.of("x", "xx", "xxx", "新", "新乡", "zz", "")) {
                changes.clear();
                List<UnitRow> before = List.copyOf(model.visibleRows());
                model.queryProperty().set(q);
                List<UnitRow> after = byName.stream().filter(r -> r.matches(q)).toList();
                // a keystroke that leaves the same rows gives the table nothing to do
                assertEquals(after.equals(before) ? 0 : 1, changes.size(), "one update of the table per keystroke: " + q);
                assertEquals(after, List.copyOf(model.visibleRows()), q);
            }
            assertEquals(byName, List.copyOf(model.visibleRows()));

            model.queryProperty().set("xx");
            int found = model.visibleRows().size();
            assertTrue(found > 0 && found < byName.size());
            model.sortBy(List.of()); // sorting off: the loaded order, still filtered
            assertEquals(model.allRows().stream().filter(r -> r.matches("xx")).toList(), List.copyOf(model.visibleRows()));
        }
    }
}

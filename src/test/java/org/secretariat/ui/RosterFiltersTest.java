package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.roster.RosterViewModel;

/** The roster's filters hold several values each; run on the immediate executor, without the FX thread. */
class RosterFiltersTest {

    @TempDir
    Path dir;

    @Test
    void eachFilterKeepsRowsMatchingAnyOfItsValuesAndTheFiltersNarrowTogether() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec");
             TaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
            app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
            RosterViewModel model = new RosterViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), executor));
            model.reload(() -> { });
            List<UnitRow> all = List.copyOf(model.allRows());
            assertEquals(10, all.size());
            assertEquals(List.of("普通会员单位", "理事单位", "副理事长单位", "理事长单位"), model.tierChoices().stream().map(Choice::label).toList());
            assertEquals("全部级别", model.allTiersText());

            model.tierFilter().add("council-unit");
            assertEquals(count(all, r -> "council-unit".equals(r.tierId())), model.visibleRows().size());
            assertEquals("显示 3 个，共 10 个会员单位", model.countTextProperty().get());
            model.tierFilter().add("member");
            java.util.Set<String> two = java.util.Set.of("council-unit", "member");
            assertEquals(count(all, r -> two.contains(r.tierId())), model.visibleRows().size());
            assertTrue(model.visibleRows().size() > 3);

            UnitType someType = all.get(0).unitType();
            UnitType otherType = all.stream().map(UnitRow::unitType).filter(t -> t != someType).findFirst().orElseThrow();
            model.typeFilter().addAll(List.of(someType, otherType));
            assertEquals(count(all, r -> two.contains(r.tierId()) && (r.unitType() == someType || r.unitType() == otherType)),
                    model.visibleRows().size());

            model.statusFilter().add(MemberStatus.values()[MemberStatus.values().length - 1]);
            assertTrue(model.visibleRows().stream().allMatch(r -> model.statusFilter().contains(r.status())));

            model.tierFilter().clear();
            model.typeFilter().clear();
            model.statusFilter().clear();
            assertEquals(10, model.visibleRows().size());
            assertEquals("共 10 个会员单位", model.countTextProperty().get());
        }
    }

    private static long count(List<UnitRow> rows, java.util.function.Predicate<UnitRow> p) {
        return rows.stream().filter(p).count();
    }
}

package org.secretariat.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterProfile;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.ImmediateTaskExecutor;
import org.secretariat.ui.TaskExecutor;
import org.secretariat.ui.UiContext;

/** The cases screen dates a new case and a step by the app's clock, and shows a date with its calendar note. */
class CasesViewModelClockTest {

    /** A day the machine running the tests is not on: 15 March 2031, 09:30 in Beijing. */
    private static final Clock MARCH_2031 = Clock.fixed(Instant.parse("2031-03-15T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void aNewCaseAndItsNextStepAreDatedByTheAppsClockAndNotesAreShownInChinese() throws Exception {
        try (AppContext app = AppContext.open(dir, "test", MARCH_2031);
             TaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            CharterProfile profile = app.catalog().load("county-joint");
            assertEquals(java.util.List.of(), app.setUp(profile, SetupService.defaultsFrom(profile)));
            CasesViewModel model = new CasesViewModel(new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(),
                    executor));
            assertEquals(LocalDate.of(2031, 3, 15), model.openedOn.get());
            assertEquals(LocalDate.of(2031, 3, 15), model.stepOn.get());
            assertEquals("2027-01-08（2027年节假日安排尚未录入，按周末计算，请核对）",
                    model.dated(LocalDate.of(2027, 1, 8), Text.of("calendar.unarranged", "2027")));
            assertEquals("2026-10-20", model.dated(LocalDate.of(2026, 10, 20), null));
        }
    }
}

package org.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen and command takes today from the app's clock (AppContext.clock(), UiContext.today()),
 * so a test's fixed clock, or a clock set for a demonstration, reaches every date shown. A
 * {@code now()} without a clock, or a system clock made outside the few places that start the app,
 * reads the machine's date behind the app's back.
 */
class AppClockTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** LocalDate.now(), Year.now(), Instant.now(), new Date() …: the machine's date with no clock. */
    private static final Pattern CLOCKLESS = Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|Year|YearMonth|MonthDay"
            + "|Instant|ZonedDateTime|OffsetDateTime|OffsetTime)\\s*\\.\\s*now\\s*\\(\\s*(ZoneId\\b[^)]*)?\\)"
            + "|new\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)|Calendar\\s*\\.\\s*getInstance\\s*\\(");

    private static final Pattern SYSTEM_CLOCK = Pattern.compile("Clock\\s*\\.\\s*system(DefaultZone|UTC)?\\s*\\(");

    /** Where the app's clock is made (the window, the commands), and the lock file's own timestamp. */
    private static final Set<String> MAKE_THE_CLOCK = Set.of("org/secretariat/Launcher.java",
            "org/secretariat/ui/SecretariatApp.java", "org/secretariat/persistence/DataLock.java",
            // the bench's own processes start like the app does: the keystroke probe's window and its main
            "org/secretariat/cli/BenchTyping.java", "org/secretariat/ui/roster/TypingProbe.java");

    private static List<String> find(Pattern p, Set<String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                String rel = SOURCES.relativize(f).toString().replace('\\', '/');
                if (allowed.contains(rel)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*", "");
                    Matcher m = p.matcher(code);
                    if (m.find()) {
                        found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noCodeReadsTheMachinesDateWithoutTheAppsClock() throws IOException {
        assertEquals(List.of(), find(CLOCKLESS, Set.of()), "use LocalDate.now(clock) or ui.today()");
    }

    @Test
    void onlyTheAppsStartMakesASystemClock() throws IOException {
        assertEquals(List.of(), find(SYSTEM_CLOCK, MAKE_THE_CLOCK), "pass the app's clock on instead");
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        for (String bad : List.of("LocalDate.now()", "var y = Year.now ( );", "LocalDateTime.now(ZoneId.of(\"UTC\"))",
                "new Date()", "Calendar.getInstance()", "Instant.now()")) {
            assertEquals(true, CLOCKLESS.matcher(bad).find(), bad);
        }
        for (String good : List.of("LocalDate.now(clock)", "Year.now(ctx.clock())", "ui.today()", "LocalDate.now(app.clock())")) {
            assertEquals(false, CLOCKLESS.matcher(good).find(), good);
        }
        assertEquals(true, SYSTEM_CLOCK.matcher("Clock.systemDefaultZone()").find());
    }
}

package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/** What one route (case, motion, form, import, command) said of a change: refused, warned, and its words. */
record RouteVerdict(String route, boolean refused, boolean warned, String text) {

    private static final Messages ZH = Messages.forLanguage("zh");

    static RouteVerdict of(String route, List<Text> refusals, List<Text> warnings) {
        List<String> all = new ArrayList<>();
        refusals.forEach(t -> all.add(ZH.get(t)));
        warnings.forEach(t -> all.add(ZH.get(t)));
        return new RouteVerdict(route, !refusals.isEmpty(), !warnings.isEmpty(), String.join("\n", all));
    }

    static void assertAllRefused(String article, RouteVerdict... verdicts) {
        for (RouteVerdict v : verdicts) {
            assertTrue(v.refused(), v.route() + " should refuse: " + v.text());
            assertTrue(v.text().contains(article), v.route() + " should cite " + article + ": " + v.text());
        }
    }

    static void assertAllWarned(String article, RouteVerdict... verdicts) {
        for (RouteVerdict v : verdicts) {
            assertFalse(v.refused(), v.route() + " should not refuse: " + v.text());
            assertTrue(v.warned() && v.text().contains(article), v.route() + " should warn citing " + article + ": " + v.text());
        }
    }

    static void assertAllAllowed(RouteVerdict... verdicts) {
        for (RouteVerdict v : verdicts) {
            assertFalse(v.refused() || v.warned(), v.route() + " should allow without a word: " + v.text());
        }
    }
}

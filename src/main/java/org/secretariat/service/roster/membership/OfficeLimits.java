package org.secretariat.service.roster.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Enforcement;
import org.secretariat.charter.Office;
import org.secretariat.charter.Seating;
import org.secretariat.document.ChineseDates;

/**
 * The limits on taking an office: the office to hold first (新乡 第十四条（三）), how many may hold
 * it at once (理事长1名), how many in one unit (联席会议 第六条 联络员), a body's size against another's
 * (衡水 第十六条 常务理事 ≤ 1/3 理事), and terms served (衡水 第十九条).
 */
final class OfficeLimits {

    private OfficeLimits() {
    }

    static void check(CharterProfile p, Subject u, Change.TakeOffice t, RosterFacts roster, List<Finding> out) {
        Optional<Office> found = p.office(t.officeId());
        if (found.isEmpty() || t.personName() == null || t.personName().isBlank()) {
            out.add(Finding.refuse("role", "", "motion.error.office"));
            return;
        }
        Office o = found.get();
        String person = t.personName().strip();
        LocalDate on = t.start();
        if (o.requiresOffice() != null) {
            Office needed = p.office(o.requiresOffice()).orElseThrow();
            boolean holds = u.people().stream().anyMatch(h -> h.name().equals(person) && Seating.holds(h, needed, on));
            if (!holds) {
                out.add(Finding.refuse("role", o.citation().article(), "motion.error.requiresOffice", o.name(),
                        needed.name(), o.citation().article(), person));
            }
        }
        List<Seating.Unit> units = replaced(roster.units(), u);
        if (o.maxCount() != null) {
            List<String> others = holders(units, o, on, false, u.id(), person);
            if (others.size() >= o.maxCount()) {
                out.add(Finding.of(o.countEnforcement(), "role", o.countArticle().article(), "membership.error.officeFull",
                        o.name(), o.maxCount(), o.countArticle().article(), String.join("、", others)));
            }
        }
        if (o.perUnit() != null) {
            List<String> inUnit = holders(units, o, on, true, u.id(), person);
            if (inUnit.size() >= o.perUnit()) {
                out.add(Finding.of(o.countEnforcement(), "role", o.countArticle().article(), "membership.error.officePerUnit",
                        u.name(), o.name(), o.perUnit(), o.countArticle().article(), String.join("、", inUnit)));
            }
        }
        sizeLimits(p, o, u, person, on, units, out);
        if (o.termLimit() != null) {
            List<Seating.Holder> rows = u.people().stream().filter(h -> h.name().equals(person)).toList();
            int served = TermsServed.consecutive(o, rows, on.minusDays(1));
            if (served >= o.termLimit().terms()) {
                out.add(Finding.refuse("role", o.termLimit().citation().article(), "motion.error.termLimit", person,
                        o.name(), served, o.termLimit().terms(), o.termLimit().citation().article()));
            }
        }
    }

    /** The people who hold the office on {@code on}, but for {@code person} of the subject unit (a re-election). */
    private static List<String> holders(List<Seating.Unit> units, Office o, LocalDate on, boolean subjectOnly,
                                        Long subjectId, String person) {
        List<String> out = new ArrayList<>();
        for (Seating.Unit unit : units) {
            if (!unit.current() || subjectOnly && !java.util.Objects.equals(unit.id(), subjectId)) {
                continue;
            }
            for (Seating.Holder h : unit.people()) {
                boolean self = java.util.Objects.equals(unit.id(), subjectId) && h.name().equals(person);
                if (!self && Seating.holds(h, o, on)) {
                    LocalDate end = h.termEnd() != null ? h.termEnd()
                            : o.term() != null && h.termStart() != null ? o.term().lastDay(h.termStart()) : null;
                    out.add(h.name() + "（" + unit.name() + (end == null ? "" : "，任期至" + ChineseDates.format(end)) + "）");
                }
            }
        }
        return out;
    }

    /** Bodies this office seats, each against the body its size is limited by. */
    private static void sizeLimits(CharterProfile p, Office o, Subject u, String person, LocalDate on,
                                   List<Seating.Unit> units, List<Finding> out) {
        for (Body b : p.bodies()) {
            Body.SizeLimit limit = b.sizeLimit();
            if (limit == null || b.seats() == null || !b.seats().offices().contains(o.id())) {
                continue;
            }
            Body of = p.body(limit.of()).orElse(null);
            if (of == null) {
                continue;
            }
            List<Seating.Seat> seats = Seating.seatsOf(p, b, on, units);
            boolean seated = seats.stream().anyMatch(s -> java.util.Objects.equals(s.unitId(), u.id())
                    && person.equals(s.personName()));
            long after = seats.size() + (seated ? 0 : 1);
            long base = Seating.seatsOf(p, of, on, units).size();
            long max = limit.fraction().floorOf(base);
            if (after > max) {
                out.add(Finding.of(limit.enforcement() == null ? Enforcement.REFUSE : limit.enforcement(), "role",
                        limit.citation().article(), "membership.error.bodySize", b.name(), of.name(),
                        limit.fraction().toString(), limit.citation().article(), after, base, max));
            }
        }
    }

    /** The roster with the subject unit as the change sees it (the form's unsaved people). */
    private static List<Seating.Unit> replaced(List<Seating.Unit> units, Subject u) {
        List<Seating.Unit> out = new ArrayList<>(units.size() + 1);
        boolean seen = false;
        for (Seating.Unit x : units) {
            if (u.id() != null && u.id().equals(x.id())) {
                out.add(new Seating.Unit(x.id(), u.name(), u.tierId(), u.status().isCurrent(), x.joined(), u.people()));
                seen = true;
            } else {
                out.add(x);
            }
        }
        if (!seen) {
            out.add(new Seating.Unit(u.id(), u.name(), u.tierId(), u.status().isCurrent(), null, u.people()));
        }
        return out;
    }
}

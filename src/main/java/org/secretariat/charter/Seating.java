package org.secretariat.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sits in a body on a meeting date, by the body's {@code seats} rule: one seat per current
 * member unit of the listed tiers, and one per person holding a listed office whose term covers
 * the date (a 理事 whose term has ended is not seated). A person holding two listed offices has
 * one seat.
 */
public final class Seating {

    /** A person a unit names, with their role and term as the roster records them. */
    public record Holder(Long personId, String name, String role, LocalDate termStart, LocalDate termEnd) {
    }

    /** A unit as the seating rule needs it. */
    public record Unit(Long id, String name, String tierId, boolean current, LocalDate joined, List<Holder> people) {
    }

    /** One seat: the unit, and the person if the seat is a person's. */
    public record Seat(Long unitId, String unitName, Long personId, String personName, List<String> offices) {
        public String label() {
            if (personName == null) {
                return unitName;
            }
            return personName + "（" + unitName + "，" + String.join("、", offices) + "）";
        }
    }

    private Seating() {
    }

    public static List<Seat> seatsOf(CharterProfile profile, Body body, LocalDate date, List<Unit> units) {
        List<Seat> seats = new ArrayList<>();
        if (body.seats() == null) {
            return seats;
        }
        List<String> tiers = body.seats().tiers();
        List<Office> offices = body.seats().offices().stream().map(id -> profile.office(id).orElse(null))
                .filter(o -> o != null).toList();
        for (Unit u : units) {
            if (!u.current() || (u.joined() != null && u.joined().isAfter(date))) {
                continue;
            }
            if (tiers.contains(u.tierId())) {
                seats.add(new Seat(u.id(), u.name(), null, null, List.of()));
            }
            Map<Long, Seat> byPerson = new LinkedHashMap<>();
            for (Holder h : u.people()) {
                for (Office o : offices) {
                    if (holds(h, o, date)) {
                        byPerson.merge(h.personId(), new Seat(u.id(), u.name(), h.personId(), h.name(), List.of(o.name())),
                                (a, b) -> new Seat(a.unitId(), a.unitName(), a.personId(), a.personName(),
                                        concat(a.offices(), b.offices())));
                    }
                }
            }
            seats.addAll(byPerson.values());
        }
        return seats;
    }

    /** Does the person hold the office on the date? A missing end runs for the office's term. */
    public static boolean holds(Holder h, Office office, LocalDate date) {
        if (h.role() == null || !(h.role().strip().equals(office.name()) || h.role().strip().equals(office.id()))) {
            return false;
        }
        if (h.termStart() != null && h.termStart().isAfter(date)) {
            return false;
        }
        LocalDate end = h.termEnd();
        if (end == null && h.termStart() != null && office.term() != null) {
            end = office.term().lastDay(h.termStart());
        }
        return end == null || !end.isBefore(date);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return List.copyOf(out);
    }
}

package org.secretariat.service.reports;

import org.secretariat.service.roster.MembershipHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Tier;
import org.secretariat.document.ChineseDates;
import org.secretariat.domain.Activity;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.domain.Verdict;

/** The figures of one year, gathered from the records, for the annual report and the statistics table. */
public record ReportFacts(int year, LocalDate start, LocalDate end, Map<String, Long> tierAtStart,
                          Map<String, Long> tierAtEnd, Map<String, Long> typeAtStart, Map<String, Long> typeAtEnd,
                          LinkedHashMap<String, Long> membersByYear, List<Event> joined, List<Event> upgraded,
                          List<Event> withdrew, List<Event> expelled, List<List<String>> meetings, int resolutionsPassed,
                          int resolutionsFailed, List<List<String>> activities, List<List<String>> certificates,
                          long certificatesIssued, List<List<String>> officers, List<String> termsEndingNextYear) {

    /** A unit's change in the year: who, when, and a note (tier, from → to). */
    public record Event(String name, LocalDate on, String note) {
    }

    public long membersAtStart() {
        return tierAtStart.values().stream().mapToLong(Long::longValue).sum();
    }

    public long membersAtEnd() {
        return tierAtEnd.values().stream().mapToLong(Long::longValue).sum();
    }

    static ReportFacts of(Session s, int year, CharterProfile p, LocalDate today) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate end = today.isBefore(yearEnd) && today.getYear() == year ? today : yearEnd;
        MembershipHistory history = new MembershipHistory(s);
        List<MembershipHistory.State> before = members(history, start.minusDays(1));
        List<MembershipHistory.State> after = members(history, end);
        LinkedHashMap<String, Long> byYear = new LinkedHashMap<>();
        for (int y = year - 4; y <= year; y++) {
            LocalDate d = y == year ? end : LocalDate.of(y, 12, 31);
            byYear.put(y + "年", (long) members(history, d).size());
        }
        List<Event> joined = new ArrayList<>();
        for (MemberUnit u : s.createSelectionQuery("from MemberUnit u where u.joinDate between :a and :b and u.status <> :applying "
                + "order by u.joinDate", MemberUnit.class).setParameter("a", start).setParameter("b", end)
                .setParameter("applying", MemberStatus.APPLYING).getResultList()) {
            joined.add(new Event(u.getName(), u.getJoinDate(), p.tier(u.getTierId()).map(Tier::name).orElse(u.getTierId())));
        }
        List<Event> upgraded = history.changes("tier", start, end).stream().map(c -> new Event(c.name(), c.on(),
                tierName(p, c.from()) + " → " + tierName(p, c.to()))).toList();
        List<MembershipHistory.Change> statuses = history.changes("status", start, end);
        List<Event> withdrew = statuses.stream().filter(c -> c.to().equals(MemberStatus.WITHDRAWN.name()))
                .map(c -> new Event(c.name(), c.on(), "退出")).toList();
        List<Event> expelled = statuses.stream().filter(c -> c.to().equals(MemberStatus.EXPELLED.name()))
                .map(c -> new Event(c.name(), c.on(), "除名")).toList();
        List<List<String>> meetings = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        Map<Long, long[]> seats = seatsByMeeting(s, start, end);
        Map<Long, int[]> verdicts = verdictsByMeeting(s, start, end);
        for (Meeting m : s.createSelectionQuery("from Meeting m where m.held = true and m.date between :a and :b order by m.date",
                Meeting.class).setParameter("a", start).setParameter("b", end).getResultList()) {
            long[] seat = seats.getOrDefault(m.getId(), new long[2]);
            int[] verdict = verdicts.getOrDefault(m.getId(), new int[2]);
            int ok = verdict[0];
            int no = verdict[1];
            passed += ok;
            failed += no;
            String body = p.body(m.getBodyId()).map(b -> b.name()).orElse(m.getBodyId());
            meetings.add(List.of(ChineseDates.format(m.getDate()), body + "：" + m.getTitle(), seat[1] + "/" + seat[0],
                    "通过 " + ok + " 项" + (no > 0 ? "，未通过 " + no + " 项" : "")));
        }
        List<List<String>> activities = new ArrayList<>();
        for (Activity a : s.createSelectionQuery("from Activity a where a.heldOn between :a and :b order by a.heldOn",
                Activity.class).setParameter("a", start).setParameter("b", end).getResultList()) {
            activities.add(List.of(ChineseDates.format(a.getHeldOn()), kindName(a.getKind()), a.getTitle(),
                    Integer.toString(a.getUnitIds().size())));
        }
        List<List<String>> certificates = new ArrayList<>();
        long issued = 0;
        for (Object[] r : s.createSelectionQuery("select c.kindId, count(c) from Certificate c where c.issuedOn between :a and :b "
                + "group by c.kindId order by c.kindId", Object[].class).setParameter("a", start).setParameter("b", end)
                .getResultList()) {
            String kind = (String) r[0];
            certificates.add(List.of(p.certificate(kind).map(k -> k.name()).orElse(kind), r[1].toString()));
            issued += (Long) r[1];
        }
        List<List<String>> officers = new ArrayList<>();
        List<String> ending = new ArrayList<>();
        for (Person person : s.createSelectionQuery("from Person p join fetch p.unit u order by u.id, p.id", Person.class)
                .getResultList()) {
            Office office = p.offices().stream().filter(o -> o.name().equals(person.getRole()) || o.id().equals(person.getRole()))
                    .findFirst().orElse(null);
            if (office == null || !person.getUnit().getStatus().isCurrent()) {
                continue;
            }
            LocalDate termEnd = person.getTermEnd() != null ? person.getTermEnd()
                    : office.term() != null && person.getTermStart() != null ? office.term().lastDay(person.getTermStart()) : null;
            boolean serving = (person.getTermStart() == null || !person.getTermStart().isAfter(end))
                    && (termEnd == null || !termEnd.isBefore(end));
            if (serving) {
                officers.add(List.of(person.getName(), person.getUnit().getName(), office.name(),
                        month(person.getTermStart()) + "至" + month(termEnd)));
            }
            if (termEnd != null && termEnd.getYear() == year + 1) {
                ending.add(person.getName() + "（" + person.getUnit().getName() + "，" + office.name() + "，"
                        + ChineseDates.format(termEnd) + "）");
            }
        }
        return new ReportFacts(year, start, end, count(before, x -> x.tierId()), count(after, x -> x.tierId()),
                count(before, x -> x.unitType()), count(after, x -> x.unitType()), byYear, joined, upgraded, withdrew,
                expelled, meetings, passed, failed, activities, certificates, issued, officers, ending);
    }

    /** Seats and present seats of every held meeting in the range, in one query: meeting id → {seated, present}. */
    private static Map<Long, long[]> seatsByMeeting(Session s, LocalDate start, LocalDate end) {
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select a.meeting.id, a.seated, a.status from Attendance a "
                + "where a.meeting.held = true and a.meeting.date between :a and :b", Object[].class)
                .setParameter("a", start).setParameter("b", end).getResultList()) {
            long[] n = out.computeIfAbsent((Long) r[0], k -> new long[2]);
            boolean seated = (Boolean) r[1];
            n[0] += seated ? 1 : 0;
            n[1] += AttendanceStatus.presentSeat(seated, (AttendanceStatus) r[2]) ? 1 : 0;
        }
        return out;
    }

    /** Passed and failed motions of every held meeting in the range, in one query: meeting id → {passed, failed}. */
    private static Map<Long, int[]> verdictsByMeeting(Session s, LocalDate start, LocalDate end) {
        Map<Long, int[]> out = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select i.meeting.id, i.verdict from AgendaItem i "
                + "where i.meeting.held = true and i.meeting.date between :a and :b and i.verdict in (:verdicts)", Object[].class)
                .setParameter("a", start).setParameter("b", end)
                .setParameterList("verdicts", List.of(Verdict.PASSED, Verdict.FAILED)).getResultList()) {
            int[] n = out.computeIfAbsent((Long) r[0], k -> new int[2]);
            n[r[1] == Verdict.PASSED ? 0 : 1]++;
        }
        return out;
    }

    private static List<MembershipHistory.State> members(MembershipHistory h, LocalDate day) {
        return h.on(day).stream().filter(x -> x.isMember(day)).toList();
    }

    private static Map<String, Long> count(List<MembershipHistory.State> states,
                                           java.util.function.Function<MembershipHistory.State, String> key) {
        Map<String, Long> out = new HashMap<>();
        states.forEach(x -> out.merge(key.apply(x), 1L, Long::sum));
        return out;
    }

    private static String tierName(CharterProfile p, String id) {
        return p.tier(id).map(Tier::name).orElse(id);
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case "training" -> "培训";
            case "fair" -> "展会";
            case "matchmaking" -> "推介洽谈会";
            case "visit" -> "考察交流";
            default -> "其他";
        };
    }

    /** 「2025年1月」 as a term's start or end reads in a table; an unknown end is 「—」. */
    private static String month(LocalDate d) {
        return d == null ? "—" : d.getYear() + "年" + d.getMonthValue() + "月";
    }
}

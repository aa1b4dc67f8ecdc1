package org.secretariat.service.roster;

import org.secretariat.service.AuditTrail;

import org.secretariat.domain.AuditAction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;

/**
 * The roster as it stood on any day, rebuilt from the audit trail: each unit's status, tier and type
 * on that date (the first record gives its state when registered, each later change is applied on
 * the day it was made). A unit registered later than its join date counts from its join date.
 */
public final class MembershipHistory {

    /** A unit's state on a day. */
    public record State(long unitId, String name, String tierId, String unitType, MemberStatus status, LocalDate joinDate) {
        public boolean isMember(LocalDate on) {
            return status.isCurrent() && (joinDate == null || !joinDate.isAfter(on));
        }
    }

    /** A field change of a unit on a day, as the audit trail recorded it. */
    public record Change(long unitId, String name, LocalDate on, String field, String from, String to) {
    }

    private final Map<Long, MemberUnit> units = new HashMap<>();
    private final Map<Long, List<AuditEntry>> entries = new HashMap<>();

    public MembershipHistory(Session s) {
        for (MemberUnit u : s.createSelectionQuery("from MemberUnit u", MemberUnit.class).getResultList()) {
            units.put(u.getId(), u);
        }
        for (AuditEntry e : s.createSelectionQuery("from AuditEntry a where a.entityType = :t order by a.seq", AuditEntry.class)
                .setParameter("t", RosterService.ENTITY).getResultList()) {
            entries.computeIfAbsent(e.getEntityId(), k -> new ArrayList<>()).add(e);
        }
    }

    /** Every unit's state on the day, for units that existed (or had joined) by then. */
    public List<State> on(LocalDate day) {
        List<State> out = new ArrayList<>();
        for (MemberUnit u : units.values()) {
            List<AuditEntry> list = entries.getOrDefault(u.getId(), List.of());
            boolean registeredLater = !list.isEmpty() && list.get(0).getAt().toLocalDate().isAfter(day);
            if (registeredLater && (u.getJoinDate() == null || u.getJoinDate().isAfter(day))) {
                continue; // not on the roster yet, and not known to have joined by then
            }
            Map<String, String> fields = new HashMap<>();
            boolean seen = false;
            for (AuditEntry e : list) {
                boolean first = !seen;
                if (!first && e.getAt().toLocalDate().isAfter(day)) {
                    break;
                }
                apply(fields, e.getDetails());
                seen = true;
            }
            if (!seen) {
                fields.put("status", u.getStatus().name());
                fields.put("tier", u.getTierId());
                fields.put("unitType", u.getUnitType().name());
            }
            MemberStatus status = parse(fields.get("status"), u.getStatus());
            out.add(new State(u.getId(), u.getName(), fields.getOrDefault("tier", u.getTierId()),
                    fields.getOrDefault("unitType", u.getUnitType().name()), status, u.getJoinDate()));
        }
        return out;
    }

    /** Changes of one field made within the period, in the order they were made. */
    public List<Change> changes(String field, LocalDate from, LocalDate to) {
        List<Change> out = new ArrayList<>();
        entries.forEach((unitId, list) -> {
            MemberUnit u = units.get(unitId);
            if (u == null) {
                return;
            }
            for (AuditEntry e : list) {
                LocalDate on = e.getAt().toLocalDate();
                if (on.isBefore(from) || on.isAfter(to) || AuditAction.entersRoster(e.getAction())) {
                    continue;
                }
                for (String line : e.getDetails().split("\n")) {
                    String[] p = line.split(String.valueOf(AuditTrail.SEP), -1);
                    if (p.length == 3 && p[0].equals(field) && !p[1].equals(p[2])) {
                        out.add(new Change(unitId, u.getName(), on, field, p[1], p[2]));
                    }
                }
            }
        });
        out.sort(java.util.Comparator.comparing(Change::on));
        return out;
    }

    private static void apply(Map<String, String> fields, String details) {
        for (String line : details.split("\n")) {
            String[] p = line.split(String.valueOf(AuditTrail.SEP), -1);
            if (p.length == 3 && !p[2].isEmpty()) {
                fields.put(p[0], p[2]);
            }
        }
    }

    private static MemberStatus parse(String s, MemberStatus fallback) {
        try {
            return s == null ? fallback : MemberStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}

package org.secretariat.service.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.persistence.Database;

/**
 * Every unit as a roster row, read with plain JDBC as a projection of the columns the rows hold: no
 * entities built or kept, and no wait for Hibernate, so the window's roster shows while Hibernate is
 * still booting (issue 18). Portable SQL, in id order as before.
 */
final class RosterProjection {

    private static final String UNITS = "select id, name, credit_code, unit_type, tier_id, status, join_date,"
            + " legal_representative, address, contact_name, phone, email, remarks, search_key, join_date_precision"
            + " from member_unit order by id";
    private static final String PEOPLE = "select unit_id, name from person order by id";

    private RosterProjection() {
    }

    static List<UnitRow> read(Database db, CharterProfile profile) {
        return read(db, profile, 0);
    }

    /**
     * The first {@code limit} units in id order, every unit when it is 0: the rows a window shows first
     * while the rest are read (both engines take {@code FETCH FIRST}, the SQL standard's limit).
     */
    static List<UnitRow> read(Database db, CharterProfile profile, int limit) {
        String first = limit > 0 ? " fetch first " + limit + " rows only" : "";
        String people = limit > 0
                ? "select unit_id, name from person where unit_id in (select id from member_unit order by id" + first + ") order by id"
                : PEOPLE;
        return db.withConnection(c -> {
            Map<Long, List<String>> names = people(c, people);
            List<UnitRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(UNITS + first); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(profile, r, names.getOrDefault(r.getLong(1), List.of())));
                }
            }
            return rows;
        });
    }

    private static Map<Long, List<String>> people(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> people = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                people.computeIfAbsent(r.getLong(1), k -> new ArrayList<>(3)).add(r.getString(2));
            }
        }
        return people;
    }

    private static UnitRow row(CharterProfile profile, ResultSet r, List<String> peopleNames) throws SQLException {
        long id = r.getLong(1);
        String name = r.getString(2);
        String creditCode = r.getString(3);
        String tierId = r.getString(5);
        String contactName = r.getString(10);
        Optional<Tier> tier = profile == null ? Optional.empty() : profile.tier(tierId);
        String names = String.join("、", peopleNames);
        String search = String.join(" ", name, Objects.toString(creditCode, ""), Objects.toString(contactName, ""),
                names, r.getString(14)).toLowerCase(Locale.ROOT);
        String precision = r.getString(15);
        return new UnitRow(id, name, creditCode, UnitType.valueOf(r.getString(4)), tierId, tier.map(Tier::name).orElse(tierId),
                tier.map(Tier::rank).orElse(-1), MemberStatus.valueOf(r.getString(6)), r.getObject(7, LocalDate.class),
                r.getString(8), r.getString(9), contactName, r.getString(11), r.getString(12), r.getString(13), names, search,
                precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision));
    }
}

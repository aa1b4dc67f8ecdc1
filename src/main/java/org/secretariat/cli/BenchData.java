package org.secretariat.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.domain.PinyinIndex;
import org.secretariat.domain.UnitType;
import org.secretariat.service.AppContext;

/** Synthetic data at scale for the benchmark: units with Chinese names, their people, meetings. */
final class BenchData {

    private static final String PLACES = "新乡郑州洛阳开封安阳鹤壁焦作濮阳许昌漯河三门峡南阳商丘信阳周口驻马店济源衡水石家庄保定";
    private static final String TRADES = "科技电子商务贸易物流供应链信息网络软件文化传媒教育咨询制造机械食品农业";
    private static final String KINDS = "有限公司,股份有限公司,学院,职业技术学院,协会,研究院,管委会,中心";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

    private BenchData() {
    }

    static String unitName(Random r, int i) {
        String[] kinds = KINDS.split(",");
        int p = r.nextInt(PLACES.length() / 2) * 2;
        int t = r.nextInt(TRADES.length() / 2) * 2;
        return PLACES.substring(p, p + 2) + TRADES.substring(t, t + 2) + kinds[r.nextInt(kinds.length)] + i;
    }

    /** Writes {@code units} member units with three people each, and {@code meetings} held council meetings. */
    static void fill(AppContext ctx, int units, int meetings, Random r) {
        LocalDateTime now = LocalDateTime.now(ctx.clock());
        String[] tiers = ctx.charter().orElseThrow().tiers().stream().map(t -> t.id()).toArray(String[]::new);
        for (int start = 0; start < units; start += 500) {
            int from = start;
            ctx.database().inTransaction(s -> {
                for (int i = from; i < Math.min(units, from + 500); i++) {
                    MemberUnit u = new MemberUnit();
                    u.setName(unitName(r, i));
                    u.setUnitType(UnitType.values()[r.nextInt(UnitType.values().length)]);
                    u.setTierId(i % 20 == 0 ? tiers[Math.min(1, tiers.length - 1)] : tiers[0]);
                    u.setStatus(MemberStatus.MEMBER);
                    u.setJoinDate(LocalDate.of(2018 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28)));
                    u.setContactName(SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "经理");
                    u.setPhone("138" + String.format("%08d", r.nextInt(100_000_000)));
                    String[] roles = {"单位代表", "理事", "联络员"};
                    StringBuilder key = new StringBuilder(PinyinIndex.keyOf(u.getName()));
                    for (String role : roles) {
                        Person p = new Person();
                        p.setName(SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())));
                        p.setRole(role);
                        p.setTermStart(LocalDate.of(2024, 1, 1));
                        u.addPerson(p);
                        key.append(' ').append(PinyinIndex.keyOf(p.getName()));
                    }
                    u.setSearchKey(key.toString());
                    u.setCreatedAt(now);
                    u.setUpdatedAt(now);
                    s.persist(u);
                }
            });
        }
        for (int start = 0; start < meetings; start += 100) {
            int from = start;
            ctx.database().inTransaction(s -> {
                for (int i = from; i < Math.min(meetings, from + 100); i++) {
                    Meeting m = new Meeting();
                    m.setBodyId("council");
                    m.setTitle("理事会第" + (i + 1) + "次会议");
                    m.setDate(LocalDate.of(2026, 1, 1).plusDays(i % 330));
                    m.setHeld(true);
                    m.setCreatedAt(now);
                    for (int k = 0; k < 20; k++) {
                        Attendance a = new Attendance();
                        a.setSeatLabel("理事" + k);
                        a.setStatus(k < 15 ? AttendanceStatus.PRESENT : AttendanceStatus.LEAVE);
                        m.addAttendance(a);
                    }
                    s.persist(m);
                }
            });
        }
    }
}

package org.secretariat.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Tier;
import org.secretariat.document.Doc;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.filing.Filing;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.meetings.ActivityService;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * A year of a secretariat's records for any charter (a dozen units with their officers, a meeting of
 * every body, activities, certificates, fees where the charter charges them, the report's narrative)
 * and every document the app prints from them, for {@code PrintableDocumentsTest} and the README's
 * {@code DocumentGallery}.
 */
public final class PrintableSamples {

    public static final LocalDate DAY = LocalDate.of(2026, 6, 18);
    public static final List<String> CHARTERS = List.of("cceaa", "cerra", "county-joint", "hengshui-tech", "xinxiang-cbec");

    /** One printable document: a short file name, what a secretary calls it, the document. */
    public record Sample(String file, String name, Doc doc) {
    }

    private static final String[] UNITS = {"新乡学院", "河南科技学院", "新乡职业技术学院", "河南师范大学", "新乡市跨境电商协会",
        "牧野外贸有限公司", "卫辉市电子商务产业园", "河南省电子商务研究院", "获嘉县人民政府", "原阳县经济技术开发区管理委员会",
        "新乡市第一职业中等专业学校", "河南宇通进出口贸易有限公司"};
    private static final UnitType[] TYPES = {UnitType.UNIVERSITY, UnitType.UNIVERSITY, UnitType.TECHNICAL_SCHOOL,
        UnitType.UNIVERSITY, UnitType.INDUSTRY_ASSOCIATION, UnitType.ENTERPRISE, UnitType.DEVELOPMENT_ZONE,
        UnitType.RESEARCH_INSTITUTE, UnitType.GOVERNMENT, UnitType.DEVELOPMENT_ZONE, UnitType.TECHNICAL_SCHOOL,
        UnitType.ENTERPRISE};
    private static final String[] PEOPLE = {"王建国", "李明", "张秀英", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周涛", "吴芳",
        "徐强", "孙丽"};
    private static final String[] COUNTIES = {"甲县人民政府", "乙县人民政府", "丙县人民政府", "丁区人民政府", "戊市人民政府",
        "己县人民政府", "庚县经济开发区管理委员会", "辛县人民政府", "壬县人民政府", "癸县高新技术产业开发区管理委员会",
        "子县人民政府", "丑县人民政府"};
    static final String APPLICANT = "新乡市数字贸易服务有限公司";

    private PrintableSamples() {
    }

    /** Opens a data folder for the charter and fills it with the year's records. */
    public static AppContext workspace(Path dir, String charterId) throws Exception {
        AppContext ctx = TestWorkspace.open(dir, charterId);
        CharterProfile p = ctx.charter().orElseThrow();
        ctx.settings().set(Filing.COPIES_TO, "各成员单位，市民政局");
        List<Long> units = new ArrayList<>();
        List<Tier> tiers = p.tiers();
        List<Office> offices = p.offices();
        // the office others require (理事): the seats of the council beyond its chairs
        Office base = offices.stream().map(Office::requiresOffice).filter(java.util.Objects::nonNull).findFirst()
                .flatMap(p::office).orElse(null);
        String[] names = names(p);
        for (int i = 0; i < names.length; i++) {
            UnitDraft d = TestWorkspace.unit(names[i], TestWorkspace.legalPersonCode());
            d.unitType = TYPES[i];
            d.tierId = i < 4 && tiers.size() > 1 ? tiers.get(Math.min(tiers.size() - 1, 1 + i % (tiers.size() - 1))).id()
                    : p.entryTier().id();
            d.joinDate = LocalDate.of(2023 + i % 4, 3 + i % 9, 10);
            d.legalRepresentative = PEOPLE[i];
            d.address = "河南省新乡市红旗区宏力大道" + (100 + i) + "号";
            d.contactName = PEOPLE[(i + 5) % PEOPLE.length];
            d.phone = "0373-" + (3040000 + i * 111);
            String role = i < offices.size() ? offices.get(i).name() + p.office(String.valueOf(offices.get(i).requiresOffice()))
                    .map(o -> "、" + o.name()).orElse("") : base != null && i < 9 ? base.name() : "联络员";
            d.people.add(new PersonDraft(PEOPLE[i], "院长", role, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                    "1380373" + String.format("%04d", i), ""));
            units.add(save(ctx, d));
        }
        UnitDraft a = TestWorkspace.unit(APPLICANT, TestWorkspace.legalPersonCode());
        a.status = MemberStatus.APPLYING;
        a.unitType = UnitType.ENTERPRISE;
        a.tierId = p.entryTier().id();
        a.legalRepresentative = "郑凯";
        a.address = "河南省新乡市牧野区新二街88号";
        a.contactName = "郑凯";
        a.phone = "0373-5061234";
        a.email = "office@xxdigital.example.cn";
        save(ctx, a);
        meetings(ctx, p);
        String[] activities = {"跨境电商实务培训", "产教融合对接会", "校企合作洽谈会", "赴郑州综合保税区考察", "年度成果展示会",
            "直播电商师资培训", "中小企业出海服务对接", "行业发展研讨会"};
        for (int i = 0; i < activities.length; i++) {
            ctx.activities().save(new ActivityService.ActivityView(null, activities[i], ActivityService.KINDS.get(i % 5),
                    LocalDate.of(2026, 1 + i, 12), "新乡学院", "", units.subList(0, 3 + i % 6)));
        }
        if (!p.certificates().isEmpty()) {
            ctx.certificates().issue(p.certificates().get(0).id(), units, DAY, true);
        }
        if (ctx.fees().charged()) {
            tiers.forEach(t -> ctx.fees().setRate(2026, t.id(), new BigDecimal(t.rank() > 1 ? "5000" : "3000")));
            List<FeeService.Account> accounts = ctx.fees().accounts(2026);
            for (int i = 0; i < accounts.size(); i += 2) {
                ctx.fees().pay(accounts.get(i).unitId(), 2026, accounts.get(i).owed(), LocalDate.of(2026, 3, 5 + i), "银行转账", null);
            }
        }
        ctx.reports().saveNarrative(2026, Map.of(
                "main-work", "一是围绕产教融合组织校企对接，全年促成合作项目十二个，共建实训基地三个。\n"
                        + "二是开展跨境电商人才培训，累计培训师资和学员四百余人次，组织职业技能竞赛一次。\n"
                        + "三是完善秘书处工作制度，建立成员单位联络员制度，按季度编发工作简报。",
                "problems", "部分成员单位参与活动不够积极，联盟经费来源较为单一，信息化建设有待加强。",
                "next-year", "筹备换届工作，修订联盟章程。\n拓展成员单位，重点吸纳骨干企业和行业协会。\n"
                        + "举办年度成果展示会和职业技能竞赛，编印联盟年度发展报告。"));
        return ctx;
    }

    private static String[] names(CharterProfile p) {
        return p.id().equals("county-joint") ? COUNTIES : UNITS;
    }

    private static long save(AppContext ctx, UnitDraft d) {
        var saved = ctx.roster().save(d);
        if (!saved.saved()) {
            throw new IllegalStateException(d.name + ": " + saved.problems());
        }
        return saved.id();
    }

    /** A meeting of every body on DAY, all present but one on leave, a report and a vote; three more of the first body. */
    private static void meetings(AppContext ctx, CharterProfile p) {
        int n = 0;
        for (Body body : p.bodies()) {
            meeting(ctx, body, body.name() + "2026年第一次会议", DAY.plusDays(n++));
        }
        Body first = p.bodies().get(0);
        for (int i = 2; i <= 4; i++) {
            meeting(ctx, first, first.name() + "2026年第" + "一二三四".charAt(i - 1) + "次会议", LocalDate.of(2026, 2 + 2 * i, 20));
        }
    }

    private static void meeting(AppContext ctx, Body body, String title, LocalDate day) {
        long id = ctx.meetings().save(new MeetingDraft(null, body.id(), title, day, "09:00", "新乡学院行政楼三楼会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(id);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                    i == 1 && m.seats().size() > 2 ? AttendanceStatus.LEAVE : AttendanceStatus.PRESENT, null, null));
        }
        ctx.meetings().recordAttendance(id, in);
        ctx.meetings().addObserver(id, "王秘书", "新乡学院");
        ctx.motions().add(id, MotionDraft.discussion("听取秘书处2026年上半年工作汇报"));
        Long item = ctx.motions().add(id, MotionDraft.general("审议2026年下半年工作计划")).itemId();
        ctx.motions().add(id, MotionDraft.discussion("研究筹备年度成果展示会有关事项"));
        m = ctx.meetings().load(id);
        if (item != null && m.presentCount() > 0) {
            ctx.motions().recordTotals(item, (int) m.presentCount(), 0, 0);
        }
    }

    /** Every document the app prints from the workspace's records. */
    public static List<Sample> documents(AppContext ctx) {
        CharterProfile p = ctx.charter().orElseThrow();
        List<Sample> out = new ArrayList<>();
        List<MeetingService.Row> rows = ctx.meetings().list();
        for (Body body : p.bodies()) {
            MeetingView m = rows.stream().map(r -> ctx.meetings().load(r.id()))
                    .filter(v -> v.bodyId().equals(body.id()) && v.date().equals(DAY.plusDays(p.bodies().indexOf(body))))
                    .findFirst().orElseThrow();
            out.add(new Sample("notice-" + body.id(), body.name() + "会议通知", ctx.meetingDocuments().notice(m)));
            out.add(new Sample("sign-in-" + body.id(), body.name() + "签到表", ctx.meetingDocuments().signIn(m)));
            out.add(new Sample("minutes-" + body.id(), body.name() + "会议纪要", ctx.meetingDocuments().minutes(m)));
        }
        UnitDraft applicant = ctx.roster().list().stream().filter(u -> u.name().equals(APPLICANT))
                .map(u -> ctx.roster().draft(u.id()).orElseThrow()).findFirst().orElseThrow();
        for (String form : new org.secretariat.service.cases.ApplicationForms(() -> p, () -> p.organisation().name()).formIds()) {
            String name = p.forms().stream().filter(f -> f.id().equals(form)).map(CharterProfile.Named::name).findFirst()
                    .orElse("入会申请表");
            out.add(new Sample("form-" + form, name, ctx.letters().applicationForm(form, applicant)));
        }
        String article = p.procedures().isEmpty() ? "第十条" : "第十条（一）";
        out.add(new Sample("approval", "入会批复通知", ctx.letters().approvalNotice(APPLICANT, p.entryTier().name(), DAY,
                p.bodies().get(0).name(), article)));
        out.add(new Sample("withdrawal", "退出通知", ctx.letters().exitNotice(names(p)[6], false, "因业务调整，申请退出。", DAY,
                "第十四条（二）", List.of())));
        out.add(new Sample("expulsion", "除名通知", ctx.letters().exitNotice(names(p)[7], true, "连续两年未参加联盟活动。", DAY,
                "第十四条（二）", List.of("XX-2025-007"))));
        if (ctx.fees().charged()) {
            FeeService.Payment paid = ctx.fees().payments(2026).get(0);
            out.add(new Sample("receipt", "会费收据", ctx.fees().receipt(paid.id())));
        }
        out.add(new Sample("annual-report", "年度工作报告", ctx.reports().report(2026, ctx.documents().fonts())));
        return out;
    }
}

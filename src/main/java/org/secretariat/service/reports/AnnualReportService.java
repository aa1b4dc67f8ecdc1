package org.secretariat.service.reports;

import org.secretariat.domain.AuditAction;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.DocumentWriter;
import org.secretariat.service.EditConflicts;
import org.secretariat.service.Prose;
import org.secretariat.service.fees.FeeService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.document.FontRole;
import org.secretariat.document.FontSet;
import org.secretariat.domain.ChineseMoney;
import org.secretariat.domain.Organisation;
import org.secretariat.domain.ReportNarrative;
import org.secretariat.domain.UnitType;
import org.secretariat.persistence.Database;

/**
 * The annual work report (年度工作报告) for a year, built from the records: members at the start and
 * end of the year by tier and type, who joined, was upgraded, withdrew or was expelled, meetings
 * and their resolutions, activities, certificates, fees, officers — and the sections the
 * secretariat writes itself. Laid out per GB/T 9704, written as Word or PDF.
 */
public final class AnnualReportService {

    public static final List<String> SECTIONS = List.of("main-work", "problems", "next-year");
    /** The audit trail's name for a year's narrative (its id is the year). */
    public static final String NARRATIVE = "ReportNarrative";
    /** A section's version when nothing is written for it yet. */
    public static final long NONE = -1;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private final Database db;
    private final FeeService fees;
    private final CharterInForce charter;
    private final Clock clock;
    private final AuditTrail audit;
    private final EditConflicts conflicts;

    public AnnualReportService(Database db, FeeService fees, CharterInForce charter, Clock clock, AuditTrail audit) {
        this.db = db;
        this.fees = fees;
        this.charter = charter;
        this.clock = clock;
        this.audit = audit;
        this.conflicts = new EditConflicts(db, audit);
    }

    public Map<String, String> narrative(int year) {
        return db.fromTransaction(s -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String section : SECTIONS) {
                ReportNarrative n = s.find(ReportNarrative.class, year + "/" + section);
                out.put(section, n == null ? "" : n.getText());
            }
            return out;
        });
    }

    /** The year's sections as the screen loads them, with each section's version ({@link #NONE} if unwritten). */
    public record Narrative(Map<String, String> texts, Map<String, Long> versions) {
    }

    /** The year's sections and their versions, read together, for the screen to send back with a save. */
    public Narrative narrativeForEditing(int year) {
        return db.fromTransaction(s -> {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Long> versions = new LinkedHashMap<>();
            for (String section : SECTIONS) {
                ReportNarrative n = s.find(ReportNarrative.class, year + "/" + section);
                texts.put(section, n == null ? "" : n.getText());
                versions.put(section, n == null ? NONE : n.getVersion());
            }
            return new Narrative(texts, versions);
        });
    }

    public void saveNarrative(int year, Map<String, String> texts) {
        saveNarrative(year, texts, null);
    }

    /**
     * Stores the sections, refused with {@link org.secretariat.service.EditConflict} if any is no
     * longer at the version the screen loaded ({@code loaded} null: not checked); the audit trail
     * records which sections changed, under the year, so a refusal names who saved them.
     */
    public void saveNarrative(int year, Map<String, String> texts, Map<String, Long> loaded) {
        conflicts.guardInsert(NARRATIVE, (long) year, () -> db.inTransaction(s -> {
            StringBuilder details = new StringBuilder();
            texts.forEach((section, typed) -> {
                String text = typed == null ? "" : typed;
                ReportNarrative n = s.find(ReportNarrative.class, year + "/" + section);
                Long seen = loaded == null ? null : loaded.get(section);
                conflicts.refuseIfChanged(s, NARRATIVE, (long) year, seen, n == null ? NONE : n.getVersion());
                String before = n == null ? "" : n.getText();
                if (n == null) {
                    s.persist(new ReportNarrative(year, section, text));
                } else {
                    n.setText(text);
                }
                if (!before.equals(text)) {
                    details.append(section).append(AuditTrail.SEP).append(before.length()).append(" 字")
                            .append(AuditTrail.SEP).append(text.length()).append(" 字\n");
                }
            });
            if (!details.isEmpty()) {
                audit.record(s, AuditAction.UPDATE, NARRATIVE, (long) year, year + "年度工作报告", details.toString());
            }
        }));
    }

    /** The figures of the year, as the report and the statistics table print them. */
    public ReportFacts facts(int year) {
        // read only, never flushed: no dirty check of the thousands of entities loaded before each query and at commit
        return db.fromTransaction(s -> {
            s.setDefaultReadOnly(true);
            s.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
            return ReportFacts.of(s, year, profileFor(year), LocalDate.now(clock));
        });
    }

    /** The charter the year's report follows: the one in force at the year's end (or today, during the year). */
    private CharterProfile profileFor(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return charter.on(end.isAfter(today) ? today : end);
    }

    /** Writes the report as .docx or .pdf by the target's extension. */
    public void write(int year, java.nio.file.Path target, DocumentWriter writer) throws java.io.IOException {
        writer.write(report(year, writer.fonts()), target);
    }

    public Doc report(int year, FontSet fontSet) {
        CharterProfile p = profileFor(year);
        ReportFacts f = facts(year);
        Map<String, String> texts = narrative(year);
        Organisation org = db.fromTransaction(s -> s.find(Organisation.class, Organisation.SINGLE_ID));
        String name = org == null ? p.organisation().name() : org.getName();
        Doc d = Doc.official().title(name + year + "年度工作报告");
        int h = 0;
        d.heading1(NUMERALS[h++] + "、基本情况");
        d.paragraph(name + (org != null && org.getCreditCode() != null ? "（统一社会信用代码：" + org.getCreditCode() + "）" : "")
                + "依据《" + p.organisation().name() + "章程》开展工作，秘书处设在" + orNone(org == null ? null : org.getSecretariatSeat(),
                p.organisation().secretariatSeat()) + (org != null && org.getAddress() != null ? "，地址：" + org.getAddress() : "")
                + (org != null && org.getLegalRepresentative() != null ? "，法定代表人：" + org.getLegalRepresentative() : "")
                + "。截至" + ChineseDates.format(f.end()) + "，共有会员单位" + units(f.membersAtEnd()) + "，年初" + units(f.membersAtStart())
                + "；" + changes(f) + "。");
        d.heading1(NUMERALS[h++] + "、会员情况");
        d.heading2("（一）会员级别").table(List.of("会员级别", "年初", "年末"), tierRows(f, p), 5, 2, 2);
        d.heading2("（二）会员构成").table(List.of("单位类型", "年初", "年末"), typeRows(f), 5, 2, 2);
        ReportCharts charts = new ReportCharts(fontSet.file(FontRole.HEI));
        d.image(charts.columns("历年年末会员单位数", f.membersByYear()), 140);
        d.image(charts.bars(year + "年末会员构成", typeCounts(f)), 140);
        d.heading2("（三）入会、晋升、退出与除名");
        d.table(List.of("事项", "单位", "日期", "说明"), changeRows(f, p), 2, 6, 4, 3);
        d.heading1(NUMERALS[h++] + "、会议与决议");
        if (f.meetings().isEmpty()) {
            d.paragraph("本年度未召开会议。");
        } else {
            d.paragraph("本年度共召开会议" + Prose.count(f.meetings().size()) + "次，" + (f.resolutionsPassed() == 0 ? "未作出决议"
                    : "作出决议" + Prose.count(f.resolutionsPassed()) + "项") + (f.resolutionsFailed() == 0 ? "" : "，另有" + Prose.count(f.resolutionsFailed()) + "项表决未通过") + "。");
            d.table(List.of("日期", "会议", "出席/应到", "决议"), f.meetings(), 4, 7, 2, 5);
        }
        d.heading1(NUMERALS[h++] + "、活动开展情况");
        if (f.activities().isEmpty()) {
            d.paragraph("本年度未登记会议以外的活动。");
        } else {
            d.paragraph("本年度开展活动" + Prose.count(f.activities().size()) + "项。");
            d.table(List.of("日期", "类型", "活动", "参加单位数"), f.activities(), 4, 3, 7, 2);
        }
        d.heading1(NUMERALS[h++] + "、证书颁发");
        d.paragraph(f.certificates().isEmpty() ? "本年度未颁发证书。" : "本年度颁发证书" + Prose.count(f.certificatesIssued()) + "张。");
        if (!f.certificates().isEmpty()) {
            d.table(List.of("证书种类", "张数"), f.certificates(), 8, 2);
        }
        d.heading1(NUMERALS[h++] + "、经费收支");
        feesSection(d, year, p);
        d.heading1(NUMERALS[h++] + "、负责人及变动");
        if (f.officers().isEmpty()) {
            d.paragraph("名单中未登记负责人任职。");
        } else {
            d.table(List.of("姓名", "单位", "职务", "任期"), f.officers(), 3, 6, 3, 5);
        }
        d.paragraph(f.termsEndingNextYear().isEmpty() ? "下一年度无任期届满的负责人。"
                : "下一年度任期届满、需要换届或改选的有：" + String.join("、", f.termsEndingNextYear()) + "。");
        String[] headings = {"主要工作", "存在问题", (year + 1) + "年工作计划"};
        for (int i = 0; i < SECTIONS.size(); i++) {
            d.heading1(NUMERALS[h++] + "、" + headings[i]);
            String text = texts.getOrDefault(SECTIONS.get(i), "");
            if (text.isBlank()) {
                d.paragraph("（待秘书处填写）");
            } else {
                text.lines().filter(l -> !l.isBlank()).map(Prose::tidy).forEach(d::paragraph);
            }
        }
        return d.signature(name, LocalDate.now(clock));
    }

    /**
     * The filing's statistics: unit members + individual members = total (this organisation has unit
     * members only); the officers serving at the year's end, counted once per person and office, for
     * every office in the order the charter lists them (zero where none serves); where the charter
     * charges fees, the year's 应缴, 已缴 and 欠缴 amounts and the number of units in arrears.
     */
    public List<org.secretariat.exchange.StatisticsWorkbook.Line> statistics(int year) {
        ReportFacts f = facts(year);
        CharterProfile p = profileFor(year);
        List<org.secretariat.exchange.StatisticsWorkbook.Line> lines = new ArrayList<>();
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("单位会员", f.membersAtEnd(), "截至" + ChineseDates.format(f.end())));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("个人会员", 0, "本组织只吸收单位会员"));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("会员总数", f.membersAtEnd(), "单位会员＋个人会员"));
        Map<String, Long> byOffice = new LinkedHashMap<>();
        p.offices().forEach(o -> byOffice.put(o.name(), 0L));
        for (List<String> o : f.officers()) {
            byOffice.merge(o.get(2), 1L, Long::sum);
        }
        byOffice.forEach((office, n) -> lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line(office, n, "年末在任人数")));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("本年新入会", f.joined().size(), ""));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("本年退出", f.withdrew().size(), ""));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("本年除名", f.expelled().size(), ""));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("本年召开会议", f.meetings().size(), ""));
        lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("本年开展活动", f.activities().size(), ""));
        if (fees.charged()) {
            List<FeeService.Account> accounts = fees.accounts(year);
            BigDecimal owed = accounts.stream().map(FeeService.Account::owed).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            BigDecimal paid = accounts.stream().map(FeeService.Account::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            BigDecimal due = accounts.stream().map(FeeService.Account::balance).filter(b -> b.signum() > 0)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            String article = "元，章程" + fees.article();
            lines.add(org.secretariat.exchange.StatisticsWorkbook.Line.amount("应缴会费", owed, article));
            lines.add(org.secretariat.exchange.StatisticsWorkbook.Line.amount("已缴会费", paid, "元，本年度收款合计"));
            lines.add(org.secretariat.exchange.StatisticsWorkbook.Line.amount("欠缴会费", due, "元，截至统计日"));
            lines.add(new org.secretariat.exchange.StatisticsWorkbook.Line("欠缴单位", accounts.stream()
                    .filter(a -> a.balance().signum() > 0).count(), "个"));
        }
        return lines;
    }

    public void writeStatistics(int year, java.nio.file.Path target) throws java.io.IOException {
        String org = db.fromTransaction(s -> java.util.Optional.ofNullable(s.find(Organisation.class, Organisation.SINGLE_ID))
                .map(Organisation::getName).orElse(charter.get().organisation().name()));
        new org.secretariat.exchange.StatisticsWorkbook().write(target, org + year + "年度统计表", statistics(year));
    }

    private void feesSection(Doc d, int year, CharterProfile p) {
        if (!fees.charged()) {
            d.paragraph("按章程" + Prose.article(p.fees().citation().article()) + "，本组织不收取会费。"
                    + (p.fees().citation().hasReading() ? Prose.tidy(p.fees().citation().reading()) : ""));
            return;
        }
        List<FeeService.Account> accounts = fees.accounts(year);
        BigDecimal owed = accounts.stream().map(FeeService.Account::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = accounts.stream().map(FeeService.Account::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        d.paragraph("按章程" + Prose.article(fees.article()) + "，本年度应收会员单位服务年费" + ChineseMoney.figures(owed) + "，实收"
                + ChineseMoney.figures(paid) + "，欠缴" + ChineseMoney.figures(owed.subtract(paid)) + "。收入及其使用情况向会员公布。");
        List<List<String>> rows = new ArrayList<>();
        for (FeeService.Account a : accounts) {
            rows.add(List.of(a.unitName(), a.tierName(), ChineseMoney.figures(a.owed()), ChineseMoney.figures(a.paid()),
                    ChineseMoney.figures(a.balance())));
        }
        d.table(List.of("单位", "级别", "应缴", "已缴", "欠缴"), rows, 6, 3, 3, 3, 3);
    }

    private static List<List<String>> tierRows(ReportFacts f, CharterProfile p) {
        List<List<String>> rows = new ArrayList<>();
        for (Tier t : p.tiers()) {
            rows.add(List.of(t.name(), Long.toString(f.tierAtStart().getOrDefault(t.id(), 0L)),
                    Long.toString(f.tierAtEnd().getOrDefault(t.id(), 0L))));
        }
        rows.add(List.of("合计", Long.toString(f.membersAtStart()), Long.toString(f.membersAtEnd())));
        return rows;
    }

    private static List<List<String>> typeRows(ReportFacts f) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitType t : UnitType.values()) {
            long a = f.typeAtStart().getOrDefault(t.name(), 0L);
            long b = f.typeAtEnd().getOrDefault(t.name(), 0L);
            if (a > 0 || b > 0) {
                rows.add(List.of(t.chineseName(), Long.toString(a), Long.toString(b)));
            }
        }
        rows.add(List.of("合计", Long.toString(f.membersAtStart()), Long.toString(f.membersAtEnd())));
        return rows;
    }

    private static LinkedHashMap<String, Long> typeCounts(ReportFacts f) {
        LinkedHashMap<String, Long> out = new LinkedHashMap<>();
        for (UnitType t : UnitType.values()) {
            long n = f.typeAtEnd().getOrDefault(t.name(), 0L);
            if (n > 0) {
                out.put(t.chineseName(), n);
            }
        }
        return out;
    }

    private static List<List<String>> changeRows(ReportFacts f, CharterProfile p) {
        List<List<String>> rows = new ArrayList<>();
        f.joined().forEach(j -> rows.add(List.of("入会", j.name(), ChineseDates.format(j.on()), j.note())));
        f.upgraded().forEach(u -> rows.add(List.of("晋升", u.name(), ChineseDates.format(u.on()), u.note())));
        f.withdrew().forEach(w -> rows.add(List.of("退出", w.name(), ChineseDates.format(w.on()), w.note())));
        f.expelled().forEach(e -> rows.add(List.of("除名", e.name(), ChineseDates.format(e.on()), e.note())));
        if (rows.isEmpty()) {
            rows.add(List.of("—", "本年度无变动", "—", "—"));
        }
        return rows;
    }

    /** 「十二家」: a count of member units in a sentence. */
    private static String units(long n) {
        return Prose.count(n) + "家";
    }

    /** 「本年新入会三家，退出一家」; 「本年无单位入会、退出或被除名」. */
    private static String changes(ReportFacts f) {
        List<String> parts = new ArrayList<>();
        String[] verbs = {"新入会", "退出", "除名"};
        int[] counts = {f.joined().size(), f.withdrew().size(), f.expelled().size()};
        for (int i = 0; i < verbs.length; i++) {
            if (counts[i] > 0) {
                parts.add(verbs[i] + units(counts[i]));
            }
        }
        return parts.isEmpty() ? "本年无单位入会、退出或被除名" : "本年" + String.join("，", parts);
    }

    private static String orNone(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "（未填写）" : b;
    }

}

package org.secretariat.service;

import org.secretariat.service.meetings.MotionService;

import org.secretariat.service.cases.CaseService;

import org.secretariat.service.roster.ImportService;

import org.secretariat.service.roster.FieldProblem;

import org.secretariat.service.meetings.MeetingDraft;

import org.secretariat.service.roster.RowProblem;

import org.secretariat.service.meetings.MotionDraft;

import org.secretariat.service.roster.ImportPreview;

import org.secretariat.service.roster.RosterService;

import org.secretariat.service.roster.PersonDraft;

import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.cli.Cli;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.i18n.Text;

/**
 * Charter scenarios at their boundaries, each driven through every route that can make the change
 * — a case, a meeting motion, the unit form, an import, a command — expecting the same verdict
 * (refused, warned or allowed) and the same article on each. Expectations come from the charter
 * texts (衡水 第八、十六、十九条, 新乡 第十四条（三）, CCEAA 第九条, 联席会议 第六条, CERRA 第十二條).
 */
class MembershipPathsTest {

    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    // --- the routes ---

    private static RouteVerdict viaCase(AppContext ctx, String procedure, long unit, List<String> recommenders) {
        CaseService.Opened o = ctx.cases().open(procedure, unit, DAY, recommenders);
        if (o.caseId() != null) {
            ctx.cases().cancel(o.caseId(), "测试后撤销");
        }
        return RouteVerdict.of("case", o.problems(), List.of());
    }

    private static RouteVerdict viaMotion(AppContext ctx, String body, MotionKind kind, Long unit, String tier, String office,
                                     String person) {
        long meeting = ctx.meetings().save(new MeetingDraft(null, body, null, DAY, "09:00", "会议室", "秘书处",
                MeetingKind.REGULAR, null));
        MotionService.Added a = ctx.motions().add(meeting, new MotionDraft("议题", kind, unit, tier, office, person, null,
                false));
        return RouteVerdict.of("motion", a.problems(), a.warnings());
    }

    private static RouteVerdict viaForm(AppContext ctx, long unit, Consumer<UnitDraft> change) {
        UnitDraft d = ctx.roster().draft(unit).orElseThrow();
        change.accept(d);
        RosterService.SaveResult r = ctx.roster().save(d);
        List<Text> refusals = r.saved() ? List.of() : r.problems().stream().filter(RosterService::stops)
                .map(FieldProblem::message).toList();
        List<Text> warnings = r.problems().stream().filter(p -> !RosterService.stops(p)).map(FieldProblem::message).toList();
        return RouteVerdict.of("form", refusals, warnings);
    }

    private static RouteVerdict viaImport(AppContext ctx, Path csv) throws Exception {
        ImportPreview p = ctx.importer().preview(ctx.importer().read(csv),
                ImportService.autoMapping(ctx.importer().read(csv)));
        List<Text> errors = p.problems().stream().filter(RowProblem::isError).map(RowProblem::message).toList();
        List<Text> warnings = p.problems().stream().filter(x -> !x.isError()).map(RowProblem::message).toList();
        return RouteVerdict.of("import", errors, warnings);
    }

    /** A command run as a clerk runs it, on the closed data folder; exit 2 is a refusal. */
    private RouteVerdict viaCommand(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(TestWorkspace.cliDataArgs(dir));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestWorkspace.CLOCK).run(all);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == 0 || code == 2, "exit " + code + ": " + text);
        return new RouteVerdict("command " + args[0] + " " + args[1], code == 2, code == 0 && !text.isBlank(), text);
    }

    private static long unit(AppContext ctx, String name, String code, MemberStatus status, String tier,
                             PersonDraft... people) {
        UnitDraft d = TestWorkspace.unit(name, code);
        d.status = status;
        d.tierId = tier;
        d.people.addAll(List.of(people));
        var r = ctx.roster().save(d);
        assertTrue(r.saved(), r.problems().toString());
        return r.id();
    }

    /** Units with a 理事 each, so the council is large enough for a standing council (衡水 第十六条). */
    private static void directors(AppContext ctx, int n) {
        for (int i = 1; i <= n; i++) {
            unit(ctx, "理事单位" + i, TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("理事" + i, "理事", LocalDate.of(2024, 1, 1), null));
        }
    }

    private static PersonDraft person(String name, String role, LocalDate start, LocalDate end) {
        return new PersonDraft(name, "", role, start, end, "", "");
    }

    private static Consumer<UnitDraft> addPerson(PersonDraft p) {
        return d -> d.people.add(p);
    }

    // --- the scenarios ---

    /** 衡水 第八条: only legal persons; an applicant with no credit code is not admitted by any route. */
    @Test
    void hengshuiAdmitsNoUnitWithoutProofOfLegalPersonOnAnyRoute() throws Exception {
        RouteVerdict viaCase;
        RouteVerdict viaMotion;
        RouteVerdict viaForm;
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long person = unit(ctx, "张三工作室", "", MemberStatus.APPLYING, "member");
            viaCase = viaCase(ctx, "admission", person, List.of());
            viaMotion = viaMotion(ctx, "council", MotionKind.ADMIT, person, null, null, null);
            viaForm = viaForm(ctx, person, d -> d.status = MemberStatus.MEMBER);
        }
        RouteVerdict viaCommand = viaCommand("roster", "set", "张三工作室", "--status", "会员");
        RouteVerdict.assertAllRefused("第八条", viaCase, viaMotion, viaForm, viaCommand);
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            assertEquals(MemberStatus.APPLYING, ctx.roster().draft(ctx.roster().list().get(0).id()).orElseThrow().status,
                    "nothing changed");
            long school = unit(ctx, "衡水某技工学校", TestWorkspace.legalPersonCode(), MemberStatus.APPLYING, "member");
            RouteVerdict.assertAllAllowed(viaCase(ctx, "admission", school, List.of()),
                    viaMotion(ctx, "council", MotionKind.ADMIT, school, null, null, null),
                    viaForm(ctx, school, d -> d.status = MemberStatus.MEMBER));
        }
    }

    /** 衡水 第八条 and GB 32100: a code starting 92 is a 个体工商户, not a legal person — refused everywhere, import too. */
    @Test
    void hengshuiRefusesASoleTraderByItsCodeOnEveryRoute() throws Exception {
        String trader = TestWorkspace.code("92131100MA", 1);
        String another = TestWorkspace.code("92131100MA", 2);
        Path csv = dir.resolveSibling(dir.getFileName() + "-traders.csv");
        Files.writeString(csv, "单位名称,统一社会信用代码,状态\n某某修理部," + another + ",会员\n", StandardCharsets.UTF_8);
        List<RouteVerdict> verdicts = new ArrayList<>();
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long applicant = unit(ctx, "某某汽修店", trader, MemberStatus.APPLYING, "member");
            verdicts.add(viaCase(ctx, "admission", applicant, List.of()));
            verdicts.add(viaMotion(ctx, "council", MotionKind.ADMIT, applicant, null, null, null));
            verdicts.add(viaForm(ctx, applicant, d -> d.status = MemberStatus.MEMBER));
            verdicts.add(viaImport(ctx, csv));
        }
        verdicts.add(viaCommand("roster", "set", "某某汽修店", "--status", "会员"));
        verdicts.add(viaCommand("roster", "import", csv.toString()));
        Files.deleteIfExists(csv);
        RouteVerdict.assertAllRefused("第八条", verdicts.toArray(RouteVerdict[]::new));
        for (RouteVerdict v : verdicts) {
            assertTrue(v.text().contains("个体工商户"), v.route() + ": " + v.text());
        }
    }

    /** 新乡 第十四条（三）1: a 理事单位 becomes 副理事长单位 only if it has a 理事; （三）: only from 理事单位. */
    @Test
    void xinxiangViceChairUnitNeedsADirectorAndTheCouncilTierOnEveryRoute() throws Exception {
        List<RouteVerdict> noDirector = new ArrayList<>();
        List<RouteVerdict> wrongTier = new ArrayList<>();
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long council = unit(ctx, "甲跨境公司", "", MemberStatus.MEMBER, "council-unit");
            noDirector.add(viaCase(ctx, "become-vice-chair-unit", council, List.of()));
            noDirector.add(viaMotion(ctx, "council", MotionKind.UPGRADE, council, "vice-chair-unit", null, null));
            noDirector.add(viaForm(ctx, council, d -> d.tierId = "vice-chair-unit"));
            long ordinary = unit(ctx, "乙跨境公司", "", MemberStatus.MEMBER, "member",
                    person("乙理事", "理事", DAY.minusYears(1), null));
            wrongTier.add(viaCase(ctx, "become-vice-chair-unit", ordinary, List.of()));
            wrongTier.add(viaMotion(ctx, "council", MotionKind.UPGRADE, ordinary, "vice-chair-unit", null, null));
            wrongTier.add(viaForm(ctx, ordinary, d -> d.tierId = "vice-chair-unit"));
            long ready = unit(ctx, "丙跨境公司", "", MemberStatus.MEMBER, "council-unit",
                    person("丙理事", "理事", DAY.minusYears(1), null));
            RouteVerdict.assertAllAllowed(viaCase(ctx, "become-vice-chair-unit", ready, List.of()),
                    viaMotion(ctx, "council", MotionKind.UPGRADE, ready, "vice-chair-unit", null, null),
                    viaForm(ctx, ready, d -> d.tierId = "vice-chair-unit"));
        }
        noDirector.add(viaCommand("roster", "set", "甲跨境公司", "--tier", "副理事长单位"));
        wrongTier.add(viaCommand("roster", "set", "乙跨境公司", "--tier", "副理事长单位"));
        RouteVerdict.assertAllRefused("第十四条（三）1", noDirector.toArray(RouteVerdict[]::new));
        RouteVerdict.assertAllRefused("第十四条（三）", wrongTier.toArray(RouteVerdict[]::new));
        for (RouteVerdict v : wrongTier) {
            assertTrue(v.text().contains("理事单位"), v.route() + ": " + v.text());
        }
    }

    /** 衡水 第十八至二十条: one 理事长; a second is not elected while the first one's term runs. */
    @Test
    void hengshuiElectsNoSecondChairWhileTheFirstServes() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            directors(ctx, 7);
            unit(ctx, "甲技师学院", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("王一", "理事", LocalDate.of(2024, 1, 1), null),
                    person("王一", "理事长", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
            long other = unit(ctx, "乙技工学校", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("李二", "理事", LocalDate.of(2024, 1, 1), null));
            RouteVerdict motion = viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, other, null, "chair", "李二");
            RouteVerdict form = viaForm(ctx, other, addPerson(person("李二", "理事长", DAY, null)));
            RouteVerdict.assertAllRefused("第十八、十九、二十条", motion, form);
            assertTrue(motion.text().contains("王一") && form.text().contains("王一"), motion.text());
        }
    }

    /** The same, at the boundary: the first 理事长's term ended the day before, so the election stands. */
    @Test
    void hengshuiElectsANewChairOnceTheFormerTermHasEnded() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            directors(ctx, 7);
            unit(ctx, "甲技师学院", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("王一", "理事", LocalDate.of(2024, 1, 1), null),
                    person("王一", "理事长", LocalDate.of(2021, 6, 18), DAY.minusDays(1)));
            long other = unit(ctx, "乙技工学校", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("李二", "理事", LocalDate.of(2024, 1, 1), null));
            RouteVerdict.assertAllAllowed(viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, other, null, "chair", "李二"),
                    viaForm(ctx, other, addPerson(person("李二", "理事长", DAY, null))));
        }
    }

    /** 衡水 第十九条: 连任不得超过两届, counted in terms: one row over ten years is two terms. */
    @Test
    void hengshuiCountsTermsServedNotRosterRows() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            directors(ctx, 7);
            long twice = unit(ctx, "甲技师学院", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("赵三", "理事", LocalDate.of(2016, 3, 14), null),
                    person("赵三", "理事长", LocalDate.of(2016, 3, 14), LocalDate.of(2026, 3, 13)));
            RouteVerdict motion = viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, twice, null, "chair", "赵三");
            RouteVerdict form = viaForm(ctx, twice, addPerson(person("赵三", "理事长", DAY, null)));
            RouteVerdict.assertAllRefused("第十九条", motion, form);
            assertTrue(motion.text().contains("2 届") && form.text().contains("2 届"), motion.text());
        }
    }

    /** The boundary: one term served (five years in one row) — the re-election stands. */
    @Test
    void hengshuiReElectsAChairWhoHasServedOneTerm() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            directors(ctx, 7);
            long once = unit(ctx, "乙技工学校", TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                    person("钱四", "理事", LocalDate.of(2016, 3, 14), null),
                    person("钱四", "理事长", LocalDate.of(2021, 3, 14), LocalDate.of(2026, 3, 13)));
            RouteVerdict.assertAllAllowed(viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, once, null, "chair", "钱四"),
                    viaForm(ctx, once, addPerson(person("钱四", "理事长", DAY, null))));
        }
    }

    /** 衡水 第十六条: 常务理事 一般不超过理事的三分之一 — with 31 理事 the 10th is fine, the 11th is warned. */
    @Test
    void hengshuiWarnsWhenTheStandingCouncilOutgrowsAThirdOfTheCouncil() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            List<Long> units = new ArrayList<>();
            for (int i = 1; i <= 31; i++) {
                List<PersonDraft> people = new ArrayList<>(List.of(person("理事" + i, "理事", LocalDate.of(2025, 1, 1), null)));
                if (i <= 9) {
                    people.add(person("理事" + i, "常务理事", LocalDate.of(2025, 1, 1), null));
                }
                units.add(unit(ctx, "成员单位" + i, TestWorkspace.legalPersonCode(), MemberStatus.MEMBER, "member",
                        people.toArray(PersonDraft[]::new)));
            }
            RouteVerdict.assertAllAllowed(viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, units.get(9), null, "standing-director",
                    "理事10"));
            RouteVerdict tenthByForm = viaForm(ctx, units.get(9), addPerson(person("理事10", "常务理事", DAY, null)));
            RouteVerdict.assertAllAllowed(tenthByForm);
            RouteVerdict eleventh = viaMotion(ctx, "council", MotionKind.ELECT_OFFICER, units.get(10), null, "standing-director",
                    "理事11");
            RouteVerdict eleventhByForm = viaForm(ctx, units.get(10), addPerson(person("理事11", "常务理事", DAY, null)));
            RouteVerdict.assertAllWarned("第十六条", eleventh, eleventhByForm);
            assertTrue(eleventh.text().contains("上限 10 人"), eleventh.text());
        }
    }

    /** 联席会议 第六条: 每成员单位原则上只推荐一名联络员 — a second current one is warned, not refused. */
    @Test
    void countyJointWarnsOfASecondLiaisonInOneUnit() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            long unit = unit(ctx, "某县人民政府", "", MemberStatus.MEMBER, "member",
                    person("周五", "联络员", LocalDate.of(2024, 1, 1), null));
            RouteVerdict motion = viaMotion(ctx, "joint-meeting", MotionKind.ELECT_OFFICER, unit, null, "liaison", "吴六");
            RouteVerdict form = viaForm(ctx, unit, addPerson(person("吴六", "联络员", DAY, null)));
            RouteVerdict.assertAllWarned("第六条", motion, form);
        }
    }

    /** CCEAA 第十二条（一）5: 每个成员单位设立一名联络员 — a second current one is refused; after the first's term, allowed. */
    @Test
    void cceaaKeepsOneLiaisonPerUnit() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cceaa")) {
            long unit = unit(ctx, "某电商公司", "", MemberStatus.MEMBER, "ordinary",
                    person("周五", "联络员", LocalDate.of(2024, 1, 1), null));
            RouteVerdict motion = viaMotion(ctx, "presidium", MotionKind.ELECT_OFFICER, unit, null, "liaison", "吴六");
            RouteVerdict form = viaForm(ctx, unit, addPerson(person("吴六", "联络员", DAY, null)));
            RouteVerdict.assertAllRefused("第十二条（一）5", motion, form);
            long other = unit(ctx, "另一电商公司", "", MemberStatus.MEMBER, "ordinary",
                    person("郑七", "联络员", LocalDate.of(2024, 1, 1), DAY.minusDays(1)));
            RouteVerdict.assertAllAllowed(viaForm(ctx, other, addPerson(person("王八", "联络员", DAY, null))));
        }
    }

    /** CCEAA 第九条（一）: a member's recommendation; without one no route admits the applicant. */
    @Test
    void cceaaAdmitsOnlyARecommendedApplicant() throws Exception {
        RouteVerdict viaCase;
        RouteVerdict viaForm;
        try (AppContext ctx = TestWorkspace.open(dir, "cceaa")) {
            unit(ctx, "成员甲", "", MemberStatus.MEMBER, "ordinary");
            long applicant = unit(ctx, "申请乙", "", MemberStatus.APPLYING, "ordinary");
            viaCase = viaCase(ctx, "admission", applicant, List.of("不在名单的单位"));
            viaForm = viaForm(ctx, applicant, d -> d.status = MemberStatus.MEMBER);
            RouteVerdict.assertAllAllowed(viaCase(ctx, "admission", applicant, List.of("成员甲")));
        }
        RouteVerdict viaCommand = viaCommand("roster", "set", "申请乙", "--status", "会员");
        RouteVerdict.assertAllRefused("第九条（一）", viaCase, viaForm, viaCommand);
    }

    /** CERRA 第十二條: only a member can be expelled; a unit that has left is refused on every route. */
    @Test
    void cerraExpelsOnlyACurrentMember() throws Exception {
        List<RouteVerdict> verdicts = new ArrayList<>();
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long gone = unit(ctx, "已退出的合作社", "", MemberStatus.WITHDRAWN, "member");
            verdicts.add(viaCase(ctx, "expulsion", gone, List.of()));
            verdicts.add(viaMotion(ctx, "presidium", MotionKind.EXPEL, gone, null, null, null));
            verdicts.add(viaForm(ctx, gone, d -> d.status = MemberStatus.EXPELLED));
        }
        verdicts.add(viaCommand("roster", "set", "已退出的合作社", "--status", "已除名"));
        for (RouteVerdict v : verdicts) {
            assertTrue(v.refused() && v.text().contains("不是在册会员"), v.route() + ": " + v.text());
        }
    }

    /** An import enters members as the form does: 衡水 warns of a missing code (第八条) and imports the row. */
    @Test
    void anImportedMemberWithoutCodeIsWarnedAsOnTheForm() throws Exception {
        Path csv = dir.resolveSibling(dir.getFileName() + "-roster.csv");
        Files.writeString(csv, "单位名称,统一社会信用代码,状态\n某培训中心,,会员\n", StandardCharsets.UTF_8);
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            RouteVerdict imported = viaImport(ctx, csv);
            UnitDraft d = TestWorkspace.unit("另一培训中心", "");
            var r = ctx.roster().save(d);
            RouteVerdict form = RouteVerdict.of("form", List.of(), r.problems().stream().map(FieldProblem::message).toList());
            assertTrue(r.saved());
            RouteVerdict.assertAllWarned("第八条", imported, form);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}

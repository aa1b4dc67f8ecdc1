package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.Sheet;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.TestWorkspace;

/** A roster whose tiers, types and statuses are called otherwise than in the charter: mapped once per value. */
class ImportValueMappingTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static final String ROSTER = "单位名称,会员级别,单位类型,状态\n"
            + "甲公司,钻石会员,企业,会员\n"
            + "乙公司,普通会员单位,民营企业,会员\n"
            + "丙公司,钻石会员,民营企业,正式会员\n"
            + "丁公司,钻石会员,企业,会员\n";

    @Test
    void anUnmappedValueIsOneErrorNamingAllItsRows() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            Sheet sheet = ctx.importer().read(csv("r.csv", ROSTER));
            ImportPreview p = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertEquals(3, p.errorCount(), p.problems().toString());
            assertEquals(3, p.unknownValues().size());
            Messages zh = Messages.forLanguage("zh");
            RowProblem tier = p.problems().stream().filter(q -> q.field().equals("tier")).findFirst().orElseThrow();
            assertEquals(2, tier.row());
            assertEquals(2, tier.column());
            assertTrue(zh.get(tier.message()).startsWith("会员级别「钻石会员」不在本章程中（第 2、4、5 行）；请在导入窗口中指定对应级别，或用 --map"),
                    zh.get(tier.message()));
            RowProblem type = p.problems().stream().filter(q -> q.field().equals("unitType")).findFirst().orElseThrow();
            assertEquals(3, type.row());
            assertTrue(zh.get(type.message()).contains("（第 3、4 行）"), zh.get(type.message()));
            assertFalse(p.canImport());
        }
    }

    @Test
    void aMappingImportsAndIsRememberedForThisCharterOnly() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            Sheet sheet = ctx.importer().read(csv("r.csv", ROSTER));
            ValueMapping values = ValueMapping.none().with(RosterField.TIER, "钻石会员", "理事单位")
                    .with(RosterField.UNIT_TYPE, "民营企业", "企业").with(RosterField.STATUS, "正式会员", "会员");
            ImportPreview p = ctx.importer().preview(sheet, ImportService.autoMapping(sheet), values, Progress.NONE);
            assertTrue(p.canImport(), p.problems().toString());
            assertTrue(p.unknownValues().stream().allMatch(ImportPreview.UnknownValue::isMapped));
            assertEquals(List.of(2, 4, 5), p.unknownValues().get(0).rows());
            assertEquals(4, ctx.importer().commit(p));
            UnitRow third = ctx.roster().list().stream().filter(r -> r.name().equals("丙公司")).findFirst().orElseThrow();
            assertEquals("理事单位", third.tierName());
            assertEquals(UnitType.ENTERPRISE, third.unitType());
            assertEquals(MemberStatus.MEMBER, third.status());

            // the next import of this charter finds the values mapped already
            ValueMapping remembered = ctx.importer().remembered();
            assertEquals("理事单位", remembered.target(RosterField.TIER, "钻石会员").orElseThrow());
            Sheet next = ctx.importer().read(csv("next.csv", "单位名称,会员级别\n戊公司,钻石会员\n"));
            ImportPreview again = ctx.importer().preview(next, ImportService.autoMapping(next));
            assertTrue(again.canImport(), again.problems().toString());
            assertEquals("理事单位", again.unknownValues().get(0).mappedTo());

            // another charter in the same folder does not inherit it
            var other = ctx.catalog().load("hengshui-tech");
            ImportService otherImporter = new ImportService(ctx.database(), ctx.roster(), () -> other, ctx.settings());
            assertTrue(otherImporter.remembered().isEmpty());
        }
    }

    @Test
    void aMappingToANameTheCharterDoesNotHaveIsStillAnError() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            Sheet sheet = ctx.importer().read(csv("r.csv", "单位名称,会员级别\n甲公司,钻石会员\n"));
            ValueMapping values = ValueMapping.none().with(RosterField.TIER, "钻石会员", "金牌会员");
            ImportPreview p = ctx.importer().preview(sheet, ImportService.autoMapping(sheet), values, Progress.NONE);
            assertEquals(1, p.errorCount());
            assertFalse(p.unknownValues().get(0).isMapped());
        }
    }

    @Test
    void aMappingFileReportsItsBadLines() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var parsed = ValueMapping.parse(List.of("列名,文件中的值,对应值", "会员级别,钻石会员,理事单位", "# 说明",
                    "单位类型=民营企业=企业", "联系人,王,李", "会员级别,金牌", "会员级别,金牌会员,金牌理事"),
                    ctx.charter().orElseThrow());
            assertEquals(List.of(5, 6, 7), parsed.problems().stream().map(ValueMapping.LineProblem::line).toList());
            assertEquals("企业", parsed.mapping().target(RosterField.UNIT_TYPE, "民营企业").orElseThrow());
            assertEquals("理事单位", parsed.mapping().target(RosterField.TIER, "钻石会员").orElseThrow());
        }
    }
}

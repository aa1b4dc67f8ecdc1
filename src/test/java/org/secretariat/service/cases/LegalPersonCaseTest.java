package org.secretariat.service.cases;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/** 衡水 第八条 admits legal persons only: the credit code's kind decides, or warns where it cannot. */
class LegalPersonCaseTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private static String code(String prefix, String org) {
        String first17 = prefix + "131100" + org;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static long applicant(AppContext ctx, String name, String creditCode) {
        UnitDraft d = TestWorkspace.unit(name, creditCode);
        d.status = MemberStatus.APPLYING;
        var saved = ctx.roster().save(d);
        assertTrue(saved.problems().isEmpty(), saved.problems().toString());
        return saved.id();
    }

    private static String zh(List<Text> texts) {
        return String.join("\n", texts.stream().map(ZH::get).toList());
    }

    @Test
    void hengshuiRefusesAnIndividualBusinessAndAdmitsCompaniesInstitutionsAndSocialOrganisations() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long shop = applicant(ctx, "桃城区某电脑维修部", code("92", "MA0000001"));
            var refused = ctx.cases().open("admission", shop, ON, List.of());
            assertNull(refused.caseId());
            String why = zh(refused.problems());
            assertTrue(why.contains("个体工商户不是法人") && why.contains("第八条"), why);
            assertEquals(1, refused.problems().size(), "one refusal, though 第八条 is cited twice in the profile: " + why);
            assertTrue(EN.get(refused.problems().get(0)).contains("个体工商户 is not a legal person"),
                    EN.get(refused.problems().get(0)));

            long company = applicant(ctx, "衡水某科技有限公司", code("91", "MA0000002"));
            var opened = ctx.cases().open("admission", company, ON, List.of());
            assertNotNull(opened.caseId(), zh(opened.problems()));
            String warning = zh(opened.warnings());
            assertTrue(warning.contains("企业中既有法人也有非法人组织") && warning.contains("第八条"), warning);

            long school = applicant(ctx, "衡水某职业学院", code("12", "MB0000003"));
            var institution = ctx.cases().open("admission", school, ON, List.of());
            assertNotNull(institution.caseId(), zh(institution.problems()));
            assertEquals(List.of(), institution.warnings());

            long society = applicant(ctx, "衡水市电子商务协会", code("51", "MJ0000004"));
            var association = ctx.cases().open("admission", society, ON, List.of());
            assertNotNull(association.caseId(), zh(association.problems()));
            assertEquals(List.of(), association.warnings());
        }
    }

    @Test
    void aPairOutsideTheTableWarnsWithItsCharacters() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "hengshui-tech")) {
            long unit = applicant(ctx, "某村民委员会", code("54", "MA0000005"));
            var opened = ctx.cases().open("admission", unit, ON, List.of());
            assertNotNull(opened.caseId(), zh(opened.problems()));
            assertTrue(zh(opened.warnings()).contains("前两位 54 不在 GB 32100 的类别表中"), zh(opened.warnings()));
        }
    }

    @Test
    void aCharterWithoutTheRuleNeitherRefusesNorWarns() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long shop = applicant(ctx, "新乡某个体网店", code("92", "MA0000006"));
            var opened = ctx.cases().open("admission", shop, ON, List.of());
            assertNotNull(opened.caseId(), zh(opened.problems()));
            assertEquals(List.of(), opened.warnings());
        }
    }
}

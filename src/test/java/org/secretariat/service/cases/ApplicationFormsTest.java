package org.secretariat.service.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Tier;
import org.secretariat.document.Doc;
import org.secretariat.document.FontSet;
import org.secretariat.document.PdfGeometry;
import org.secretariat.document.PdfRenderer;
import org.secretariat.document.WordRenderer;
import org.secretariat.service.TestWorkspace;

/** Each charter's forms, as printed: the declaration and fields of the procedure that asks for them, rows alike in PDF and Word. */
class ApplicationFormsTest {

    private static FontSet fonts;

    @BeforeAll
    static void fonts() {
        fonts = FontSet.discover();
    }

    private static CharterProfile profile(String id) throws Exception {
        return new CharterCatalog(Path.of("no-user-charters")).load(id);
    }

    private static ApplicationForms forms(CharterProfile p) {
        return new ApplicationForms(() -> p, () -> p.organisation().name());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder b = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            b.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return b.toString().replaceAll("\\s", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint"})
    void everyFormAProcedureNamesRendersWithTheDeclarationAndFieldsOfItsKind(String charterId) throws Exception {
        CharterProfile p = profile(charterId);
        ApplicationForms forms = forms(p);
        List<String> named = p.procedures().stream().flatMap(pr -> pr.steps().stream()).map(Procedure.Step::form)
                .filter(Objects::nonNull).distinct().toList();
        assertTrue(forms.formIds().containsAll(named), forms.formIds() + " covers " + named);
        String org = p.organisation().name();
        for (String id : forms.formIds()) {
            Doc doc = forms.form(id, null);
            byte[] pdf = new PdfRenderer(fonts).toBytes(doc);
            String text = pdfText(pdf);
            String word;
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new WordRenderer().toBytes(doc)));
                 XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
                word = ex.getText().replaceAll("\\s", "");
                for (XWPFTableRow row : d.getTables().get(0).getRows()) {
                    var h = row.getCtRow().getTrPr().getTrHeightArray(0);
                    assertEquals(567, ((java.math.BigInteger) h.getVal()).intValue(), 1, "10 mm minimum in Word");
                    assertEquals(STHeightRule.AT_LEAST, h.getHRule());
                }
            }
            for (int page = 1; page <= new PdfReader(pdf).getNumberOfPages(); page++) {
                List<Double> rules = PdfGeometry.of(pdf, page).solidHorizontalRules();
                for (int i = 1; i < rules.size(); i++) {
                    double height = rules.get(i) - rules.get(i - 1);
                    assertTrue(height >= ApplicationForms.ROW_MM - 0.1, id + " page " + page + " row " + i + ": " + height);
                }
            }
            var procedure = ApplicationForms.procedureOf(p, id);
            for (String t : List.of(text, word)) {
                assertTrue(t.contains("单位名称") && t.contains("统一社会信用代码") && t.contains("秘书处意见"), t);
                if (procedure.isPresent() && procedure.get().kind() == ProcedureKind.UPGRADE) {
                    Procedure pr = procedure.get();
                    String tier = p.tier(pr.toTier()).map(Tier::name).orElseThrow();
                    assertTrue(t.contains("本单位申请担任" + org + tier), id + ": " + t);
                    assertFalse(t.contains("自愿申请加入"), id + " is not the member form: " + t);
                    assertTrue(t.contains("现任级别"), t);
                    for (Procedure.Step s : pr.steps()) {
                        if ("applicant".equals(s.actor()) && s.form() == null) {
                            assertTrue(t.contains(ApplicationForms.material(s.name())), s.name() + " in " + t);
                        }
                    }
                } else {
                    assertTrue(t.contains("本单位自愿申请加入" + org), id + ": " + t);
                    assertTrue(t.contains("主营业务") && t.contains("营业执照"), t);
                    assertFalse(t.contains("申请担任"), t);
                }
            }
        }
    }

    @Test
    void theXinxiangDirectorFormAsksForTheAchievementsOfArticleFourteen() throws Exception {
        CharterProfile p = profile("xinxiang-cbec");
        String text = pdfText(new PdfRenderer(fonts).toBytes(forms(p).form("director-application", TestWorkspace.unit(
                "新乡职业技术学院", "12410700417750890K"))));
        assertTrue(text.contains("跨境电商联盟理事申请表"), text);
        assertTrue(text.contains("本单位申请担任新乡市跨境电商产教联盟理事单位"), text);
        assertTrue(text.contains("在电子商务行业所开展的工作及取得的主要成绩（章程第十四条第二项第3目）"), text);
        assertTrue(text.contains("理事会意见") && text.contains("联盟代表大会意见"), text);
        assertFalse(text.contains("职工人数"), text);
        String vice = pdfText(new PdfRenderer(fonts).toBytes(forms(p).form("vice-chair-application", null)));
        assertTrue(vice.contains("本单位申请担任新乡市跨境电商产教联盟副理事长单位"), vice);
        assertTrue(vice.contains("现任理事"), "第十四条（三）1: the applicant must be a 理事: " + vice);
        assertTrue(vice.contains("申请单位电子商务的行业地位、所开展的工作及取得的主要成绩"), vice);
    }
}

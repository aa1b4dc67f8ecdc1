package org.secretariat.service.cases;

import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.secretariat.document.DocumentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.Doc;
import org.secretariat.domain.UnitType;

/** The forms and letters written as .docx and .pdf and read back as a reader would: the text that is in the file. */
class LetterDocumentsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private static LetterDocuments letters(String charterId) throws Exception {
        CharterProfile profile = new CharterCatalog(Path.of("no-user-charters")).load(charterId);
        return new LetterDocuments(() -> profile, () -> profile.organisation().name(), TestWorkspace.CLOCK);
    }

    private static UnitDraft unit() {
        UnitDraft u = TestWorkspace.unit("新乡职业技术学院", "12410700417750890K");
        u.unitType = UnitType.TECHNICAL_SCHOOL;
        u.legalRepresentative = "王建国";
        u.address = "河南省新乡市红旗区";
        u.contactName = "李老师";
        u.phone = "0373-1234567";
        u.email = "";
        return u;
    }

    /** The document's text from the .docx (tables included) and from the PDF, whitespace removed. */
    private List<String> texts(LetterDocuments letters, Doc doc, String name) throws Exception {
        Path docx = dir.resolve(name + ".docx");
        Path pdf = dir.resolve(name + ".pdf");
        letters.write(doc, docx);
        letters.write(doc, pdf);
        return List.of(DocumentText.normalise(docxText(docx)), DocumentText.normalise(pdfText(pdf)));
    }

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private static String pdfText(Path file) throws Exception {
        PdfReader reader = new PdfReader(file.toString());
        try {
            StringBuilder b = new StringBuilder();
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(ex.getTextFromPage(p)).append('\n');
            }
            return b.toString();
        } finally {
            reader.close();
        }
    }

    private static void assertContains(List<String> texts, String... expected) {
        for (String text : texts) {
            for (String e : expected) {
                assertTrue(text.contains(e.replaceAll("\\s", "")), e + " in " + text);
            }
        }
    }

    @Test
    void theFilledFormCarriesTheFormsTitleTheUnitAndNoneWhereAFieldIsEmpty() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        List<String> texts = texts(letters, letters.applicationForm("member-application", unit()), "成员申请表");
        assertContains(texts, "跨境电商联盟成员申请表", "单位名称新乡职业技术学院", "统一社会信用代码12410700417750890K",
                "单位类型职业/技工院校", "法定代表人王建国", "电子邮箱无", "职工人数", "主营业务", "秘书处意见", "签字：", "盖章：", "日期：", "负责人签字",
                "附：营业执照（或法人登记证书）复印件");
        for (String text : texts) {
            assertFalse(text.contains("《跨境电商联盟成员申请表》"), "the title drops the 《》: " + text);
            assertFalse(text.contains("推荐单位"), "新乡 asks for no recommender: " + text);
        }
    }

    @Test
    void theBlankFormLeavesTheFieldsEmptyAndOffersTheUnitTypes() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        List<String> texts = texts(letters, letters.applicationForm("director-application", null), "理事申请表");
        assertContains(texts, "跨境电商联盟理事申请表", "单位名称统一社会信用代码", "□企业", "□职业/技工院校", "电子邮箱现任级别");
        for (String text : texts) {
            assertFalse(text.contains("电子邮箱无"), text);
        }
    }

    @Test
    void aCharterThatAsksForARecommenderGetsThatRowAndItsArticle() throws Exception {
        LetterDocuments letters = letters("cceaa");
        List<String> texts = texts(letters, letters.applicationForm("join-application", unit()), "入盟申请表");
        assertContains(texts, "中国跨境电子商务应用联盟入盟申请表", "推荐单位", "须经1家及以上成员单位推荐（章程第九条）", "附：营业执照");
    }

    @Test
    void aFormTheCharterNamesOnlyAs申请表GetsTheOrganisationsName() throws Exception {
        LetterDocuments letters = letters("cerra");
        Doc form = letters.applicationForm("application", null);
        assertEquals("中國電商鄉村振興聯盟申請表", form.titleText());
        assertThrows(IllegalArgumentException.class, () -> letters.applicationForm("no-such-form", null));
    }

    @Test
    void aCharterThatNamesNoFormGetsAGeneralApplicationForm() throws Exception {
        assertEquals("沿海与中西部县市区联席会议入会申请表", letters("county-joint").applicationForm("application", null).titleText());
    }

    @Test
    void theApprovalNoticeNamesTheUnitTheTierTheBodyAndTheArticle() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        Doc notice = letters.approvalNotice("新乡职业技术学院", "理事单位", DAY, "联盟代表大会", "第十四条（二）");
        assertContains(texts(letters, notice, "同意通知"), "关于同意新乡职业技术学院加入新乡市跨境电商产教联盟的通知",
                "经联盟代表大会于2026年6月18日审议", "依据《新乡市跨境电商产教联盟章程》第十四条第二项", "成为理事单位",
                "2026年11月21日");
    }

    @Test
    void aSingleCertificateIsNamedInTheSentenceNotListed() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        Doc expulsion = letters.exitNotice("新乡某公司", true, "连续两年未参加联盟活动", LocalDate.of(2026, 12, 1),
                "第十六条", List.of("XXKJ-2025-007"));
        List<String> texts = texts(letters, expulsion, "除名通知一证");
        assertContains(texts, "证书交回新乡市跨境电商产教联盟秘书处，证书编号为XXKJ-2025-007。", "该证书自2026年12月1日起不再有效");
        for (String text : texts) {
            assertFalse(text.contains("1.XXKJ"), "one number is not a list: " + text);
        }
    }

    @Test
    void theExitNoticeAsksForTheCertificatesBackByNumber() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        Doc withdrawal = letters.exitNotice("新乡职业技术学院", false, "你单位于2026年1月15日书面通知退出。",
                LocalDate.of(2026, 2, 15), "第十五条", List.of("XXKJ-2025-001", "XXKJ-2025-014"));
        assertContains(texts(letters, withdrawal, "退出通知"), "关于新乡职业技术学院退出新乡市跨境电商产教联盟的通知",
                "因你单位于2026年1月15日书面通知退出，依据《新乡市跨境电商产教联盟章程》第十五条",
                "自2026年2月15日起退出", "证书交回新乡市跨境电商产教联盟秘书处", "1.XXKJ-2025-001；",
                "2.XXKJ-2025-014。");
        Doc expulsion = letters.exitNotice("新乡某公司", true, "连续两年未参加联盟活动", LocalDate.of(2026, 12, 1),
                "第十六条", List.of());
        List<String> texts = texts(letters, expulsion, "除名通知");
        assertContains(texts, "关于终止新乡某公司成员资格的通知", "终止你单位的新乡市跨境电商产教联盟成员资格，予以除名", "第十六条");
        for (String text : texts) {
            assertFalse(text.contains("交回"), "no certificates to hand back: " + text);
        }
    }

    @Test
    void anExitNoticeWhoseEffectiveDayIsUncheckedAsksTheSecretariatToCheckIt() throws Exception {
        LetterDocuments letters = letters("xinxiang-cbec");
        Doc withdrawal = letters.exitNotice("新乡职业技术学院", false, "你单位于2026年12月10日书面通知退出。",
                LocalDate.of(2027, 1, 12), "第十五条", List.of(), "2027年节假日安排尚未录入，按周末计算，请核对");
        assertContains(texts(letters, withdrawal, "退出通知-待核对"), "自2027年1月12日起退出",
                "【秘书处核对后删除本段】2027年1月12日：2027年节假日安排尚未录入，按周末计算，请核对。");
    }

    @Test
    void theAdmissionEmailNamesTheUnitAndTheApprovalDate() throws Exception {
        LetterDocuments.Email mail = letters("cceaa").admissionEmail("上海某跨境电商有限公司", "张总", " zhang@example.cn ",
                DAY, "第十条（三）");
        assertEquals("zhang@example.cn", mail.to());
        assertTrue(mail.subject().contains("上海某跨境电商有限公司") && mail.subject().contains("2026年6月18日"), mail.subject());
        assertTrue(mail.body().startsWith("尊敬的张总："), mail.body());
        assertTrue(mail.body().contains("贵单位（上海某跨境电商有限公司）"), mail.body());
        assertTrue(mail.body().contains("已于2026年6月18日经审核通过"), mail.body());
        assertTrue(mail.body().contains("《中国跨境电子商务应用联盟章程》第十条（三）"), mail.body());
        assertTrue(mail.body().endsWith("中国跨境电子商务应用联盟秘书处\n2026年11月21日"), mail.body());
        String noHead = letters("cceaa").admissionEmail("上海某公司", "", "a@b.cn", DAY, "第十条").body();
        assertTrue(noHead.startsWith("尊敬的上海某公司负责人："), noHead);
    }
}

package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.secretariat.charter.CharterLoader;
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.Doc;
import org.secretariat.document.FontSet;
import org.secretariat.document.PdfGeometry;
import org.secretariat.document.PdfRenderer;
import org.secretariat.document.WordRenderer;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;

/** The sign-in sheet as printed: rows tall enough to sign, 身份 filled, the header on every page. */
class SignInSheetTest {

    private static final Map<Long, String> TIERS = Map.of(1L, "chair-unit", 2L, "council-unit", 3L, "member");

    static Doc sheet() throws Exception {
        CharterProfile p = new CharterLoader().load(Path.of("charters", "xinxiang-cbec.yaml"));
        List<MeetingView.Seat> seats = new ArrayList<>();
        seats.add(new MeetingView.Seat(1, 1L, null, "新乡学院", "新乡学院", true, AttendanceStatus.PRESENT, null, null));
        seats.add(new MeetingView.Seat(2, 1L, 9L, "张三（新乡学院，理事长、理事）", "新乡学院", true, AttendanceStatus.PRESENT,
                "张三", null));
        for (long i = 0; i < 18; i++) {
            long unit = i % 2 == 0 ? 2L : 3L;
            seats.add(new MeetingView.Seat(10 + i, unit, null, "单位" + i, "单位" + i, true, AttendanceStatus.PRESENT, null,
                    null));
        }
        seats.add(new MeetingView.Seat(40, 99L, null, "衡水技师学院", "衡水技师学院", false, AttendanceStatus.OBSERVER,
                "王秘书", null));
        MeetingView m = new MeetingView(1, "council", "理事会", "第一届理事会第二次会议", LocalDate.of(2026, 6, 18), "09:00",
                "新乡学院", null, MeetingKind.values()[0], false, null, seats, List.of(), null);
        return new SignInSheet(p, TIERS::get).doc(m, "2026年6月18日（星期四）09:00");
    }

    @Test
    void pdfRowsAreAtLeastTwelveMillimetresAndTheHeaderRepeats() throws Exception {
        byte[] pdf = new PdfRenderer(FontSet.discover()).toBytes(sheet());
        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 2, "21 rows of 12 mm take two landscape pages");
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            List<Double> rules = PdfGeometry.of(pdf, page).solidHorizontalRules();
            assertTrue(rules.size() >= 2, "a table on page " + page);
            for (int i = 1; i < rules.size(); i++) {
                double h = rules.get(i) - rules.get(i - 1);
                assertTrue(h >= SignInSheet.ROW_MM - 0.1, "row " + i + " on page " + page + " is " + h + " mm");
            }
            String text = new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s", "");
            assertTrue(text.contains("序号单位姓名身份签名备注"), "header on page " + page + ": " + text);
            assertFalse(text.contains("席位"), text);
        }
    }

    @Test
    void identityComesFromTheOfficeOrTheUnitsTier() throws Exception {
        PdfReader reader = new PdfReader(new PdfRenderer(FontSet.discover()).toBytes(sheet()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        assertTrue(text.contains("2新乡学院张三理事长、理事"), text);
        assertTrue(text.contains("1新乡学院理事长单位"), text);
        assertTrue(text.contains("3单位0理事单位"), text);
        assertTrue(text.contains("4单位1普通会员单位"), text);
        String all = text + new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()).replaceAll("\\s", "");
        assertTrue(all.contains("衡水技师学院王秘书列席"), all);
    }

    @Test
    void wordRowsHaveAnAtLeastTwelveMillimetreHeightAndARepeatedHeader() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new WordRenderer().toBytes(sheet())))) {
            XWPFTable t = d.getTables().get(0);
            assertEquals(22, t.getRows().size());
            assertTrue(t.getRow(0).isRepeatHeader());
            for (XWPFTableRow row : t.getRows()) {
                var h = row.getCtRow().getTrPr().getTrHeightArray(0);
                assertEquals(680, ((java.math.BigInteger) h.getVal()).intValue(), 1, "12 mm in twips");
                assertEquals(STHeightRule.AT_LEAST, h.getHRule());
            }
            assertEquals("身份", t.getRow(0).getCell(3).getText());
            assertEquals("理事单位", t.getRow(3).getCell(3).getText());
        }
    }

    @Test
    void aUnitSeatLabelIsNotReadAsAPerson() {
        assertEquals(null, SignInSheet.personAndOffices("新乡学院", "新乡学院"));
        assertEquals(List.of("张三", "理事"), List.of(SignInSheet.personAndOffices("张三（新乡学院，理事）", "新乡学院")));
    }
}

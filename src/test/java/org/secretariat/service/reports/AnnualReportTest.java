package org.secretariat.service.reports;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;

/** A year of records (joins, an exit, a meeting, fees) turned into the annual report, re-read from Word and PDF. */
class AnnualReportTest {

    @TempDir
    Path dir;

    private static long unit(AppContext ctx, String name, LocalDate joined, MemberStatus status) {
        UnitDraft d = TestWorkspace.unit(name, "");
        d.joinDate = joined;
        d.status = status;
        d.unitType = org.secretariat.domain.UnitType.GOVERNMENT;
        if (status == MemberStatus.MEMBER && joined.getYear() < 2026) {
            d.people.add(new PersonDraft(name.substring(0, 2) + "县长", "", "常务理事", LocalDate.of(2023, 3, 1), null, "", ""));
        }
        return ctx.roster().save(d).id();
    }

    private AppContext yearOfRecords() throws Exception {
        AppContext ctx = TestWorkspace.open(dir.resolve("data"), "county-joint");
        unit(ctx, "甲县人民政府", LocalDate.of(2024, 5, 1), MemberStatus.MEMBER);
        unit(ctx, "乙县人民政府", LocalDate.of(2025, 5, 1), MemberStatus.MEMBER);
        long leaving = unit(ctx, "丙县人民政府", LocalDate.of(2025, 6, 1), MemberStatus.MEMBER);
        unit(ctx, "丁区人民政府", LocalDate.of(2026, 3, 10), MemberStatus.MEMBER);
        long applicant = unit(ctx, "戊开发区管委会", LocalDate.of(2026, 4, 1), MemberStatus.APPLYING);
        UnitDraft d = ctx.roster().draft(leaving).orElseThrow();
        d.status = MemberStatus.WITHDRAWN;
        ctx.roster().save(d);
        long meeting = ctx.meetings().save(new MeetingDraft(null, "chair-office-meeting", "理事长办公会议", LocalDate.of(2026, 6, 18),
                null, "广州南沙", null, MeetingKind.REGULAR, null));
        ctx.meetings().recordAttendance(meeting, ctx.meetings().load(meeting).seats().stream()
                .map(s -> new MeetingService.AttendanceInput(s.attendanceId(), AttendanceStatus.PRESENT, null, null)).toList());
        ctx.fees().setRate(2026, "member", new BigDecimal("3000"));
        List<FeeService.Account> accounts = ctx.fees().accounts(2026);
        ctx.fees().pay(accounts.get(0).unitId(), 2026, new BigDecimal("3000"), LocalDate.of(2026, 3, 20), "转账", null);
        ctx.fees().pay(accounts.get(1).unitId(), 2026, new BigDecimal("1000.50"), LocalDate.of(2026, 4, 2), "现金", null);
        ctx.reports().saveNarrative(2026, Map.of("main-work", "举办第五十七次联席会议。", "problems", "", "next-year", "筹备换届。"));
        assertEquals(MemberStatus.APPLYING, ctx.roster().draft(applicant).orElseThrow().status);
        return ctx;
    }

    @Test
    void theFiguresOfTheYearComeFromTheRecords() throws Exception {
        try (AppContext ctx = yearOfRecords()) {
            ReportFacts f = ctx.reports().facts(2026);
            assertEquals(3, f.membersAtStart(), "甲, 乙, 丙 were members on 31 December 2025");
            assertEquals(3, f.membersAtEnd(), "甲, 乙, 丁 — 丙 withdrew, 戊 is still applying");
            assertEquals(List.of("丁区人民政府"), f.joined().stream().map(ReportFacts.Event::name).toList());
            assertEquals(List.of("丙县人民政府"), f.withdrew().stream().map(ReportFacts.Event::name).toList());
            assertEquals(1, f.meetings().size());
            assertEquals(2, f.officers().size(), "two 常务理事 serving at the year's end");
            assertTrue(f.officers().stream().allMatch(o -> o.get(3).startsWith("2023年3月至")),
                    "a term reads as a secretary writes it: " + f.officers());
        }
    }

    @Test
    void theReportInWordAndPdfCarriesTheTablesAndFigures() throws Exception {
        try (AppContext ctx = yearOfRecords()) {
            Path docx = dir.resolve("报告.docx");
            Path pdf = dir.resolve("报告.pdf");
            ctx.reports().write(2026, docx, ctx.documents());
            ctx.reports().write(2026, pdf, ctx.documents());
            String word;
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                word = ex.getText().replaceAll("\\s", "");
                assertEquals(2, doc.getAllPictures().size(), "two charts");
            }
            PdfReader reader = new PdfReader(pdf.toString());
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(new PdfTextExtractor(reader).getTextFromPage(p));
            }
            reader.close();
            String text = b.toString().replaceAll("\\s", "");
            for (String t : List.of(word, text)) {
                for (String expected : List.of("沿海与中西部县市区联席会议2026年度工作报告", "共有会员单位三家，年初三家",
                        "本年新入会一家，退出一家。", "本年度共召开会议一次，未作出决议。", "入会丁区人民政府2026年3月10日", "退出丙县人民政府",
                        "应收会员单位服务年费¥9,000.00，实收¥4,000.50，欠缴¥4,999.50", "理事长办公会议",
                        "举办第五十七次联席会议。", "筹备换届。", "2027年工作计划")) {
                    assertTrue(t.contains(expected), expected + " in " + t);
                }
            }
        }
    }

    @Test
    void theStatisticsTableAddsUnitAndIndividualMembers() throws Exception {
        try (AppContext ctx = yearOfRecords()) {
            Path xlsx = dir.resolve("统计.xlsx");
            ctx.reports().writeStatistics(2026, xlsx);
            try (InputStream in = Files.newInputStream(xlsx); XWPFDocumentless wb = new XWPFDocumentless(in)) {
                Row units = wb.row("单位会员");
                Row total = wb.row("会员总数");
                assertEquals(3, (int) units.getCell(1).getNumericCellValue());
                assertEquals(3, (int) total.getCell(1).getNumericCellValue());
                assertEquals(2, (int) wb.row("常务理事").getCell(1).getNumericCellValue());
            }
        }
    }

    @Test
    void receiptsAreNumberedAndWriteTheAmountInCapitals() throws Exception {
        try (AppContext ctx = yearOfRecords()) {
            List<FeeService.Payment> payments = ctx.fees().payments(2026);
            assertEquals(List.of("YHYZXBLX-SJ-2026-0001", "YHYZXBLX-SJ-2026-0002"),
                    payments.stream().map(FeeService.Payment::receiptNo).toList());
            Path receipt = dir.resolve("收据.docx");
            ctx.documents().write(ctx.fees().receipt(payments.get(1).id()), receipt);
            try (InputStream in = Files.newInputStream(receipt); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                String text = ex.getText();
                assertTrue(text.contains("人民币壹仟元伍角整"), text);
                assertTrue(text.contains("¥1,000.50"), text);
                assertTrue(text.contains("2026年度会员单位服务年费"), text);
            }
            assertThrows(ArithmeticException.class, () -> ctx.fees().pay(payments.get(0).id(), 2026, new BigDecimal("1.005"),
                    LocalDate.now(), null, null), "amounts are to the fen");
            assertTrue(ctx.fees().arrearsDue().stream().anyMatch(t -> t.key().equals("due.arrears")));
        }
    }

    /** A small reader for the statistics workbook: rows by their label. */
    private static final class XWPFDocumentless implements AutoCloseable {
        private final XSSFWorkbook wb;

        XWPFDocumentless(InputStream in) throws java.io.IOException {
            wb = new XSSFWorkbook(in);
        }

        Row row(String label) {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                    return r;
                }
            }
            throw new AssertionError("no row " + label);
        }

        @Override
        public void close() throws java.io.IOException {
            wb.close();
        }
    }
}

package org.secretariat.service.meetings;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.i18n.Messages;

/** The notice, sign-in sheet and minutes re-read as a reader would: the text that is in the file. */
class MeetingDocumentsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private MeetingView heldMeeting(AppContext ctx) {
        for (int i = 1; i <= 3; i++) {
            UnitDraft d = TestWorkspace.unit("技工学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", DAY.minusYears(1), null, "", ""));
            ctx.roster().save(d);
        }
        UnitDraft a = TestWorkspace.unit("衡水申请学校", TestWorkspace.legalPersonCode());
        a.status = MemberStatus.APPLYING;
        long applicant = ctx.roster().save(a).id();
        long id = ctx.meetings().save(new MeetingDraft(null, "council", "第一届理事会第二次会议", DAY, "09:00",
                "衡水技师学院会议室", "理事长", MeetingKind.REGULAR, null));
        MeetingView m = ctx.meetings().load(id);
        List<MeetingService.AttendanceInput> in = new ArrayList<>();
        in.add(new MeetingService.AttendanceInput(m.seats().get(0).attendanceId(), AttendanceStatus.PRESENT, null, null));
        in.add(new MeetingService.AttendanceInput(m.seats().get(1).attendanceId(), AttendanceStatus.PRESENT, "张副校长", null));
        in.add(new MeetingService.AttendanceInput(m.seats().get(2).attendanceId(), AttendanceStatus.LEAVE, null, null));
        ctx.meetings().recordAttendance(id, in);
        ctx.meetings().addObserver(id, "王秘书", "衡水技师学院");
        long item = ctx.motions().add(id, new MotionDraft("审议衡水申请学校入盟申请", MotionKind.ADMIT, applicant, null,
                null, null, null, false)).itemId();
        ctx.motions().add(id, MotionDraft.discussion("秘书处工作汇报"));
        return ctx.motions().recordTotals(item, 2, 0, 0);
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

    @Test
    void minutesRecordAttendanceQuorumAndEachResolutionWithItsArticle() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "hengshui-tech")) {
            MeetingView m = heldMeeting(ctx);
            var docs = ctx.meetingDocuments();
            Path docx = dir.resolve("纪要.docx");
            Path pdf = dir.resolve("纪要.pdf");
            docs.write(docs.minutes(m, Messages.forLanguage("zh")), docx);
            docs.write(docs.minutes(m, Messages.forLanguage("zh")), pdf);
            // a PDF's text comes back with line breaks as spaces, so whitespace is compared away
            for (String text : List.of(docxText(docx).replaceAll("\\s", ""), pdfText(pdf).replaceAll("\\s", ""))) {
                for (String expected : List.of("第一届理事会第二次会议纪要", "理事1（技工学校1，理事）", "理事2（技工学校2，理事；张副校长代）", "请假：",
                        "王秘书（衡水技师学院）", "应到三人，实到两人，达到三分之二以上，符合章程第十五条的规定，会议有效。",
                        "赞成2票，反对0票，弃权0票", "根据章程第十五条，须经出席成员三分之二以上同意，本项获得通过。",
                        "本项获得通过。衡水申请学校自2026年6月18日起成为会员。", "秘书处工作汇报")) {
                    assertTrue(text.contains(expected.replaceAll("\\s", "")), expected + " in " + text);
                }
            }
        }
    }

    @Test
    void theNoticeStatesTimePlaceAgendaAndTheQuorumRule() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "hengshui-tech")) {
            MeetingView m = heldMeeting(ctx);
            var docs = ctx.meetingDocuments();
            Path docx = dir.resolve("通知.docx");
            docs.write(docs.notice(m), docx);
            String text = docxText(docx);
            assertTrue(text.contains("关于召开第一届理事会第二次会议的通知"), text);
            assertTrue(text.contains("2026年6月18日（星期四）09:00"), text);
            assertTrue(text.contains("衡水技师学院会议室"), text);
            assertTrue(text.contains("（一）审议衡水申请学校入盟申请（表决）；"), text);
            assertTrue(text.contains("（二）秘书处工作汇报。"), text);
            assertTrue(text.contains("应到三人。根据章程第十五条，须有三分之二以上成员出席方能召开。"), text);
            assertTrue(text.contains("衡水技工秘〔2026〕1号") || text.matches("(?s).*秘〔2026〕1号.*"), text);
            assertTrue(text.contains("2026年11月21日印发"), text);
            Path sheet = dir.resolve("签到表.pdf");
            docs.write(docs.signIn(m), sheet);
            String signIn = pdfText(sheet).replaceAll("\\s", "");
            assertTrue(signIn.contains("签到表"), signIn);
            assertTrue(signIn.contains("技工学校3"), signIn);
            assertTrue(signIn.contains("列席"), signIn);
        }
    }
}

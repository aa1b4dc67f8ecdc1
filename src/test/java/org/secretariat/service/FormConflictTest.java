package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.Verdict;
import org.secretariat.i18n.Messages;
import org.secretariat.service.certificates.CertificateTemplates;
import org.secretariat.service.certificates.TemplateSettings;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService.AttendanceInput;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * The forms {@link EditConflictTest} leaves out, on two PCs over one database (decision 0018, 0022):
 * the organisation's details, an activity, a certificate template, the annual report's sections, an
 * agenda item's vote and a meeting's attendance. 王芳 saves at 10:05; 李明's older form is refused
 * naming her, her values stand, and his save after a reload goes through. A record 王芳 deleted is
 * refused as deleted, naming her.
 */
class FormConflictTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @TempDir
    Path dir;

    private TwoPcs pcs;
    private AppContext wang;
    private AppContext li;

    @BeforeEach
    void twoPcs() throws Exception {
        pcs = TwoPcs.open(dir);
        wang = pcs.wang;
        li = pcs.li;
    }

    @AfterEach
    void close() throws Exception {
        if (pcs != null) {
            pcs.close();
        }
    }

    private static void assertNamesWangAt1005(EditConflict conflict) {
        assertEquals("王芳", conflict.who());
        assertEquals("此记录已被 王芳 于 10:05 修改，请查看后再保存", ZH.get(conflict.text()));
    }

    @Test
    void theOrganisationsDetailsSavedOnAnotherPcRefuseTheOlderSettings() {
        SetupService.Loaded wangSees = wang.setupService().loaded().orElseThrow();
        SetupService.Loaded liSees = li.setupService().loaded().orElseThrow();
        SetupService.Details d = wangSees.details();
        assertEquals(List.of(), wang.setupService().update(new SetupService.Details(d.name(), d.shortName(), d.creditCode(),
                d.secretariatSeat(), d.address(), d.contactName(), "0373-1234567", d.email()), wangSees.version()));

        SetupService.Details liTyped = new SetupService.Details(d.name(), d.shortName(), d.creditCode(),
                d.secretariatSeat(), "新乡市人民路1号", d.contactName(), d.phone(), d.email());
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.setupService().update(liTyped, liSees.version())));
        SetupService.Loaded stored = li.setupService().loaded().orElseThrow();
        assertEquals("0373-1234567", stored.details().phone(), "王芳's phone stands");

        SetupService.Details again = new SetupService.Details(d.name(), d.shortName(), d.creditCode(),
                d.secretariatSeat(), "新乡市人民路1号", d.contactName(), stored.details().phone(), d.email());
        assertEquals(List.of(), li.setupService().update(again, stored.version()), "after the reload his save goes through");
        SetupService.Details both = wang.setupService().details().orElseThrow();
        assertEquals("0373-1234567", both.phone());
        assertEquals("新乡市人民路1号", both.address());
    }

    @Test
    void anActivitySavedOnAnotherPcRefusesTheOlderForm() {
        long id = wang.activities().save(new ActivityView(null, "跨境电商培训", "training", DAY, "会议室", null, List.of()));
        ActivityView wangSees = wang.activities().list().get(0);
        ActivityView liSees = li.activities().list().get(0);
        wang.activities().save(new ActivityView(id, wangSees.title(), "training", DAY, "二楼报告厅", null, List.of(),
                wangSees.version()));

        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.activities().save(new ActivityView(id,
                liSees.title(), "training", DAY, liSees.place(), "请带身份证", List.of(), liSees.version()))));
        ActivityView stored = li.activities().list().get(0);
        assertEquals("二楼报告厅", stored.place(), "王芳's place stands");
        assertEquals(null, stored.notes(), "李明's notes were not written");

        li.activities().save(new ActivityView(id, stored.title(), "training", DAY, stored.place(), "请带身份证", List.of(),
                stored.version()));
        ActivityView both = wang.activities().list().get(0);
        assertEquals("二楼报告厅", both.place());
        assertEquals("请带身份证", both.notes());
    }

    private static TemplateSettings withTitle(TemplateSettings t, String title) {
        return new TemplateSettings(t.kindId(), t.paper(), t.landscape(), t.border(), title, t.body(), t.showHolderLine(),
                t.issuer(), t.numberPattern(), t.orgCode(), t.titleFont(), t.bodyFont(), t.titleSize(), t.bodySize(),
                t.logoPng(), t.sealPng(), t.version());
    }

    @Test
    void aCertificateTemplateSavedOnAnotherPcRefusesTheOlderEditor() {
        String kind = wang.certificates().kinds().get(0).id();
        TemplateSettings wangSees = wang.certificateTemplates().settings(kind);
        TemplateSettings liSees = li.certificateTemplates().settings(kind);
        assertEquals(CertificateTemplates.NONE, liSees.version(), "both editors show the defaults");

        assertEquals(List.of(), wang.certificateTemplates().save(withTitle(wangSees, "会员证书（2027版）")));
        assertNamesWangAt1005(assertThrows(EditConflict.class,
                () -> li.certificateTemplates().save(withTitle(liSees, "会员单位证书"))));
        TemplateSettings stored = li.certificateTemplates().settings(kind);
        assertEquals("会员证书（2027版）", stored.title(), "王芳's title stands");

        assertEquals(List.of(), li.certificateTemplates().save(withTitle(stored, "会员单位证书")));
        assertEquals("会员单位证书", wang.certificateTemplates().settings(kind).title(), "after the reload his save goes in");
        TemplateSettings wangAgain = withTitle(stored, "会员证书");
        assertThrows(EditConflict.class, () -> wang.certificateTemplates().save(wangAgain), "and hers is refused in turn");
    }

    /**
     * Both PCs saw no text for a section and save at the same moment: 王芳's insert commits first and
     * 李明's breaks the unique key. That is the same refusal as a newer version, naming her.
     */
    @Test
    void aSectionInsertedOnAnotherPcMeanwhileIsTheSameRefusal() {
        var wangSees = wang.reports().narrativeForEditing(2026);
        Map<String, String> hers = new LinkedHashMap<>(wangSees.texts());
        hers.put("main-work", "全年举办培训六场。");
        wang.reports().saveNarrative(2026, hers, wangSees.versions());

        EditConflicts liConflicts = new EditConflicts(li.database(), li.audit());
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> liConflicts.guardInsert(
                org.secretariat.service.reports.AnnualReportService.NARRATIVE, 2026L,
                () -> li.database().inTransaction(s -> s.persist(
                        new org.secretariat.domain.ReportNarrative(2026, "main-work", "李明的文字")))))); // as his save would, had it read before her commit
        assertEquals("全年举办培训六场。", li.reports().narrative(2026).get("main-work"), "王芳's section stands");
    }

    @Test
    void theReportsSectionsSavedOnAnotherPcRefuseTheOlderText() {
        var wangSees = wang.reports().narrativeForEditing(2026);
        var liSees = li.reports().narrativeForEditing(2026);
        Map<String, String> hers = new LinkedHashMap<>(wangSees.texts());
        hers.put("main-work", "全年举办培训六场。");
        wang.reports().saveNarrative(2026, hers, wangSees.versions());

        Map<String, String> his = new LinkedHashMap<>(liSees.texts());
        his.put("problems", "会费收缴率偏低。");
        assertNamesWangAt1005(assertThrows(EditConflict.class,
                () -> li.reports().saveNarrative(2026, his, liSees.versions())));
        var stored = li.reports().narrativeForEditing(2026);
        assertEquals("全年举办培训六场。", stored.texts().get("main-work"), "王芳's section stands");
        assertEquals("", stored.texts().get("problems"), "李明's section was not written");

        Map<String, String> again = new LinkedHashMap<>(stored.texts());
        again.put("problems", "会费收缴率偏低。");
        li.reports().saveNarrative(2026, again, stored.versions());
        Map<String, String> both = wang.reports().narrative(2026);
        assertEquals("全年举办培训六场。", both.get("main-work"));
        assertEquals("会费收缴率偏低。", both.get("problems"));
    }

    /** A council meeting with three directors seated. */
    private long councilMeeting() {
        String tier = wang.charter().orElseThrow().entryTier().id();
        for (int i = 1; i <= 3; i++) {
            UnitDraft d = TestWorkspace.unit("新乡某电商公司" + i, TestWorkspace.legalPersonCode());
            d.tierId = tier;
            d.status = MemberStatus.MEMBER;
            d.people.add(new PersonDraft("理事" + i, "", "理事", DAY.minusYears(1), null, "", ""));
            assertTrue(wang.roster().save(d).saved());
        }
        long id = wang.meetings().save(new MeetingDraft(null, "council", "第一届理事会第三次会议", DAY, "09:00", "会议室",
                "秘书处", MeetingKind.REGULAR, ""));
        assertEquals(3, wang.meetings().load(id).seats().size(), "three seats");
        return id;
    }

    private static List<AttendanceInput> marked(MeetingView m, int seat, AttendanceStatus status) {
        List<AttendanceInput> in = new ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            MeetingView.Seat s = m.seats().get(i);
            in.add(new AttendanceInput(s.attendanceId(), i == seat ? status : s.status(), s.attendeeName(), s.remarks(),
                    s.version()));
        }
        return in;
    }

    @Test
    void attendanceRecordedOnAnotherPcRefusesTheOlderTable() {
        long id = councilMeeting();
        MeetingView wangSees = wang.meetings().load(id);
        MeetingView liSees = li.meetings().load(id);
        wang.meetings().recordAttendance(id, marked(wangSees, 0, AttendanceStatus.PRESENT));

        assertNamesWangAt1005(assertThrows(EditConflict.class,
                () -> li.meetings().recordAttendance(id, marked(liSees, 1, AttendanceStatus.PRESENT))));
        MeetingView stored = li.meetings().load(id);
        assertEquals(AttendanceStatus.PRESENT, stored.seats().get(0).status(), "王芳's seat stands");
        assertEquals(AttendanceStatus.ABSENT, stored.seats().get(1).status(), "李明's seat was not written");

        MeetingView after = li.meetings().recordAttendance(id, marked(stored, 1, AttendanceStatus.PRESENT));
        assertEquals(2, after.presentCount(), "after the reload both seats are present");
        assertEquals(2, li.meetings().recordAttendance(id, marked(after, 2, AttendanceStatus.LEAVE)).presentCount(),
                "and the table's next save, at the versions it got back, goes through");
    }

    @Test
    void aVoteRecordedOnAnotherPcRefusesTheOlderAgenda() {
        long id = councilMeeting();
        MeetingView m = wang.meetings().load(id);
        List<AttendanceInput> all = new ArrayList<>();
        m.seats().forEach(s -> all.add(new AttendanceInput(s.attendanceId(), AttendanceStatus.PRESENT, null, null, s.version())));
        wang.meetings().recordAttendance(id, all);
        long item = wang.motions().add(id, MotionDraft.general("审议年度工作计划")).itemId();
        MeetingView.Item wangSees = wang.meetings().load(id).agenda().get(0);
        MeetingView.Item liSees = li.meetings().load(id).agenda().get(0);

        assertEquals(Verdict.PASSED, wang.motions().recordTotals(item, 3, 0, 0, wangSees.version()).agenda().get(0).verdict());
        assertNamesWangAt1005(assertThrows(EditConflict.class,
                () -> li.motions().recordTotals(item, 1, 2, 0, liSees.version())));
        MeetingView.Item stored = li.meetings().load(id).agenda().get(0);
        assertEquals(3, stored.yes(), "王芳's tally stands");

        MeetingView.Item corrected = li.motions().correct(item, 1, 2, 0, "计票有误", stored.version()).agenda().get(0);
        assertEquals(Verdict.FAILED, corrected.verdict(), "after the reload his correction goes through");
        assertThrows(EditConflict.class, () -> wang.motions().correct(item, 2, 1, 0, "再核", wangSees.version()));
    }

    @Test
    void aRecordDeletedOnAnotherPcIsRefusedAsDeletedNamingWho() {
        UnitDraft d = TestWorkspace.unit("鹤壁某外贸公司", "");
        long unit = wang.roster().save(d).id();
        UnitDraft liForm = li.roster().draft(unit).orElseThrow();
        long activity = wang.activities().save(new ActivityView(null, "企业走访", "visit", DAY, null, null, List.of()));
        ActivityView liActivity = li.activities().list().get(0);
        long meeting = wang.meetings().save(new MeetingDraft(null, "council", "理事会临时会议", DAY, "09:00", "会议室",
                "秘书处", MeetingKind.REGULAR, ""));
        MeetingView liMeeting = li.meetings().load(meeting);

        assertTrue(wang.roster().delete(unit));
        wang.activities().delete(activity);
        wang.meetings().delete(meeting);

        liForm.phone = "0392-1234567";
        RecordDeleted gone = assertThrows(RecordDeleted.class, () -> li.roster().save(liForm));
        assertEquals("此记录已被 王芳 于 10:05 删除，请刷新后再操作", ZH.get(gone.text()));
        assertEquals("This record was deleted by 王芳 at 10:05; refresh before going on.",
                Messages.forLanguage("en").get(gone.text()));
        RecordDeleted activityGone = assertThrows(RecordDeleted.class, () -> li.activities().save(new ActivityView(activity,
                "企业走访", "visit", DAY, "鹤壁", null, List.of(), liActivity.version())));
        assertEquals("王芳", activityGone.who());
        assertEquals("王芳", assertThrows(RecordDeleted.class, () -> li.meetings().save(new MeetingDraft(meeting, "council",
                liMeeting.title(), DAY, "14:00", "会议室", "秘书处", MeetingKind.REGULAR, "", liMeeting.version()))).who());
        assertEquals("此记录已被删除，请刷新后再操作", ZH.get(new RecordDeleted("Activity", 99L, null, null).text()),
                "a deletion the trail does not name");
    }
}

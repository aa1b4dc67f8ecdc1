package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Messages;
import org.secretariat.service.cases.CaseView;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * Two PCs on one database (issue 17 point 2, decision 0018): 王芳's app and 李明's app open the same
 * data (the H2 file shared through the window's AUTO_SERVER, or one PostgreSQL database), both read
 * the same record, 王芳 saves first at 10:05; 李明's save is refused naming her and the time, and
 * nothing of hers is lost. A second save after the reload goes through.
 */
class EditConflictTest {

    private static final Messages ZH = Messages.forLanguage("zh");

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
        assertEquals("This record was changed by 王芳 at 10:05; review it before saving.",
                Messages.forLanguage("en").get(conflict.text()));
    }

    private long unit(String name) {
        UnitDraft d = TestWorkspace.unit(name, "");
        d.people.add(new PersonDraft("张伟", "", "联络人", null, null, "13800000000", ""));
        return wang.roster().save(d).id();
    }

    @Test
    void aUnitSavedOnAnotherPcRefusesTheOlderFormAndKeepsTheNewerSave() {
        long id = unit("郑州某物流公司");
        UnitDraft wangForm = wang.roster().draft(id).orElseThrow();
        UnitDraft liForm = li.roster().draft(id).orElseThrow();
        UnitDraft liLoaded = li.roster().draft(id).orElseThrow();

        wangForm.phone = "0371-66666666";
        assertTrue(wang.roster().save(wangForm).saved());

        liForm.address = "郑州市金水路1号";
        EditConflict refused = assertThrows(EditConflict.class, () -> li.roster().save(liForm));
        assertNamesWangAt1005(refused);
        UnitDraft stored = li.roster().draft(id).orElseThrow();
        assertEquals("0371-66666666", stored.phone, "王芳's phone is kept");
        assertEquals("", stored.address, "李明's address was not written");

        UnitDraft again = UnitDraft.rebase(liForm, liLoaded, stored);
        assertEquals("郑州市金水路1号", again.address, "what 李明 typed stays in the form");
        assertEquals("0371-66666666", again.phone, "and the field he did not touch shows 王芳's value");
        assertTrue(li.roster().save(again).saved(), "the second save, at the fresh version, goes through");
        UnitDraft both = wang.roster().draft(id).orElseThrow();
        assertEquals("0371-66666666", both.phone);
        assertEquals("郑州市金水路1号", both.address);
    }

    @Test
    void aPersonChangedOnAnotherPcRefusesTheOlderChangeToThePeople() {
        long id = unit("开封某文化公司");
        UnitDraft wangForm = wang.roster().draft(id).orElseThrow();
        UnitDraft liForm = li.roster().draft(id).orElseThrow();

        wangForm.people.add(new PersonDraft("刘洋", "", "法定代表人", null, null, "", ""));
        assertTrue(wang.roster().save(wangForm).saved());

        PersonDraft p = liForm.people.get(0);
        liForm.people.set(0, new PersonDraft(p.name(), p.title(), p.role(), null, null, "13900000000", ""));
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.roster().save(liForm)));
        List<PersonDraft> people = wang.roster().draft(id).orElseThrow().people;
        assertEquals(List.of("张伟", "刘洋"), people.stream().map(PersonDraft::name).toList(), "王芳's new person is kept");
        assertEquals("13800000000", people.get(0).phone(), "李明's phone was not written");
    }

    @Test
    void aCaseStepRecordedOnAnotherPcRefusesTheOlderScreen() {
        UnitDraft d = TestWorkspace.unit("洛阳某电商公司", "");
        d.status = MemberStatus.APPLYING;
        d.tierId = wang.charter().orElseThrow().entryTier().id();
        long unit = wang.roster().save(d).id();
        long admission = wang.cases().open("admission", unit, LocalDate.of(2026, 11, 2), List.of()).caseId();
        CaseView.Step wangSees = wang.cases().load(admission).nextStep();
        CaseView.Step liSees = li.cases().load(admission).nextStep();
        assertEquals("review", liSees.stepId());

        assertEquals(List.of(), wang.caseSteps().record(admission, wangSees.stepId(), LocalDate.of(2026, 11, 20), "秘书处",
                StepDecision.APPROVED, "材料齐全", null, wangSees.version()));
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.caseSteps().record(admission, liSees.stepId(),
                LocalDate.of(2026, 11, 21), "秘书处", StepDecision.REJECTED, "材料不全", null, liSees.version())));
        CaseView.Step stored = li.cases().load(admission).steps().stream().filter(x -> x.stepId().equals("review"))
                .findFirst().orElseThrow();
        assertEquals(StepDecision.APPROVED, stored.decision(), "王芳's decision stands");
        assertEquals("材料齐全", stored.remarks());
        assertEquals(MemberStatus.MEMBER, li.roster().draft(unit).orElseThrow().status);
    }

    @Test
    void aFeeRateSetOnAnotherPcRefusesTheOlderScreen() {
        assertEquals(java.util.Map.of(), li.fees().rateVersions(2026));
        wang.fees().setRate(2026, "member", new BigDecimal("2000"));
        var wangSees = wang.fees().rateVersions(2026);
        var liSees = li.fees().rateVersions(2026);

        wang.fees().setRate(2026, "member", new BigDecimal("3000"), wangSees.get("member"));
        assertNamesWangAt1005(assertThrows(EditConflict.class,
                () -> li.fees().setRate(2026, "member", new BigDecimal("5000"), liSees.get("member"))));
        assertEquals(new BigDecimal("3000.00"), li.fees().rates(2026).get("member"), "王芳's rate stands");

        li.fees().setRate(2026, "member", new BigDecimal("5000"), li.fees().rateVersions(2026).get("member"));
        assertEquals(new BigDecimal("5000.00"), wang.fees().rates(2026).get("member"), "after a reload 李明's rate goes in");
    }

    @Test
    void aRateFirstSetOnAnotherPcRefusesAScreenThatShowedNone() {
        wang.fees().setRate(2027, "member", new BigDecimal("3000"), FeeService.NO_RATE);
        EditConflict refused = assertThrows(EditConflict.class,
                () -> li.fees().setRate(2027, "member", new BigDecimal("5000"), FeeService.NO_RATE));
        assertNamesWangAt1005(refused);
        assertEquals(new BigDecimal("3000.00"), li.fees().rates(2027).get("member"));
    }

    @Test
    void aChangeBetweenTheReadAndTheCommitIsCaughtAtFlushAndNamedTheSameWay() {
        long id = unit("安阳某印刷公司");
        UnitDraft wangForm = wang.roster().draft(id).orElseThrow();
        EditConflicts conflicts = new EditConflicts(li.database(), li.audit());
        EditConflict refused = assertThrows(EditConflict.class, () -> conflicts.guard("MemberUnit", id,
                () -> li.database().inTransaction(s -> {
                    MemberUnit u = s.find(MemberUnit.class, id); // 李明's session reads the unit …
                    wangForm.phone = "0372-5555555";
                    assertTrue(wang.roster().save(wangForm).saved()); // … 王芳 commits a newer one …
                    u.setPhone("0372-1111111"); // … and his flush finds the row moved on
                })));
        assertNamesWangAt1005(refused);
        assertEquals("0372-5555555", li.roster().draft(id).orElseThrow().phone);
    }

    @Test
    void aMeetingChangedOnAnotherPcRefusesTheOlderDetails() {
        LocalDate day = LocalDate.of(2026, 12, 10);
        long id = wang.meetings().save(new MeetingDraft(null, "council", "第一届理事会第三次会议", day, "09:00", "会议室",
                "秘书处", MeetingKind.REGULAR, ""));
        MeetingView wangSees = wang.meetings().load(id);
        MeetingView liSees = li.meetings().load(id);
        wang.meetings().save(new MeetingDraft(id, "council", wangSees.title(), day, "14:30", "会议室", "秘书处",
                MeetingKind.REGULAR, "", wangSees.version()));
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.meetings().save(new MeetingDraft(id, "council",
                liSees.title(), day, "09:00", "二楼会议室", "秘书处", MeetingKind.REGULAR, "", liSees.version()))));
        MeetingView stored = li.meetings().load(id);
        assertEquals("14:30", stored.startTime(), "王芳's time stands");
        assertEquals("会议室", stored.place(), "李明's place was not written");
    }

    @Test
    void aPersonsPhoneChangedOnAnotherPcMovesTheUnitsVersionOn() {
        long id = unit("焦作某旅游公司");
        UnitDraft wangForm = wang.roster().draft(id).orElseThrow();
        UnitDraft liForm = li.roster().draft(id).orElseThrow();
        PersonDraft p = wangForm.people.get(0);
        wangForm.people.set(0, new PersonDraft(p.name(), p.title(), p.role(), null, null, "13700000000", ""));
        assertTrue(wang.roster().save(wangForm).saved()); // nothing of the unit row itself changes

        liForm.remarks = "年会请假";
        assertNamesWangAt1005(assertThrows(EditConflict.class, () -> li.roster().save(liForm)));
        assertEquals("13700000000", li.roster().draft(id).orElseThrow().people.get(0).phone());
    }
}

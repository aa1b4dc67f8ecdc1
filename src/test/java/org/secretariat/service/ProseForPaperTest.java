package org.secretariat.service;

import org.secretariat.document.DocumentText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.Block;
import org.secretariat.document.Doc;
import org.secretariat.document.TextStyle;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.service.filing.Filing;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

/**
 * The notices and minutes of every body of every charter, read as a secretary proofreads them:
 * sentences, not the window's status lines; full-width punctuation without ASCII spaces next to
 * Chinese; no brackets inside brackets; the agenda's 「；」 and 「。」; an exit notice's real reason;
 * a 发文字号 under each notice's title, given once and rising; the 版记 at the end.
 */
class ProseForPaperTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);
    private static final Pattern NUMBER = Pattern.compile("〔2026〕(\\d+)号");
    private static final Pattern SPACE_BY_CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef][ \\u00a0]|[ \\u00a0][\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    private static final List<String> STATUS_LINES = List.of("出席 ", "/ 应到", "— 达到", "— 通过", "— 未通过", "未规定：",
            "（章程未规定", "需 ", "以出席 ", "因联盟成员退出");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cceaa", "cerra", "county-joint", "hengshui-tech", "xinxiang-cbec"})
    void noticesAndMinutesReadAsASecretaryWritesThem(String charterId) throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), charterId)) {
            CharterProfile p = ctx.charter().orElseThrow();
            ctx.settings().set(Filing.COPIES_TO, "各成员单位，市民政局");
            List<Long> units = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                UnitDraft d = TestWorkspace.unit("成员单位" + i, TestWorkspace.legalPersonCode());
                d.tierId = p.entryTier().id();
                d.people.add(new PersonDraft("代表" + i, "", "主任", DAY.minusYears(1), null, "", ""));
                units.add(ctx.roster().save(d).id());
            }
            List<Integer> numbers = new ArrayList<>();
            int meetings = 0;
            for (Body body : p.bodies()) {
                long id = ctx.meetings().save(new MeetingDraft(null, body.id(), body.name() + "2026年第 1 次会议", DAY, "09:00",
                        "联盟 会议室", "秘书处", MeetingKind.REGULAR, null));
                MeetingView m = ctx.meetings().load(id);
                List<MeetingService.AttendanceInput> in = new ArrayList<>();
                for (int i = 0; i < m.seats().size(); i++) {
                    in.add(new MeetingService.AttendanceInput(m.seats().get(i).attendanceId(),
                            i == 0 && m.seats().size() > 2 ? AttendanceStatus.LEAVE : AttendanceStatus.PRESENT, null, null));
                }
                ctx.meetings().recordAttendance(id, in);
                ctx.motions().add(id, MotionDraft.discussion("秘书处 2026 年工作汇报。"));
                Long item = ctx.motions().add(id, MotionDraft.general("审议 2027 年工作计划")).itemId();
                m = ctx.meetings().load(id);
                if (item != null && m.presentCount() > 0) {
                    m = ctx.motions().recordTotals(item, (int) m.presentCount(), 0, 0);
                }
                Doc notice = ctx.meetingDocuments().notice(m);
                checkProse(notice, charterId + "/" + body.id() + " notice");
                checkAgenda(notice);
                numbers.add(number(notice));
                assertEquals(numbers.get(numbers.size() - 1), number(ctx.meetingDocuments().notice(m)),
                        "a notice written again keeps its number");
                checkImprint(notice);
                Doc minutes = ctx.meetingDocuments().minutes(m);
                checkProse(minutes, charterId + "/" + body.id() + " minutes");
                if (!m.seats().isEmpty()) {
                    String all = text(minutes);
                    assertTrue(all.contains("应到") && all.contains("实到"), all);
                }
                meetings++;
            }
            assertTrue(meetings > 0);
            Doc withdrawal = ctx.letters().exitNotice("成员单位1", false, procedureName(p, "WITHDRAWAL"), DAY, "第十四条（二）",
                    List.of());
            checkProse(withdrawal, charterId + " withdrawal");
            assertTrue(text(withdrawal).contains("经你单位申请，依据"), text(withdrawal));
            numbers.add(number(withdrawal));
            Doc expulsion = ctx.letters().exitNotice("成员单位2", true, "连续两年未参加联盟活动。", DAY, "第十四条（二）",
                    List.of("XX-2026-001"));
            checkProse(expulsion, charterId + " expulsion");
            assertTrue(text(expulsion).contains("因连续两年未参加联盟活动，依据"), text(expulsion));
            assertTrue(text(expulsion).contains("章程》第十四条第二项"), text(expulsion));
            numbers.add(number(expulsion));
            checkImprint(expulsion);
            for (String ext : List.of("pdf", "docx")) {
                Path file = dir.resolve(charterId + "-expulsion." + ext);
                ctx.letters().write(expulsion, file);
                String printed = DocumentText.of(file);
                for (String expected : List.of("秘〔2026〕" + numbers.get(numbers.size() - 1) + "号", "抄送：各成员单位，市民政局。",
                        "秘书处", "2026年11月21日印发", "因连续两年未参加联盟活动")) {
                    assertTrue(printed.contains(expected), ext + ": " + expected + " in " + printed);
                }
            }
            for (int i = 1; i < numbers.size(); i++) {
                assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "numbers rise one by one: " + numbers);
            }
        }
    }

    private static String procedureName(CharterProfile p, String kind) {
        return p.procedures().stream().filter(x -> x.kind() != null && x.kind().name().equals(kind)).map(x -> x.name())
                .findFirst().orElse(null);
    }

    private static List<Block.Text> texts(Doc d) {
        return d.blocks().stream().filter(Block.Text.class::isInstance).map(Block.Text.class::cast).toList();
    }

    private static String text(Doc d) {
        StringBuilder b = new StringBuilder();
        texts(d).forEach(t -> b.append(t.text()).append('\n'));
        return b.toString();
    }

    private static void checkProse(Doc d, String what) {
        for (Block.Text t : texts(d)) {
            String s = t.text();
            for (String status : STATUS_LINES) {
                assertFalse(s.contains(status), what + ": status line «" + status + "» in " + s);
            }
            assertFalse(SPACE_BY_CJK.matcher(s).find(), what + ": ASCII space next to Chinese in «" + s + "»");
            int depth = 0;
            for (char c : s.toCharArray()) {
                depth += c == '（' ? 1 : c == '）' ? -1 : 0;
                assertTrue(depth <= 1, what + ": brackets inside brackets in «" + s + "»");
            }
        }
    }

    private static void checkAgenda(Doc notice) {
        List<Block.Text> all = texts(notice);
        int at = 0;
        while (!all.get(at).text().equals("三、会议议程")) {
            at++;
        }
        List<String> items = new ArrayList<>();
        for (int i = at + 1; i < all.size() && all.get(i).style() == TextStyle.BODY && all.get(i).text().startsWith("（"); i++) {
            items.add(all.get(i).text());
        }
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).endsWith("；"), items.get(0));
        assertTrue(items.get(1).endsWith("。"), items.get(1));
        assertFalse(items.get(0).contains("。；"), items.get(0));
    }

    /** The 发文字号 under the title. */
    private static int number(Doc d) {
        Block.Text sub = texts(d).stream().filter(t -> t.style() == TextStyle.SUBTITLE).findFirst().orElseThrow();
        Matcher m = NUMBER.matcher(sub.text());
        assertTrue(m.find() && sub.text().endsWith("号") && sub.text().contains("秘〔"), sub.text());
        return Integer.parseInt(m.group(1));
    }

    private static void checkImprint(Doc d) {
        Block last = d.blocks().get(d.blocks().size() - 1);
        assertTrue(last instanceof Block.Imprint, "the 版记 closes the notice: " + last);
        Block.Imprint im = (Block.Imprint) last;
        assertEquals("抄送：各成员单位，市民政局。", im.copiesLine());
        assertTrue(im.printedBy().endsWith("秘书处"), im.printedBy());
        assertEquals("2026年11月21日印发", im.printedOnText());
        assertNotNull(im.printedOn());
    }
}

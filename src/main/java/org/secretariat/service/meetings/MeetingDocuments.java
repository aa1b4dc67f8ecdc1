package org.secretariat.service.meetings;

import org.secretariat.service.DocumentWriter;
import org.secretariat.service.Prose;
import org.secretariat.service.SetupService;
import org.secretariat.service.filing.Filing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.ChineseNumbers;
import org.secretariat.document.Block;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.Organisation;
import org.secretariat.i18n.Messages;

/**
 * The papers of a meeting, laid out per GB/T 9704 and written as Word or PDF from one description:
 * the notice (通知), the sign-in sheet (签到表) and the minutes (会议纪要).
 */
public final class MeetingDocuments {

    private final SetupService setup;
    private final CharterInForce charter;
    private final Clock clock;
    private final DocumentWriter writer = new DocumentWriter();
    private final Filing filing;

    /** Notices numbered in memory only; see {@link #MeetingDocuments(SetupService, CharterInForce, Clock, Filing)}. */
    public MeetingDocuments(SetupService setup, CharterInForce charter, Clock clock) {
        this(setup, charter, clock, Filing.inMemory(() -> new Filing.Names(setup.organisation().map(Organisation::getName)
                .orElse(charter.get().organisation().name()), charter.get().organisation().shortName())));
    }

    /** Notices numbered and given their 版记 by {@code filing}. */
    public MeetingDocuments(SetupService setup, CharterInForce charter, Clock clock, Filing filing) {
        this.setup = setup;
        this.charter = charter;
        this.clock = clock;
        this.filing = filing;
    }

    /** Writes the document as .pdf or .docx by the target's extension. Fonts are read once per run. */
    public void write(Doc doc, Path target) throws IOException {
        writer.write(doc, target);
    }

    private String organisation() {
        return setup.organisation().map(Organisation::getName).orElse(charter.get().organisation().name());
    }

    private Body body(MeetingView m) {
        return charter.on(m.date()).body(m.bodyId()).orElseThrow();
    }

    private static String when(MeetingView m) {
        String weekday = m.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        return ChineseDates.format(m.date()) + "（" + weekday + "）" + (m.startTime() == null ? "" : m.startTime());
    }

    /**
     * The notice (关于召开……的通知) with its 发文字号 under the title and the 版记 at the foot: time,
     * place, the agenda (each item 「；」, the last 「。」) and who is expected, with the quorum rule in
     * words. Dated today; the number is the meeting's own, given again when the notice is rewritten.
     */
    public Doc notice(MeetingView m) {
        Body body = body(m);
        LocalDate today = LocalDate.now(clock);
        String[] phrases = {"关于召开", Prose.tidy(m.title()), "的通知"};
        String title = String.join("", phrases);
        String place = blankToNull(m.place());
        Doc d = Doc.official().title(phrases)
                .subtitle(filing.number("meeting-notice/" + m.id(), title, today))
                .plain(body.name() + "各成员：")
                .paragraph("经研究，定于" + when(m) + (place == null ? "" : "在" + place) + "召开"
                        + Prose.tidy(m.title()) + "。现将有关事项通知如下：")
                .heading1("一、会议时间").paragraph(when(m) + "。")
                .heading1("二、会议地点").paragraph(place == null ? "另行通知。" : place + "。")
                .heading1("三、会议议程");
        if (m.agenda().isEmpty()) {
            d.paragraph("议程另行通知。");
        }
        MeetingProse.agenda(m).forEach(d::paragraph);
        d.heading1("四、参会人员")
                .paragraph(MeetingProse.expected(m, body, charter.on(m.date()).quorumOf(body)))
                .paragraph("请准时出席；确有事不能出席的，请提前向秘书处请假。")
                .signature(organisation(), today);
        Block.Imprint imprint = filing.imprint(today);
        return d.imprint(imprint.copiesTo(), imprint.printedBy(), imprint.printedOn());
    }

    /** The sign-in sheet ({@link SignInSheet}): rows 12 mm tall, 身份 from the seat's offices or the unit's tier. */
    public Doc signIn(MeetingView m) {
        java.util.Map<Long, String> tiers = setup.unitTiers();
        return new SignInSheet(charter.on(m.date()), tiers::get).doc(m, when(m));
    }

    /** The minutes; {@code messages} is not needed any more: the sentences are composed from the facts. */
    public Doc minutes(MeetingView m, Messages messages) {
        return minutes(m);
    }

    /**
     * The minutes (会议纪要): who convened, attended, was on leave, absent or observing; whether the
     * meeting was quorate, in a sentence; and each item with its tally, rule and verdict.
     */
    public Doc minutes(MeetingView m) {
        Body body = body(m);
        String place = blankToNull(m.place());
        String unit = MeetingProse.measure(m);
        Doc d = Doc.official().title(Prose.tidy(m.title()) + "纪要").subtitle(ChineseDates.format(m.date()))
                .paragraph(ChineseDates.format(m.date()) + "，" + body.name() + (place == null ? "" : "在" + place)
                        + "召开" + Prose.tidy(m.title()) + "。会议由" + Objects.toString(blankToNull(m.convener()), "秘书处")
                        + "召集。")
                .labelled("出席：", names(m, AttendanceStatus.PRESENT, unit))
                .labelled("请假：", names(m, AttendanceStatus.LEAVE, unit))
                .labelled("缺席：", names(m, AttendanceStatus.ABSENT, unit))
                .labelled("列席：", names(m, AttendanceStatus.OBSERVER, "人"))
                .paragraph(MeetingProse.quorum(m))
                .heading1("一、会议议题及表决结果");
        if (m.agenda().isEmpty()) {
            d.paragraph("本次会议未列议题。");
        }
        for (MeetingView.Item i : m.agenda()) {
            d.heading2("（" + ChineseNumbers.of(i.position()) + "）" + Prose.withoutStop(i.title()));
            if (MeetingProse.discussion(i)) {
                d.paragraph("会议就此进行了讨论。");
            } else if (i.verdict() == null || i.yes() == null) {
                d.paragraph("未进行表决。");
            } else {
                d.paragraph(MeetingProse.vote(charter.on(m.date()), body, m, i));
            }
        }
        return d.signature(organisation(), m.date());
    }

    /** 「甲单位、乙单位（张三代），共两家」; 「无」 where nobody. */
    private static String names(MeetingView m, AttendanceStatus status, String unit) {
        List<String> names = m.withStatus(status).stream().map(s -> s.attendeeName() != null && !s.attendeeName().isBlank()
                && status != AttendanceStatus.OBSERVER ? deputy(Prose.tidy(s.label()), Prose.tidy(s.attendeeName()))
                : Prose.tidy(s.label())).toList();
        return names.isEmpty() ? "无" : String.join("、", names) + "，共" + Prose.count(names.size()) + unit;
    }

    /** 「理事2（技工学校2，理事；张副校长代）」: one bracket, not two side by side. */
    private static String deputy(String label, String attendee) {
        return label.endsWith("）") ? label.substring(0, label.length() - 1) + "；" + attendee + "代）"
                : label + "（" + attendee + "代）";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Prose.tidy(s);
    }
}

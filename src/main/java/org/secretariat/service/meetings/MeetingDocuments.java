package org.secretariat.service.meetings;

import org.secretariat.service.DocumentWriter;
import org.secretariat.service.SetupService;

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
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Organisation;
import org.secretariat.i18n.Messages;

/**
 * The papers of a meeting, laid out per GB/T 9704 and written as Word or PDF from one description:
 * the notice (通知), the sign-in sheet (签到表) and the minutes (会议纪要).
 */
public final class MeetingDocuments {

    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final SetupService setup;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;
    private final DocumentWriter writer = new DocumentWriter();

    public MeetingDocuments(SetupService setup, Supplier<CharterProfile> charter, Clock clock) {
        this.setup = setup;
        this.charter = charter;
        this.clock = clock;
    }

    /** Writes the document as .pdf or .docx by the target's extension. Fonts are read once per run. */
    public void write(Doc doc, Path target) throws IOException {
        writer.write(doc, target);
    }

    private String organisation() {
        return setup.organisation().map(Organisation::getName).orElse(charter.get().organisation().name());
    }

    private Body body(MeetingView m) {
        return charter.get().body(m.bodyId()).orElseThrow();
    }

    private static String when(MeetingView m) {
        String weekday = m.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        return ChineseDates.format(m.date()) + "（" + weekday + "）" + (m.startTime() == null ? "" : m.startTime());
    }

    public Doc notice(MeetingView m) {
        Body body = body(m);
        long seated = m.seats().stream().filter(MeetingView.Seat::seated).count();
        Doc d = Doc.official().title("关于召开" + m.title() + "的通知")
                .plain(body.name() + "各成员：")
                .paragraph("经研究，定于" + when(m) + "在" + Objects.toString(m.place(), "（地点另行通知）") + "召开"
                        + m.title() + "。现将有关事项通知如下：")
                .heading1("一、会议时间").paragraph(when(m) + "。")
                .heading1("二、会议地点").paragraph(Objects.toString(m.place(), "另行通知") + "。")
                .heading1("三、会议议程");
        if (m.agenda().isEmpty()) {
            d.paragraph("议程另行通知。");
        }
        for (MeetingView.Item i : m.agenda()) {
            d.paragraph("（" + number(i.position()) + "）" + i.title() + (i.motion().isVoted() ? "（表决）" : "") + "；");
        }
        var quorum = charter.get().quorumOf(body);
        d.heading1("四、参会人员")
                .paragraph(body.name() + "全体成员（应到 " + seated + " 人）。按章程" + quorum.citation().article() + "，须"
                        + quorum.canonicalWording() + "出席方能召开"
                        + (quorum.citation().isDefault() ? "（章程未规定，按通行规则）" : "")
                        + "。请准时出席；确有事不能出席的，请提前向秘书处请假。")
                .signature(organisation(), LocalDate.now(clock));
        return d;
    }

    /** The sign-in sheet ({@link SignInSheet}): rows 12 mm tall, 身份 from the seat's offices or the unit's tier. */
    public Doc signIn(MeetingView m) {
        java.util.Map<Long, String> tiers = setup.unitTiers();
        return new SignInSheet(charter.get(), tiers::get).doc(m, when(m));
    }

    public Doc minutes(MeetingView m, Messages messages) {
        Body body = body(m);
        Doc d = Doc.official().title(m.title() + "纪要").subtitle(ChineseDates.format(m.date()))
                .paragraph(ChineseDates.format(m.date()) + "，" + body.name() + "在" + Objects.toString(m.place(), "")
                        + "召开" + m.title() + "。会议由" + Objects.toString(m.convener(), "秘书处") + "召集。")
                .labelled("出席：", names(m, AttendanceStatus.PRESENT))
                .labelled("请假：", names(m, AttendanceStatus.LEAVE))
                .labelled("缺席：", names(m, AttendanceStatus.ABSENT))
                .labelled("列席：", names(m, AttendanceStatus.OBSERVER))
                .paragraph(messages.get(MeetingService.quorumLine(m.quorum())) + "。")
                .heading1("一、会议议题及表决结果");
        if (m.agenda().isEmpty()) {
            d.paragraph("本次会议未列议题。");
        }
        for (MeetingView.Item i : m.agenda()) {
            d.heading2("（" + number(i.position()) + "）" + i.title());
            if (i.motion() == MotionKind.NONE) {
                d.paragraph("会议就此进行了讨论。");
            } else if (i.verdict() == null) {
                d.paragraph("未进行表决。");
            } else {
                d.paragraph("表决结果：赞成 " + i.yes() + " 票，反对 " + i.no() + " 票，弃权 " + i.abstain() + " 票"
                        + (i.byName() ? "（记名表决）" : "") + "。" + i.verdictNote() + "。"
                        + (i.effectNote() == null ? "" : i.effectNote() + "。"));
            }
        }
        return d.signature(organisation(), m.date());
    }

    private static String names(MeetingView m, AttendanceStatus status) {
        List<String> names = m.withStatus(status).stream().map(s -> s.attendeeName() != null && !s.attendeeName().isBlank()
                && status != AttendanceStatus.OBSERVER ? s.label() + "（" + s.attendeeName() + "代）" : s.label()).toList();
        return names.isEmpty() ? "无" : String.join("、", names) + "（" + names.size() + " 人）";
    }

    private static String number(int n) {
        return n >= 1 && n <= 10 ? NUMBERS[n - 1] : Integer.toString(n);
    }
}

package org.secretariat.service.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secretariat.charter.Fraction;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Threshold;
import org.secretariat.charter.ThresholdBase;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;

/** The quorum sentence of the minutes, worked out by hand for units and for people. */
class MeetingProseTest {

    private static MeetingView meeting(int seated, int present, boolean units, Threshold rule) {
        List<MeetingView.Seat> seats = new ArrayList<>();
        for (int i = 0; i < seated; i++) {
            seats.add(new MeetingView.Seat(i, (long) i, units ? null : (long) i, "席位" + i, "单位" + i, true,
                    i < present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null, null));
        }
        long required = rule.required(seated);
        return new MeetingView(1, "council", "理事会", "第一次会议", LocalDate.of(2026, 6, 18), null, null, null,
                MeetingKind.REGULAR, true, null, seats, List.of(),
                new MeetingRules.Quorum(seated, present, rule, required, rule.isMet(present, seated)));
    }

    @Test
    void aQuorateMeetingOfUnitsCitesTheArticle() {
        Threshold half = Threshold.of(Fraction.HALF, false, ThresholdBase.SEATED, "第十九条");
        assertEquals("应到七家，实到五家，超过半数，符合章程第十九条的规定，会议有效。",
                MeetingProse.quorum(meeting(7, 5, true, half)));
    }

    @Test
    void aMeetingShortOfItsQuorumSaysHowManyWereNeeded() {
        Threshold twoThirds = Threshold.of(Fraction.TWO_THIRDS, true, ThresholdBase.SEATED, "第十五条（二）");
        assertEquals("应到九人，实到五人，根据章程第十五条第二项，须有三分之二以上成员即至少六人出席，出席人数不足，会议不能作出决议。",
                MeetingProse.quorum(meeting(9, 5, false, twoThirds)));
    }

    @Test
    void theRostersNoteOfAnEffectReadsAsASentence() {
        assertEquals("衡水申请学校自2026年6月18日起成为会员", MeetingProse.effect("「衡水申请学校」入会，状态改为会员，入会日期2026年6月18日"));
        assertEquals("甲公司予以除名", MeetingProse.effect("「甲公司」除名"));
        assertEquals("未生效：尚未缴费", MeetingProse.effect("未生效：尚未缴费"));
    }
}

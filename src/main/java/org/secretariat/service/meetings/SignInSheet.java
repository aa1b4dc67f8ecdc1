package org.secretariat.service.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.document.Doc;

/**
 * The sign-in sheet (签到表) of a meeting: A4 landscape, a table 序号 / 单位 / 姓名 / 身份 / 签名 / 备注
 * whose rows are at least {@value #ROW_MM} mm tall (room to sign; the header repeats on each page).
 *
 * <p>身份 says why the attendee sits: for a person's seat the offices the person holds (理事长、理事 …,
 * as the seat was given at the meeting's creation); for a unit's seat the unit's tier (理事长单位,
 * 理事单位, 会员单位 …) looked up from the roster; blank only when neither is known. 姓名 is the
 * person of a person's seat, or whoever was recorded as attending for the unit. Observers
 * (列席) are marked in 备注.
 */
public final class SignInSheet {

    /** Minimum row height in millimetres, in the PDF and in Word. */
    public static final double ROW_MM = 12;

    private final CharterProfile charter;
    private final Function<Long, String> tierOfUnit;

    /**
     * @param tierOfUnit the tier id of a unit by its id (null when unknown)
     */
    public SignInSheet(CharterProfile charter, Function<Long, String> tierOfUnit) {
        this.charter = Objects.requireNonNull(charter);
        this.tierOfUnit = Objects.requireNonNull(tierOfUnit);
    }

    /** The sheet, titled 「……签到表」 with the date, time and place under the title. */
    public Doc doc(MeetingView m, String when) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (MeetingView.Seat s : m.seats()) {
            String unit = Objects.toString(s.unitName(), "");
            String[] person = personAndOffices(s.label(), unit);
            String name = person != null ? person[0] : Objects.toString(s.attendeeName(), "");
            String identity = person != null ? person[1] : tierName(s.unitId());
            rows.add(List.of(Integer.toString(n++), unit, name, identity, "", s.seated() ? "" : "列席"));
        }
        return Doc.a4Landscape().title(m.title() + "签到表")
                .subtitle(when + (m.place() == null || m.place().isBlank() ? "" : "　" + m.place()))
                .table(List.of("序号", "单位", "姓名", "身份", "签名", "备注"), rows, ROW_MM, false, 2, 12, 5, 6, 8, 4);
    }

    private String tierName(Long unitId) {
        String tier = unitId == null ? null : tierOfUnit.apply(unitId);
        return tier == null ? "" : charter.tier(tier).map(Tier::name).orElse(tier);
    }

    /**
     * The person's name and offices from a person's seat label 「张三（某大学，理事长、理事）」 (the form
     * {@link org.secretariat.charter.Seating.Seat#label()} gives); null for a unit's seat.
     */
    static String[] personAndOffices(String label, String unit) {
        if (label == null || unit.isEmpty()) {
            return null;
        }
        String marker = "（" + unit + "，";
        int at = label.indexOf(marker);
        if (at <= 0 || !label.endsWith("）")) {
            return null;
        }
        return new String[] {label.substring(0, at), label.substring(at + marker.length(), label.length() - 1)};
    }
}

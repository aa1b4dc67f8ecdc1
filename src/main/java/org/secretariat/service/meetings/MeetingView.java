package org.secretariat.service.meetings;

import java.time.LocalDate;
import java.util.List;
import org.secretariat.charter.MeetingRules;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MotionKind;
import org.secretariat.domain.Verdict;
import org.secretariat.i18n.Text;

/** A meeting as the screens and documents show it: details, seats and attendance, agenda and verdicts. */
public record MeetingView(long id, String bodyId, String bodyName, String title, LocalDate date, String startTime,
                          String place, String convener, MeetingKind kind, boolean held, String notes,
                          List<Seat> seats, List<Item> agenda, MeetingRules.Quorum quorum, Text seatNote, long version) {

    public MeetingView(long id, String bodyId, String bodyName, String title, LocalDate date, String startTime,
                       String place, String convener, MeetingKind kind, boolean held, String notes,
                       List<Seat> seats, List<Item> agenda, MeetingRules.Quorum quorum) {
        this(id, bodyId, bodyName, title, date, startTime, place, convener, kind, held, notes, seats, agenda, quorum, null, 0);
    }

    /** The same meeting with the note of what the roster changed in its seats (null: nothing). */
    public MeetingView withSeatNote(Text note) {
        return new MeetingView(id, bodyId, bodyName, title, date, startTime, place, convener, kind, held, notes, seats,
                agenda, quorum, note, version);
    }

    /**
     * A seat (or an observer, {@code seated} false) and how it was filled; {@code version} is the
     * row's, sent back with the attendance (decision 0018).
     */
    public record Seat(long attendanceId, Long unitId, Long personId, String label, String unitName, boolean seated,
                       AttendanceStatus status, String attendeeName, String remarks, long version) {

        public Seat(long attendanceId, Long unitId, Long personId, String label, String unitName, boolean seated,
                    AttendanceStatus status, String attendeeName, String remarks) {
            this(attendanceId, unitId, personId, label, unitName, seated, status, attendeeName, remarks, 0);
        }
    }

    /**
     * An agenda item with its motion, tally and verdict; {@code version} is the item's, sent back with
     * a vote or a correction (decision 0018).
     */
    public record Item(long id, int position, String title, MotionKind motion, Long unitId, String unitName,
                       String targetTierId, String officeId, String personName, String voteId, boolean byName,
                       Integer yes, Integer no, Integer abstain, Verdict verdict, String verdictNote, String effectNote,
                       String correctionNote, long version) {
    }

    public long presentCount() {
        return seats.stream().filter(s -> AttendanceStatus.presentSeat(s.seated(), s.status())).count();
    }

    public List<Seat> withStatus(AttendanceStatus status) {
        return seats.stream().filter(s -> s.status() == status).toList();
    }
}

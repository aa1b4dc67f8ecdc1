package org.secretariat.ui.meetings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.service.meetings.MeetingView;

/** A seat in the attendance table, editable: how it was filled and who came. */
public final class SeatRow {

    private final MeetingView.Seat seat;
    private final ObjectProperty<AttendanceStatus> status;
    private final StringProperty attendee;
    private final StringProperty remarks;

    SeatRow(MeetingView.Seat seat) {
        this.seat = seat;
        this.status = new SimpleObjectProperty<>(seat.status());
        this.attendee = new SimpleStringProperty(seat.attendeeName() == null ? "" : seat.attendeeName());
        this.remarks = new SimpleStringProperty(seat.remarks() == null ? "" : seat.remarks());
    }

    public MeetingView.Seat seat() {
        return seat;
    }

    public String label() {
        return seat.label();
    }

    public boolean seated() {
        return seat.seated();
    }

    public ObjectProperty<AttendanceStatus> statusProperty() {
        return status;
    }

    public StringProperty attendeeProperty() {
        return attendee;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Lays what was typed in this row (where it differs from the row as loaded) over the same seat reloaded. */
    void keepTypedIn(SeatRow reloaded) {
        if (status.get() != seat.status()) {
            reloaded.status.set(status.get());
        }
        if (!java.util.Objects.equals(nz(attendee.get()), nz(seat.attendeeName()))) {
            reloaded.attendee.set(attendee.get());
        }
        if (!java.util.Objects.equals(nz(remarks.get()), nz(seat.remarks()))) {
            reloaded.remarks.set(remarks.get());
        }
    }
}

package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One seat of a meeting (or an observer): whose seat it is, how it was filled, and who came.
 * {@code seated} is false for observers (列席), who never count towards quorum or votes.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "person_id")
    private Long personId;

    /** The seat as the meeting lists it: "王建国（新乡学院，理事）". */
    @Column(name = "seat_label", nullable = false, length = 300)
    private String seatLabel;

    @Column(name = "unit_name", length = 200)
    private String unitName;

    @Column(nullable = false)
    private boolean seated = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status = AttendanceStatus.ABSENT;

    /** Who came for the seat when it was not the seat holder (受委托人). */
    @Column(name = "attendee_name", length = 100)
    private String attendeeName;

    @Column(length = 300)
    private String remarks;

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getSeatLabel() {
        return seatLabel;
    }

    public void setSeatLabel(String seatLabel) {
        this.seatLabel = seatLabel;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    /** A seat of the body marked present: counts for quorum and may vote. */
    public boolean isPresentSeat() {
        return AttendanceStatus.presentSeat(isSeated(), getStatus());
    }

    public boolean isSeated() {
        return seated;
    }

    public void setSeated(boolean seated) {
        this.seated = seated;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public void setAttendeeName(String attendeeName) {
        this.attendeeName = attendeeName;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public long getVersion() {
        return version;
    }
}

package org.secretariat.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting of one of the charter's bodies: when, where, who sat, and what it decided. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    public int getVersion() {
        return version;
    }

    /** The charter profile's body id (council, presidium …). */
    @Column(name = "body_id", nullable = false, length = 60)
    private String bodyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", length = 20)
    private String startTime;

    @Column(length = 300)
    private String place;

    @Column(length = 200)
    private String convener;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind = MeetingKind.REGULAR;

    /** True once the meeting has been held and attendance recorded. */
    @Column(nullable = false)
    private boolean held;

    @Column(length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Attendance> attendance = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public String getBodyId() {
        return bodyId;
    }

    public void setBodyId(String bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getConvener() {
        return convener;
    }

    public void setConvener(String convener) {
        this.convener = convener;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public void addAgendaItem(AgendaItem item) {
        item.setMeeting(this);
        item.setPosition(agenda.size() + 1);
        agenda.add(item);
    }

    public void addAttendance(Attendance a) {
        a.setMeeting(this);
        a.setPosition(attendance.size() + 1);
        attendance.add(a);
    }

    /** Numbers the seats 1, 2, 3 … in their present order (after seats were dropped or added). */
    public void renumberAttendance() {
        for (int i = 0; i < attendance.size(); i++) {
            attendance.get(i).setPosition(i + 1);
        }
    }
}

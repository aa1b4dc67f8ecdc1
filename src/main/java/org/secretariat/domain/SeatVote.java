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

/** One seat's vote on a motion voted by name (记名表决). */
@Entity
@Table(name = "seat_vote")
public class SeatVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(name = "attendance_id", nullable = false)
    private Long attendanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VoteChoice choice;

    protected SeatVote() {
    }

    public SeatVote(Long attendanceId, VoteChoice choice) {
        this.attendanceId = attendanceId;
        this.choice = choice;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    void setItem(AgendaItem item) {
        this.item = item;
    }

    public Long getAttendanceId() {
        return attendanceId;
    }

    public VoteChoice getChoice() {
        return choice;
    }
}

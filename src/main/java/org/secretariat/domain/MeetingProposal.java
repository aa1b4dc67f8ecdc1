package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member unit's proposal that a body hold an extra meeting (联席会议 第一条: 2个以上成员单位提议). */
@Entity
@Table(name = "meeting_proposal")
public class MeetingProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, length = 60)
    private String bodyId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(length = 500)
    private String reason;

    protected MeetingProposal() {
    }

    public MeetingProposal(String bodyId, Long unitId, LocalDate proposedOn, String reason) {
        this.bodyId = bodyId;
        this.unitId = unitId;
        this.proposedOn = proposedOn;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getBodyId() {
        return bodyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getReason() {
        return reason;
    }
}

package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person's dismissal of a proposal to treat an inactive unit as withdrawn: who, when and why
 * (by default 已核实仍在参加活动). The unit's inactivity period runs again from that day.
 */
@Entity
@Table(name = "inactivity_review")
public class InactivityReview {

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "dismissed_on", nullable = false)
    private LocalDate dismissedOn;

    @Column(name = "dismissed_at", nullable = false)
    private LocalDateTime dismissedAt;

    @Column(name = "dismissed_by", nullable = false, length = 100)
    private String dismissedBy;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    protected InactivityReview() {
    }

    public InactivityReview(Long unitId, String unitName, LocalDateTime dismissedAt, String dismissedBy, String reason) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.dismissedOn = dismissedAt.toLocalDate();
        this.dismissedAt = dismissedAt;
        this.dismissedBy = dismissedBy;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public LocalDate getDismissedOn() {
        return dismissedOn;
    }

    public LocalDateTime getDismissedAt() {
        return dismissedAt;
    }

    public String getDismissedBy() {
        return dismissedBy;
    }

    public String getReason() {
        return reason;
    }
}

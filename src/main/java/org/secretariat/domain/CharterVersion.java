package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * An amended charter profile, proposed by an amendment case and in force from {@code effectiveFrom}
 * once the step that brings it into force is done (null until then, and for ever if refused).
 */
@Entity
@Table(name = "charter_version")
public class CharterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(name = "charter_id", nullable = false, length = 60)
    private String charterId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    @Column(name = "profile_text", nullable = false)
    private String profileText;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    protected CharterVersion() {
    }

    public CharterVersion(String charterId, Long caseId, String title, String profileText, LocalDate proposedOn) {
        this.charterId = charterId;
        this.caseId = caseId;
        this.title = title;
        this.profileText = profileText;
        this.proposedOn = proposedOn;
    }

    public Long getId() {
        return id;
    }

    public String getCharterId() {
        return charterId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }

    public String getProfileText() {
        return profileText;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public long getVersion() {
        return version;
    }
}

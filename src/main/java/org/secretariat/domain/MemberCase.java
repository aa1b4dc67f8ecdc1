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
import java.util.ArrayList;
import java.util.List;

/**
 * A unit moving through one of the charter's procedures (admission, upgrade, withdrawal, expulsion),
 * with the procedure's steps as the charter lays them down.
 */
@Entity
@Table(name = "member_case")
public class MemberCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    /** The charter profile's procedure id. */
    @Column(name = "procedure_id", nullable = false, length = 60)
    private String procedureId;

    @Column(nullable = false, length = 20)
    private String kind;

    /** The unit; null for the organisation's own case (amending the charter, dissolution). */
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "target_tier_id", length = 60)
    private String targetTierId;

    /** Recommending member units (CCEAA 第九条), as written. */
    @Column(length = 500)
    private String recommenders;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /** For a withdrawal: the day it takes effect, once known. */
    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 1000)
    private String outcome;

    @OneToMany(mappedBy = "memberCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseStep> steps = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public String getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(String procedureId) {
        this.procedureId = procedureId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getTargetTierId() {
        return targetTierId;
    }

    public void setTargetTierId(String targetTierId) {
        this.targetTierId = targetTierId;
    }

    /** The recommending members as a list (stored joined by 、). */
    public java.util.List<String> recommenderNames() {
        return recommenders == null ? java.util.List.of()
                : java.util.Arrays.stream(recommenders.split("、")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public String getRecommenders() {
        return recommenders;
    }

    public void setRecommenders(String recommenders) {
        this.recommenders = recommenders;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void close(CaseStatus status, LocalDate on, String outcome) {
        this.status = status;
        this.closedOn = on;
        this.outcome = outcome;
    }

    /** Open again: the tally that closed it was corrected, and the corrected one decides. */
    public void reopen() {
        this.status = CaseStatus.OPEN;
        this.closedOn = null;
        this.outcome = null;
    }

    /** What the case changed on the roster, once applied. */
    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<CaseStep> getSteps() {
        return steps;
    }

    public void addStep(CaseStep step) {
        step.setMemberCase(this);
        step.setPosition(steps.size() + 1);
        steps.add(step);
    }

    public long getVersion() {
        return version;
    }
}

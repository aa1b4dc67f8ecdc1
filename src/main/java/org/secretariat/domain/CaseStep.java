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
import java.time.LocalDate;

/** One step of a case: when, by whom, what was decided, and the resolution that decided it. */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MemberCase memberCase;

    @Column(nullable = false)
    private int position;

    /** The charter procedure's step id. */
    @Column(name = "step_id", nullable = false, length = 60)
    private String stepId;

    @Column(nullable = false, length = 300)
    private String name;

    /** The deadline the charter sets for this step, if any. */
    @Column(name = "due_by")
    private LocalDate dueBy;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private StepDecision decision;

    @Column(length = 1000)
    private String remarks;

    /** The meeting resolution that decided a body's step. */
    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    /** A vote typed in where the meeting is not recorded in the app. */
    @Column(name = "yes_votes")
    private Integer yes;

    @Column(name = "no_votes")
    private Integer no;

    @Column(name = "abstain_votes")
    private Integer abstain;

    public Long getId() {
        return id;
    }

    public MemberCase getMemberCase() {
        return memberCase;
    }

    void setMemberCase(MemberCase memberCase) {
        this.memberCase = memberCase;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getStepId() {
        return stepId;
    }

    public void setStepId(String stepId) {
        this.stepId = stepId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public StepDecision getDecision() {
        return decision;
    }

    public String getRemarks() {
        return remarks;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public Integer getYes() {
        return yes;
    }

    public Integer getNo() {
        return no;
    }

    public Integer getAbstain() {
        return abstain;
    }

    public boolean isDone() {
        return decision != null;
    }

    /** Records the step's outcome. */
    public void record(LocalDate on, String by, StepDecision decision, String remarks, Long agendaItemId,
                       Integer yes, Integer no, Integer abstain) {
        this.doneOn = on;
        this.doneBy = by;
        this.decision = decision;
        this.remarks = remarks;
        this.agendaItemId = agendaItemId;
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
    }

    /** Takes the recorded outcome back (a corrected tally is recorded anew). */
    public void undo() {
        record(null, null, null, null, null, null, null, null);
    }

    public long getVersion() {
        return version;
    }
}

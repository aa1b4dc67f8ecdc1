package org.secretariat.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * An item of a meeting's agenda and, if it carries a motion, the vote and its verdict. A motion that
 * decides a case names the unit (and tier, or office and person) it decides about.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

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

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "motion_kind", nullable = false, length = 20)
    private MotionKind motionKind = MotionKind.NONE;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_name", length = 200)
    private String unitName;

    @Column(name = "target_tier_id", length = 60)
    private String targetTierId;

    @Column(name = "office_id", length = 60)
    private String officeId;

    @Column(name = "person_name", length = 100)
    private String personName;

    /** A body vote with its own threshold (profile bodies[].votes[].id), else the body's rule applies. */
    @Column(name = "vote_id", length = 60)
    private String voteId;

    @Column(name = "by_name", nullable = false)
    private boolean byName;

    @Column(name = "yes_votes")
    private Integer yes;

    @Column(name = "no_votes")
    private Integer no;

    @Column(name = "abstain_votes")
    private Integer abstain;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Verdict verdict;

    /** Why: the rule applied with its article, and the count. */
    @Column(name = "verdict_note", length = 1000)
    private String verdictNote;

    /** What the resolution changed on the roster, once applied. */
    @Column(name = "effect_note", length = 1000)
    private String effectNote;

    /** How the unit stood before this resolution changed it, for a correction to restore (see ResolutionEffects). */
    @Column(name = "prior_state", length = 1000)
    private String priorState;

    /** The last correction of the tally: the original tally and the reason typed. */
    @Column(name = "correction_note", length = 1000)
    private String correctionNote;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SeatVote> seatVotes = new ArrayList<>();

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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MotionKind getMotionKind() {
        return motionKind;
    }

    public void setMotionKind(MotionKind motionKind) {
        this.motionKind = motionKind;
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

    public String getOfficeId() {
        return officeId;
    }

    public void setOfficeId(String officeId) {
        this.officeId = officeId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getVoteId() {
        return voteId;
    }

    public void setVoteId(String voteId) {
        this.voteId = voteId;
    }

    public boolean isByName() {
        return byName;
    }

    public void setByName(boolean byName) {
        this.byName = byName;
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

    public void setTally(Integer yes, Integer no, Integer abstain) {
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getVerdictNote() {
        return verdictNote;
    }

    public void setVerdictNote(String verdictNote) {
        this.verdictNote = verdictNote;
    }

    public String getEffectNote() {
        return effectNote;
    }

    public void setEffectNote(String effectNote) {
        this.effectNote = effectNote;
    }

    public List<SeatVote> getSeatVotes() {
        return seatVotes;
    }

    public void addSeatVote(SeatVote v) {
        v.setItem(this);
        seatVotes.add(v);
    }

    public String getPriorState() {
        return priorState;
    }

    public void setPriorState(String priorState) {
        this.priorState = priorState;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }

    public long getVersion() {
        return version;
    }
}

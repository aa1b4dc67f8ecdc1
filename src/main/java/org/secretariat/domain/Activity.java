package org.secretariat.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An activity that is not a formal meeting (training, fair, 推介洽谈会, study visit) and the member
 * units that took part; taking part counts against inactivity.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    /** training, fair, matchmaking, visit, other. */
    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 300)
    private String place;

    @Column(length = 2000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new LinkedHashSet<>();

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Long> getUnitIds() {
        return unitIds;
    }

    public long getVersion() {
        return version;
    }
}

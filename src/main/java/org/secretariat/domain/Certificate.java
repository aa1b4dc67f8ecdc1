package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A certificate issued to a unit or a person; its number is never reused. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String number;

    /** The charter profile's certificate kind id. */
    @Column(name = "kind_id", nullable = false, length = 60)
    private String kindId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "person_id")
    private Long personId;

    /** The name printed on the certificate: the unit, or the person for a credential. */
    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    /** The tier or office the certificate attests, as printed. */
    @Column(name = "attests", length = 100)
    private String attests;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateState state = CertificateState.ISSUED;

    @Column(name = "state_changed_on")
    private LocalDate stateChangedOn;

    @Column(name = "state_reason", length = 300)
    private String stateReason;

    /** The certificate this one replaces (reissue). */
    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getKindId() {
        return kindId;
    }

    public void setKindId(String kindId) {
        this.kindId = kindId;
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

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getAttests() {
        return attests;
    }

    public void setAttests(String attests) {
        this.attests = attests;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public CertificateState getState() {
        return state;
    }

    public void setState(CertificateState state, LocalDate on, String reason) {
        this.state = state;
        this.stateChangedOn = on;
        this.stateReason = reason;
    }

    public LocalDate getStateChangedOn() {
        return stateChangedOn;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }
}

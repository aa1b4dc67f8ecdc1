package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The organisation this data folder belongs to, and the charter profile it runs by. One row. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final long SINGLE_ID = 1L;

    @Id
    private Long id = SINGLE_ID;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(name = "charter_id", nullable = false, length = 60)
    private String charterId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", length = 100)
    private String shortName;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "secretariat_seat", length = 200)
    private String secretariatSeat;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(length = 100)
    private String phone;

    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;

    @Column(length = 200)
    private String email;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public String getCharterId() {
        return charterId;
    }

    public void setCharterId(String charterId) {
        this.charterId = charterId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getSecretariatSeat() {
        return secretariatSeat;
    }

    public void setSecretariatSeat(String secretariatSeat) {
        this.secretariatSeat = secretariatSeat;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }
}

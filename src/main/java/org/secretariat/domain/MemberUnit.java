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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A member unit on the roster (成员单位), with the people it names. */
@Entity
@Table(name = "member_unit")
public class MemberUnit {

    /** From a sequence, 50 ids a call, so an import's inserts go in JDBC batches (V13). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_unit_ids")
    @SequenceGenerator(name = "member_unit_ids", sequenceName = "member_unit_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    /** The user confirmed a credit code whose check character is wrong (early pilot codes). */
    @Column(name = "credit_code_confirmed", nullable = false)
    private boolean creditCodeConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 40)
    private UnitType unitType = UnitType.OTHER;

    /** The charter profile's tier id (member, director, …). */
    @Column(name = "tier_id", nullable = false, length = 60)
    private String tierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.MEMBER;

    @Column(name = "join_date")
    private LocalDate joinDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_date_precision", nullable = false, length = 5)
    private DatePrecision joinDatePrecision = DatePrecision.DAY;

    @Column(name = "legal_representative", length = 100)
    private String legalRepresentative;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 2000)
    private String remarks;

    /** Pinyin initials and full pinyin of the name and contacts, for search as you type. */
    @Column(name = "search_key", nullable = false, length = 2000)
    private String searchKey = "";

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Person> people = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public boolean isCreditCodeConfirmed() {
        return creditCodeConfirmed;
    }

    public void setCreditCodeConfirmed(boolean creditCodeConfirmed) {
        this.creditCodeConfirmed = creditCodeConfirmed;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public String getTierId() {
        return tierId;
    }

    public void setTierId(String tierId) {
        this.tierId = tierId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public LocalDate getJoinDate() {
        return joinDate;
    }

    public void setJoinDate(LocalDate joinDate) {
        this.joinDate = joinDate;
    }

    /** How much of the join date is known (2023年5月: {@link DatePrecision#MONTH}). */
    public DatePrecision getJoinDatePrecision() {
        return DatePrecision.orDay(joinDatePrecision);
    }

    public void setJoinDatePrecision(DatePrecision precision) {
        this.joinDatePrecision = DatePrecision.orDay(precision);
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
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

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public void setSearchKey(String searchKey) {
        this.searchKey = searchKey;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public List<Person> getPeople() {
        return people;
    }

    public void addPerson(Person person) {
        person.setUnit(this);
        people.add(person);
    }
}

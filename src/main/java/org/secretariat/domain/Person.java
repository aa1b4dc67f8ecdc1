package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A person a member unit names for a role (代表, 理事, 联络员 …) with the term of that role.
 * {@code role} holds the charter office id where there is one, otherwise the role's name.
 */
@Entity
@Table(name = "person")
public class Person {

    /** From a sequence, 50 ids a call, so an import's inserts go in JDBC batches (V13). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_ids")
    @SequenceGenerator(name = "person_ids", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private MemberUnit unit;

    @Column(nullable = false, length = 100)
    private String name;

    /** 职务 in the unit (院长, 总经理 …). */
    @Column(length = 100)
    private String title;

    @Column(nullable = false, length = 100)
    private String role;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    public Long getId() {
        return id;
    }

    public MemberUnit getUnit() {
        return unit;
    }

    void setUnit(MemberUnit unit) {
        this.unit = unit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
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

    public long getVersion() {
        return version;
    }
}

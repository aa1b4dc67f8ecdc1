package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** What a unit of a tier owes for one year (会员单位服务年费), in yuan to the fen. */
@Entity
@Table(name = "fee_rate")
public class FeeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(name = "fee_year", nullable = false)
    private int year;

    @Column(name = "tier_id", nullable = false, length = 60)
    private String tierId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected FeeRate() {
    }

    public FeeRate(int year, String tierId, BigDecimal amount) {
        this.year = year;
        this.tierId = tierId;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTierId() {
        return tierId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public long getVersion() {
        return version;
    }
}

package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received from a unit for a year's fee, with its receipt (收据) number. */
@Entity
@Table(name = "fee_payment")
public class FeePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "fee_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "receipt_no", nullable = false, unique = true, length = 60)
    private String receiptNo;

    /** 转账, 现金 … */
    @Column(length = 30)
    private String method;

    @Column(length = 300)
    private String remarks;

    protected FeePayment() {
    }

    public FeePayment(Long unitId, String unitName, int year, BigDecimal amount, LocalDate paidOn, String receiptNo,
                      String method, String remarks) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.year = year;
        this.amount = amount;
        this.paidOn = paidOn;
        this.receiptNo = receiptNo;
        this.method = method;
        this.remarks = remarks;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getMethod() {
        return method;
    }

    public String getRemarks() {
        return remarks;
    }
}

package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last sequence number used for one numbering scope (e.g. "XXKJ-2026-"); it only goes up. */
@Entity
@Table(name = "sequence_counter")
public class SequenceCounter {

    @Id
    @Column(length = 120)
    private String scope;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected SequenceCounter() {
    }

    public SequenceCounter(String scope) {
        this.scope = scope;
    }

    public String getScope() {
        return scope;
    }

    public long next() {
        return ++lastValue;
    }

    public long getLastValue() {
        return lastValue;
    }
}

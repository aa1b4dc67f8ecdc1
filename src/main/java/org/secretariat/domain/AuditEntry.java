package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change in the audit trail: who, when, what. Entries are only ever appended; each carries
 * the hash of the one before, so a quiet edit breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long seq;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "entity_label", length = 200)
    private String entityLabel;

    /** One line per changed field: "field: old → new". */
    @Column(nullable = false, length = 100000)
    private String details;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, LocalDateTime at, String actor, String action, String entityType,
                      Long entityId, String entityLabel, String details, String prevHash, String hash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = entityLabel;
        this.details = details;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public Long getSeq() {
        return seq;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getDetails() {
        return details;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}

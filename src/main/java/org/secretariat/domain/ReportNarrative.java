package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A section of the annual report the secretariat writes itself (主要工作, 存在问题, 下一年工作计划 …). */
@Entity
@Table(name = "report_narrative")
public class ReportNarrative {

    /** "2026/main-work" */
    @Id
    @Column(length = 80)
    private String id;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(nullable = false, length = 20000)
    private String text;

    protected ReportNarrative() {
    }

    public ReportNarrative(int year, String section, String text) {
        this.id = year + "/" + section;
        this.text = text;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getVersion() {
        return version;
    }
}

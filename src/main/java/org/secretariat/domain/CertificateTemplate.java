package org.secretariat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How one certificate kind is laid out and worded: paper, border, texts with fields, fonts,
 * logo and seal images, and the numbering pattern. Absent until the user changes the defaults.
 */
@Entity
@Table(name = "certificate_template")
public class CertificateTemplate {

    @Id
    @Column(name = "kind_id", length = 60)
    private String kindId;

    /** Raised by every save; a save over a newer one is refused (decision 0018). */
    @Version
    private long version;

    @Column(nullable = false, length = 4)
    private String paper = "A4";

    @Column(nullable = false)
    private boolean landscape = true;

    @Column(nullable = false, length = 10)
    private String border = "CLASSIC";

    @Column(nullable = false, length = 100)
    private String title;

    /** The body with fields: {unit} {person} {org} {tier} {office} {number} {issued} {valid} {kind}. */
    @Column(nullable = false, length = 1000)
    private String body;

    @Column(name = "show_holder_line", nullable = false)
    private boolean showHolderLine;

    @Column(nullable = false, length = 200)
    private String issuer;

    /** {org} {year} {kind} {seq:0000}. */
    @Column(name = "number_pattern", nullable = false, length = 100)
    private String numberPattern;

    @Column(name = "org_code", nullable = false, length = 20)
    private String orgCode;

    @Column(name = "title_font", length = 500)
    private String titleFont;

    @Column(name = "body_font", length = 500)
    private String bodyFont;

    @Column(name = "title_size", nullable = false)
    private double titleSize = 42;

    @Column(name = "body_size", nullable = false)
    private double bodySize = 22;

    @Lob
    @Column(name = "logo_png")
    private byte[] logoPng;

    @Lob
    @Column(name = "seal_png")
    private byte[] sealPng;

    protected CertificateTemplate() {
    }

    public CertificateTemplate(String kindId) {
        this.kindId = kindId;
    }

    public String getKindId() {
        return kindId;
    }

    public String getPaper() {
        return paper;
    }

    public void setPaper(String paper) {
        this.paper = paper;
    }

    public boolean isLandscape() {
        return landscape;
    }

    public void setLandscape(boolean landscape) {
        this.landscape = landscape;
    }

    public String getBorder() {
        return border;
    }

    public void setBorder(String border) {
        this.border = border;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isShowHolderLine() {
        return showHolderLine;
    }

    public void setShowHolderLine(boolean showHolderLine) {
        this.showHolderLine = showHolderLine;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getNumberPattern() {
        return numberPattern;
    }

    public void setNumberPattern(String numberPattern) {
        this.numberPattern = numberPattern;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public void setOrgCode(String orgCode) {
        this.orgCode = orgCode;
    }

    public String getTitleFont() {
        return titleFont;
    }

    public void setTitleFont(String titleFont) {
        this.titleFont = titleFont;
    }

    public String getBodyFont() {
        return bodyFont;
    }

    public void setBodyFont(String bodyFont) {
        this.bodyFont = bodyFont;
    }

    public double getTitleSize() {
        return titleSize;
    }

    public void setTitleSize(double titleSize) {
        this.titleSize = titleSize;
    }

    public double getBodySize() {
        return bodySize;
    }

    public void setBodySize(double bodySize) {
        this.bodySize = bodySize;
    }

    public byte[] getLogoPng() {
        return logoPng;
    }

    public void setLogoPng(byte[] logoPng) {
        this.logoPng = logoPng;
    }

    public byte[] getSealPng() {
        return sealPng;
    }

    public void setSealPng(byte[] sealPng) {
        this.sealPng = sealPng;
    }

    public long getVersion() {
        return version;
    }
}

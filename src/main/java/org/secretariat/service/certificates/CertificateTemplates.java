package org.secretariat.service.certificates;

import org.secretariat.domain.AuditAction;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;
import org.secretariat.service.Numbering;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.CertificateKind;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.CertificateTemplate;
import org.secretariat.domain.Organisation;
import org.secretariat.domain.PinyinIndex;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * Certificate templates: the stored one for a kind, or sensible defaults from the charter profile
 * and the organisation (「兹有……为……，特发此证。」, the organisation as issuer, numbering
 * {@code {org}-{year}-{seq:0000}} with the organisation's pinyin initials).
 */
public final class CertificateTemplates {

    public static final String UNIT_BODY = "兹有{unit}为{org}{attests}，特发此证。";
    public static final String PERSON_BODY = "兹聘任{person}（{unit}）为{org}{attests}，特发此证。";
    public static final String DEFAULT_PATTERN = "{org}-{year}-{seq:0000}";
    /** The audit trail's name for a template, which it knows by the kind's id (its label). */
    public static final String ENTITY = "CertificateTemplate";
    /** {@link TemplateSettings#version()} when the editor showed the defaults: no template stored yet. */
    public static final long NONE = -1;

    private final Database db;
    private final Supplier<CharterProfile> charter;
    private final AuditTrail audit;
    private final EditConflicts conflicts;

    public CertificateTemplates(Database db, Supplier<CharterProfile> charter, AuditTrail audit) {
        this.db = db;
        this.charter = charter;
        this.audit = audit;
        this.conflicts = new EditConflicts(db, audit);
    }

    public TemplateSettings settings(String kindId) {
        return db.fromTransaction(s -> settings(s, kindId));
    }

    TemplateSettings settings(Session s, String kindId) {
        CertificateTemplate t = s.find(CertificateTemplate.class, kindId);
        return t == null ? defaults(s, kindId) : of(t);
    }

    private TemplateSettings defaults(Session s, String kindId) {
        CharterProfile p = charter.get();
        CertificateKind k = p.certificate(kindId).orElseThrow(() -> new IllegalArgumentException("no kind " + kindId));
        Organisation org = s.find(Organisation.class, Organisation.SINGLE_ID);
        String name = org == null ? p.organisation().name() : org.getName();
        String shortName = org != null && org.getShortName() != null ? org.getShortName()
                : p.organisation().shortName() != null ? p.organisation().shortName() : name;
        return new TemplateSettings(kindId, "A4", true, "CLASSIC", k.name(), k.isPersonal() ? PERSON_BODY : UNIT_BODY,
                true, name, DEFAULT_PATTERN, orgCode(shortName), null, null, 42, 22, null, null, NONE);
    }

    /** Upper-case pinyin initials of the short name, at most 8 letters: 跨境电商联盟 → KJDSLM. */
    public static String orgCode(String shortName) {
        String initials = PinyinIndex.keyOf(shortName).split(" ")[0].toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return initials.isEmpty() ? "ORG" : initials.substring(0, Math.min(8, initials.length()));
    }

    private static TemplateSettings of(CertificateTemplate t) {
        return new TemplateSettings(t.getKindId(), t.getPaper(), t.isLandscape(), t.getBorder(), t.getTitle(), t.getBody(),
                t.isShowHolderLine(), t.getIssuer(), t.getNumberPattern(), t.getOrgCode(), t.getTitleFont(),
                t.getBodyFont(), t.getTitleSize(), t.getBodySize(), t.getLogoPng(), t.getSealPng(), t.getVersion());
    }

    /** Problems that stop the template from being saved; empty if it may be. */
    public static java.util.List<Text> check(TemplateSettings t) {
        java.util.List<Text> out = new java.util.ArrayList<>();
        if (t.title() == null || t.title().isBlank()) {
            out.add(Text.of("certificate.template.error.title"));
        }
        if (t.body() == null || t.body().isBlank()) {
            out.add(Text.of("certificate.template.error.body"));
        }
        tooLong(out, "certificate.template.title", t.title(), 100);
        tooLong(out, "certificate.template.body", t.body(), 1000);
        tooLong(out, "certificate.template.issuer", t.issuer(), 200);
        tooLong(out, "certificate.template.titleFont", t.titleFont(), 500);
        tooLong(out, "certificate.template.bodyFont", t.bodyFont(), 500);
        if (!Numbering.isValid(t.numberPattern())) {
            out.add(Text.of("certificate.template.error.pattern", String.valueOf(t.numberPattern())));
        } else if (!Numbering.fits(t.numberPattern())) {
            out.add(Text.of("certificate.template.error.patternLength", Numbering.MAX_NUMBER));
        }
        if (t.orgCode() == null || !t.orgCode().matches("[A-Za-z0-9]{1,20}")) {
            out.add(Text.of("certificate.template.error.orgCode"));
        }
        return out;
    }

    /** The columns' lengths: a longer text is refused here with its field, not by the database. */
    private static void tooLong(java.util.List<Text> out, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            out.add(Text.of("certificate.template.error.tooLong", Text.of(field), max, value.strip().length()));
        }
    }

    public java.util.List<Text> save(TemplateSettings t) {
        java.util.List<Text> problems = check(t);
        if (!problems.isEmpty()) {
            return problems;
        }
        conflicts.guardInsert(ENTITY, null, () -> db.inTransaction(s -> {
            CertificateTemplate found = s.find(CertificateTemplate.class, t.kindId());
            if (found != null) { // another PC's save since the editor loaded it (or showed the defaults) is refused
                conflicts.refuseIfChangedByLabel(s, ENTITY, t.kindId(), t.version(), found.getVersion());
            }
            Map<String, String> before = found == null ? Map.of() : snapshot(found);
            CertificateTemplate e = found == null ? new CertificateTemplate(t.kindId()) : found;
            e.setPaper(t.paper());
            e.setLandscape(t.landscape());
            e.setBorder(t.border());
            e.setTitle(t.title().strip());
            e.setBody(t.body().strip());
            e.setShowHolderLine(t.showHolderLine());
            e.setIssuer(t.issuer().strip());
            e.setNumberPattern(t.numberPattern().strip());
            e.setOrgCode(t.orgCode().strip());
            e.setTitleFont(t.titleFont());
            e.setBodyFont(t.bodyFont());
            e.setTitleSize(t.titleSize());
            e.setBodySize(t.bodySize());
            e.setLogoPng(t.logoPng());
            e.setSealPng(t.sealPng());
            if (found == null) {
                s.persist(e); // after the fields are set: Hibernate checks not-null columns on persist
            }
            String details = AuditTrail.diff(before, snapshot(e));
            if (!details.isEmpty()) { // names who saved it, for another PC's refused save
                audit.record(s, found == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, null, t.kindId(), details);
            }
        }));
        return java.util.List.of();
    }

    /** The template's fields as the audit trail records them; the pictures by a digest of their bytes. */
    private static Map<String, String> snapshot(CertificateTemplate t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("paper", t.getPaper());
        m.put("landscape", String.valueOf(t.isLandscape()));
        m.put("border", t.getBorder());
        m.put("title", t.getTitle());
        m.put("body", t.getBody());
        m.put("holderLine", String.valueOf(t.isShowHolderLine()));
        m.put("issuer", t.getIssuer());
        m.put("numberPattern", t.getNumberPattern());
        m.put("orgCode", t.getOrgCode());
        m.put("titleFont", t.getTitleFont());
        m.put("bodyFont", t.getBodyFont());
        m.put("titleSize", String.valueOf(t.getTitleSize()));
        m.put("bodySize", String.valueOf(t.getBodySize()));
        m.put("logo", t.getLogoPng() == null ? null : Integer.toHexString(Arrays.hashCode(t.getLogoPng())));
        m.put("seal", t.getSealPng() == null ? null : Integer.toHexString(Arrays.hashCode(t.getSealPng())));
        m.replaceAll((k, v) -> v == null ? "" : v);
        return m;
    }
}

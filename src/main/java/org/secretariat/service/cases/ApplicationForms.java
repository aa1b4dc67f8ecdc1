package org.secretariat.service.cases;

import org.secretariat.service.Prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Office;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.charter.Tier;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.domain.UnitType;
import org.secretariat.service.roster.UnitDraft;

/**
 * The application forms (申请表) a charter names, each shaped by the procedure that asks for it:
 *
 * <ul>
 * <li>a form of an admission procedure asks for the unit's details, 职工人数, 主营业务 and, where the
 * charter requires recommenders, 推荐单位; the applicant declares 「本单位自愿申请加入……」;</li>
 * <li>a form of an upgrade (理事单位, 副理事长单位 …) asks for the unit's details, its present
 * tier and the date it joined, the office the procedure requires (现任理事 …), and a box for each
 * material the applicant's other steps ask for, cited by article (新乡 第十四条（二）3: 在电子商务
 * 行业所开展的工作及取得的主要成绩); the applicant declares 「本单位申请担任……理事单位」;</li>
 * <li>every form has a box for the secretariat's opinion and one for each body whose decision the
 * procedure needs (理事会, 联盟代表大会 …), each with room for signature, seal and date.</li>
 * </ul>
 *
 * <p>A charter that names no form gets a general 入会申请表. Rows are at least {@value #ROW_MM} mm
 * tall in both the PDF and Word, and boxes to be written by hand have a fixed number of lines, so
 * the two files have the same rows.
 */
public final class ApplicationForms {

    /** What the form prints where the unit has nothing to enter. */
    static final String NONE = "无";
    /** Minimum row height in millimetres. */
    public static final double ROW_MM = 10;
    /** Lines left blank in a box written by hand (opinions, achievements). */
    static final int BOX_LINES = 4;

    /** Lines left for the material an upgrade asks for (工作及主要成绩 …), or a note 「详见附件」. */
    static final int MATERIAL_LINES = 8;

    private static final String BLANK_DATE = "　　　　年　　月　　日";
    private static final String RIGHT = "　".repeat(10);

    private final Supplier<CharterProfile> charter;
    private final Supplier<String> organisationName;

    public ApplicationForms(Supplier<CharterProfile> charter, Supplier<String> organisationName) {
        this.charter = charter;
        this.organisationName = organisationName;
    }

    /** The ids of the forms the charter's procedures name, in the charter's order of forms. */
    public List<String> formIds() {
        CharterProfile p = charter.get();
        if (p.forms().isEmpty()) {
            return List.of("application");
        }
        return p.forms().stream().map(CharterProfile.Named::id).filter(id -> procedureOf(p, id).isPresent()).toList();
    }

    /**
     * The form {@code formId}, blank with {@code unit} null, otherwise filled in from the unit («无» where
     * it has nothing to enter; what the roster does not record stays blank to be written by hand).
     *
     * @throws IllegalArgumentException if the charter has no form {@code formId}
     */
    public Doc form(String formId, UnitDraft unit) {
        CharterProfile profile = charter.get();
        CharterProfile.Named form = profile.forms().isEmpty()
                ? new CharterProfile.Named("application", "入会申请表", null, null, null)
                : profile.forms().stream().filter(f -> f.id().equals(formId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the charter has no form " + formId));
        Optional<Procedure> procedure = procedureOf(profile, form.id());
        boolean upgrade = procedure.map(p -> p.kind() != ProcedureKind.ADMISSION).orElse(false);
        String org = organisationName.get();
        boolean filled = unit != null;
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("单位名称", filled, filled ? unit.name : ""));
        rows.add(row("统一社会信用代码", filled, filled ? unit.creditCode : ""));
        rows.add(row("单位类型", filled, filled ? typeName(unit.unitType) : typeBoxes()));
        rows.add(row("法定代表人", filled, filled ? unit.legalRepresentative : ""));
        rows.add(row("单位地址", filled, filled ? unit.address : ""));
        rows.add(row("联系人", filled, filled ? unit.contactName : ""));
        rows.add(row("联系电话", filled, filled ? unit.phone : ""));
        rows.add(row("电子邮箱", filled, filled ? unit.email : ""));
        List<String> notes = new ArrayList<>();
        String declaration;
        if (upgrade) {
            Procedure p = procedure.get();
            rows.add(row("现任级别", filled, filled ? tierName(profile, unit.tierId) : fromTiers(profile, p)));
            rows.add(row("入会时间", filled, filled && unit.joinDate != null ? ChineseDates.format(unit.joinDate) : ""));
            for (Procedure.Requirement r : p.requires()) {
                if ("office".equals(r.kind()) && r.office() != null) {
                    String office = profile.office(r.office()).map(Office::name).orElse(r.office());
                    rows.add(List.of("现任" + office + "\n（姓名）", ""));
                    notes.add("申请单位须有人现任" + office + cited(r.citation() == null ? null : r.citation().article()));
                }
            }
            for (Procedure.Step s : p.steps()) {
                if ("applicant".equals(s.actor()) && s.form() == null) {
                    rows.add(List.of(material(s.name()) + cited(s.citation() == null ? null : s.citation().article()),
                            "\n".repeat(MATERIAL_LINES - 1)));
                }
            }
            String tier = profile.tier(p.toTier()).map(Tier::name).orElse(p.name());
            declaration = "本单位申请担任" + org + tier + "，遵守《" + org + "章程》，履行" + tier + "义务。";
        } else {
            rows.add(List.of("职工人数", ""));
            rows.add(List.of("主营业务", "\n\n"));
            CharterProfile.Membership membership = profile.membership();
            if (membership != null && membership.recommenders() > 0) {
                rows.add(List.of("推荐单位", ""));
                notes.add("须经" + membership.recommenders() + "家及以上成员单位推荐"
                        + cited(membership.citation() == null ? null : membership.citation().article()));
            }
            declaration = "本单位自愿申请加入" + org + "，遵守《" + org + "章程》，履行成员义务。";
        }
        rows.add(List.of("申请单位意见", declaration + "\n\n负责人签字：　　　　　　　（单位盖章）\n" + RIGHT + BLANK_DATE));
        rows.add(opinion("秘书处意见"));
        procedure.ifPresent(p -> p.steps().stream().filter(s -> "body".equals(s.actor()) && s.body() != null)
                .map(s -> profile.body(s.body()).map(Body::name).orElse(s.body())).distinct()
                .forEach(b -> rows.add(opinion(b + "意见"))));
        Doc d = Doc.official().title(formTitle(form.name(), profile, org))
                .table(List.of("项目", "内容"), rows, ROW_MM, true, 3, 8);
        for (String note : notes) {
            d.plain("注：" + note + "。");
        }
        return d.plain(upgrade ? "附：上述材料的书面说明" : "附：营业执照（或法人登记证书）复印件");
    }

    /** The procedure one of whose steps asks for the form. */
    static Optional<Procedure> procedureOf(CharterProfile profile, String formId) {
        return profile.procedures().stream()
                .filter(p -> p.steps().stream().anyMatch(s -> formId.equals(s.form()))).findFirst();
    }

    private static List<String> opinion(String label) {
        return List.of(label, "\n".repeat(BOX_LINES - 1) + "签字：　　　　　　　　　盖章：\n" + "　".repeat(7) + "日期：" + BLANK_DATE);
    }

    /** 「提交在电子商务行业所开展的工作及取得的主要成绩」 → what is to be submitted. */
    static String material(String stepName) {
        String s = stepName.strip();
        return s.startsWith("提交") ? s.substring(2) : s;
    }

    private static String fromTiers(CharterProfile profile, Procedure p) {
        List<String> boxes = new ArrayList<>();
        for (String t : p.fromTiers()) {
            boxes.add("□" + tierName(profile, t));
        }
        return String.join("　", boxes);
    }

    private static String tierName(CharterProfile profile, String tierId) {
        return tierId == null ? "" : profile.tier(tierId).map(Tier::name).orElse(tierId);
    }

    private static List<String> row(String label, boolean filled, String value) {
        String v = value == null ? "" : value.strip();
        return List.of(label, filled && v.isEmpty() ? NONE : v);
    }

    private static String typeName(UnitType type) {
        return type == null ? "" : type.chineseName();
    }

    private static String typeBoxes() {
        List<String> boxes = new ArrayList<>();
        for (UnitType t : UnitType.values()) {
            boxes.add("□" + t.chineseName());
        }
        return String.join("　", boxes);
    }

    /** The form's name without 《》; a bare 申请表 gets the organisation's name in front. */
    static String formTitle(String formName, CharterProfile profile, String org) {
        String name = formName.replace("《", "").replace("》", "").strip();
        CharterProfile.Organisation o = profile.organisation();
        boolean namesOrganisation = name.contains(org) || (o != null && (contains(name, o.name())
                || contains(name, o.shortName())));
        return namesOrganisation ? name : org + name;
    }

    private static boolean contains(String text, String part) {
        return part != null && !part.isBlank() && text.contains(part);
    }

    private static String cited(String article) {
        return article == null || article.isBlank() ? "" : "（章程" + Prose.article(article) + "）";
    }
}

package org.secretariat.service.cases;

import org.secretariat.service.DocumentWriter;
import org.secretariat.service.Prose;
import org.secretariat.service.filing.Filing;
import org.secretariat.service.roster.UnitDraft;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.Block;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;

/**
 * The charter's forms and letters as documents (GB/T 9704 layout, Word or PDF from one
 * description): the application form (申请表), blank or filled in from a unit; the notice that a
 * unit is admitted; the notice that a unit withdraws or is expelled; and the e-mail that tells an
 * applicant's head of the admission.
 */
public final class LetterDocuments {

    private final Supplier<CharterProfile> charter;
    private final Supplier<String> organisationName;
    private final Clock clock;
    private final DocumentWriter writer = new DocumentWriter();
    private final Filing filing;

    /** Notices numbered in memory only; see {@link #LetterDocuments(Supplier, Supplier, Clock, Filing)}. */
    public LetterDocuments(Supplier<CharterProfile> charter, Supplier<String> organisationName, Clock clock) {
        this(charter, organisationName, clock, Filing.inMemory(() -> new Filing.Names(organisationName.get(),
                charter.get().organisation().shortName())));
    }

    /** Notices numbered and given their 版记 by {@code filing}. */
    public LetterDocuments(Supplier<CharterProfile> charter, Supplier<String> organisationName, Clock clock, Filing filing) {
        this.charter = charter;
        this.organisationName = organisationName;
        this.clock = clock;
        this.filing = filing;
    }

    /** Writes the document as .pdf or .docx by the target's extension. */
    public void write(Doc doc, Path target) throws IOException {
        writer.write(doc, target);
    }

    /**
     * The charter's named application form, shaped by the procedure that asks for it: see
     * {@link ApplicationForms}. With {@code unit} null the form is blank.
     *
     * @throws IllegalArgumentException if the charter has no form {@code formId}
     */
    public Doc applicationForm(String formId, UnitDraft unit) {
        return new ApplicationForms(charter, organisationName).form(formId, unit);
    }

    /**
     * The notice that the unit is admitted (关于同意X加入Y的通知): the unit, its tier, when and by which
     * body it was decided, and the article it was decided under. Dated today.
     */
    public Doc approvalNotice(String unitName, String tierName, LocalDate decidedOn, String decidedBy, String article) {
        String org = organisationName.get();
        String[] title = {"关于同意", unitName, "加入", org, "的通知"};
        Doc d = Doc.official().title(title);
        numbered(d, "approval/" + unitName + "/" + decidedOn, title)
                .plain(unitName + "：")
                .paragraph("你单位提交的加入" + org + "的申请及相关材料收悉。经" + Prose.tidy(decidedBy) + "于"
                        + ChineseDates.format(decidedOn) + "审议，依据《" + org + "章程》" + Prose.article(article)
                        + "，同意你单位加入" + org + "，成为" + tierName + "。")
                .paragraph("希望你单位遵守章程，履行成员义务，积极参加各项活动。")
                .paragraph("特此通知。")
                .signature(org, LocalDate.now(clock));
        return filed(d);
    }

    /**
     * The notice that a unit withdraws (退出) or, with {@code expelled}, that its membership is
     * terminated (除名): the reason, the day it takes effect and the article; where certificates must
     * be handed back, a sentence asking for them by number. Dated today.
     */
    public Doc exitNotice(String unitName, boolean expelled, String reason, LocalDate effectiveOn, String article,
                          List<String> certificateNumbers) {
        return exitNotice(unitName, expelled, reason, effectiveOn, article, certificateNumbers, null);
    }

    /**
     * The exit notice whose effective day the working-day calendar cannot vouch for ({@code dateNote},
     * e.g. 「2027年节假日安排尚未录入，按周末计算，请核对」): a bracketed paragraph under the day asks the
     * secretariat to check it and delete the paragraph before the notice goes out.
     */
    public Doc exitNotice(String unitName, boolean expelled, String reason, LocalDate effectiveOn, String article,
                          List<String> certificateNumbers, String dateNote) {
        String org = organisationName.get();
        String because = ExitReason.clause(ExitReason.of(reason, expelled, procedureName(expelled)))
                + "依据《" + org + "章程》" + Prose.article(article) + "，";
        String when = ChineseDates.format(effectiveOn);
        Doc d = Doc.official();
        String[] title = expelled ? new String[] {"关于终止", unitName, "成员资格的通知"}
                : new String[] {"关于", unitName, "退出", org, "的通知"};
        d.title(title);
        numbered(d, (expelled ? "expulsion/" : "withdrawal/") + unitName + "/" + effectiveOn, title).plain(unitName + "：");
        if (expelled) {
            d.paragraph(because + "经研究决定，自" + when + "起终止你单位的" + org + "成员资格，予以除名。");
        } else {
            d.paragraph(because + "你单位自" + when + "起退出" + org + "，不再享有成员权利，也不再承担成员义务。");
        }
        if (dateNote != null && !dateNote.isBlank()) {
            d.paragraph("【秘书处核对后删除本段】" + when + "：" + dateNote.strip() + "。");
        }
        List<String> numbers = certificateNumbers == null ? List.of()
                : certificateNumbers.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        if (numbers.size() == 1) {
            d.paragraph("请你单位将所持证书交回" + org + "秘书处，证书编号为" + numbers.get(0) + "。");
            d.paragraph("该证书自" + when + "起不再有效。");
        } else if (!numbers.isEmpty()) {
            // one number a line: the renderers would otherwise break a number at its hyphens
            d.paragraph("请你单位将所持证书交回" + org + "秘书处，证书编号如下：");
            for (int i = 0; i < numbers.size(); i++) {
                d.paragraph((i + 1) + ". " + numbers.get(i) + (i + 1 < numbers.size() ? "；" : "。"));
            }
            d.paragraph("上述证书自" + when + "起不再有效。");
        }
        return filed(d.paragraph("特此通知。").signature(org, LocalDate.now(clock)));
    }

    /** The 发文字号 under the title, the document's own if it was numbered before. */
    private Doc numbered(Doc d, String key, String[] title) {
        return d.subtitle(filing.number(key, String.join("", title), LocalDate.now(clock)));
    }

    /** The 版记 at the foot of the last page. */
    private Doc filed(Doc d) {
        Block.Imprint imprint = filing.imprint(LocalDate.now(clock));
        return d.imprint(imprint.copiesTo(), imprint.printedBy(), imprint.printedOn());
    }

    /** The name of the charter's withdrawal or expulsion procedure, which is no reason. */
    private String procedureName(boolean expelled) {
        return charter.get().procedures().stream()
                .filter(p -> p.kind() != null && p.kind().name().equals(expelled ? "EXPULSION" : "WITHDRAWAL"))
                .map(p -> p.name()).findFirst().orElse(null);
    }

    /** An e-mail: the address it goes to, its subject and its plain-text body. */
    public record Email(String to, String subject, String body) {
    }

    /**
     * The e-mail that tells the applicant's head of the admission (CCEAA 第十条: the applicant's head
     * is told by e-mail), in polite official Chinese, signed by the secretariat and dated today. It
     * says membership runs from the approval date, as that charter provides.
     */
    public Email admissionEmail(String unitName, String headName, String email, LocalDate approvedOn, String article) {
        String org = organisationName.get();
        String date = ChineseDates.format(approvedOn);
        String greeting = headName == null || headName.isBlank() ? unitName + "负责人" : headName.strip();
        String subject = "关于同意" + unitName + "加入" + org + "的通知（" + date + "审核通过）";
        String body = String.join("\n",
                "尊敬的" + greeting + "：",
                "",
                "您好！贵单位（" + unitName + "）提交的加入" + org + "的申请，已于" + date + "经审核通过。依据《" + org
                        + "章程》" + article + "，贵单位自" + date + "起取得" + org + "成员资格。",
                "",
                "成员证书将由秘书处另行颁发。今后的活动通知将发送至本邮箱；如联系人或联系方式有变更，请及时告知秘书处。",
                "",
                "感谢贵单位的信任与支持！",
                "",
                "此致",
                "敬礼！",
                "",
                org + "秘书处",
                ChineseDates.format(LocalDate.now(clock)));
        return new Email(email == null ? "" : email.strip(), subject, body);
    }
}

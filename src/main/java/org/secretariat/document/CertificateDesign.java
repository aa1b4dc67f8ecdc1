package org.secretariat.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything printed on one certificate, already filled in for one holder: the texts, the pictures
 * and the typefaces. {@link CertificateLayout#of} decides where each goes; {@link CertificatePdf},
 * {@link CertificateWord} and the on-screen preview draw the result.
 *
 * <p>Optional parts are {@code null} (or blank) when absent. Byte arrays are not copied: do not
 * change them after handing them over; sharing one seal or logo array between many designs is the
 * intended use (the PDF then embeds it once per file).
 *
 * @param paper        A4 or A3
 * @param landscape    whether the long side runs across
 * @param border       the frame
 * @param title        the title, 成员证书 (short titles are spaced out by the layout)
 * @param body         the filled body text 「兹有……为……，特发此证。」 (the layout indents its first line by two characters)
 * @param holderLine   optional: the holder's name on a line of its own, big and centred
 * @param numberLine   optional: 编号：XXKJ-2026-0001, top right
 * @param validityLine optional: 有效期：二〇二六年六月至二〇二九年六月, under the body
 * @param issuer       optional: the issuing organisation, lower right
 * @param dateLine     optional: 二〇二六年六月十八日, under the issuer
 * @param logoPng      optional: centred above the title
 * @param sealPng      optional: a PNG with transparency, drawn about 42 mm across over the issuer and date
 * @param qrPng        optional: bottom left, about 22 mm, with {@code verifyCode} under it
 * @param verifyCode   optional: XXKJ-2026-0001.7KQ2M9PA
 * @param titleFont    optional font file for the title (.ttf/.otf/.ttc, a collection may end in
 *                     {@code ,index}); {@code null} uses {@link FontRole#XIAOBIAOSONG} of the font set
 * @param bodyFont     optional font file for everything else; {@code null} uses {@link FontRole#KAI}
 * @param titleSizePt  the title size, 42 (初号) on A4; 0 or less: 42 pt scaled to the paper
 * @param bodySizePt   the body size, 22 (二号) on A4; 0 or less: 22 pt scaled to the paper
 */
public record CertificateDesign(Paper paper, boolean landscape, BorderStyle border,
        String title,
        String body,
        String holderLine,
        String numberLine,
        String validityLine,
        String issuer,
        String dateLine,
        byte[] logoPng,
        byte[] sealPng,
        byte[] qrPng,
        String verifyCode,
        Path titleFont,
        Path bodyFont,
        double titleSizePt,
        double bodySizePt) {

    public CertificateDesign {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(border, "border");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    /** Page width in millimetres, turned for landscape. */
    public double widthMm() {
        return landscape ? paper.heightMm() : paper.widthMm();
    }

    /** Page height in millimetres, turned for landscape. */
    public double heightMm() {
        return landscape ? paper.widthMm() : paper.heightMm();
    }
}

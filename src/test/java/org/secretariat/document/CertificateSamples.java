package org.secretariat.document;

/** Certificates the certificate tests share. */
final class CertificateSamples {

    static final String UNIT = "新乡学院";
    static final String NUMBER = "XXKJ-2026-0001";
    static final String DATE = "二〇二六年六月十八日";
    static final String ISSUER = "新乡市跨境电商产教联盟";
    static final String CODE = "XXKJ-2026-0001.7KQ2M9PA";

    private static byte[] seal;
    private static byte[] qr;

    private CertificateSamples() {
    }

    /** A4 landscape, classic border, with seal and QR code. */
    static CertificateDesign member(String unit) {
        return design(Paper.A4, true, BorderStyle.CLASSIC, unit, null, seal(), qr(), NUMBER);
    }

    static CertificateDesign design(Paper paper, boolean landscape, BorderStyle border, String unit, String holder,
                                    byte[] seal, byte[] qr, String number) {
        return new CertificateDesign(paper, landscape, border, "成员证书",
                "兹有" + unit + "为" + ISSUER + "理事单位，特发此证。", holder, "编号：" + number,
                "有效期：二〇二六年六月至二〇二九年六月", ISSUER, DATE, null, seal, qr, qr == null ? null : CODE,
                null, null, 42, 22);
    }

    static synchronized byte[] seal() {
        if (seal == null) {
            seal = SealImages.defaultSeal(ISSUER, SampleDocs.fonts(), 400);
        }
        return seal;
    }

    static synchronized byte[] qr() {
        if (qr == null) {
            qr = QrCodes.png("https://verify.example.cn/c/" + CODE, 264);
        }
        return qr;
    }

    /** Text as a reader sees it, without the spaces extraction and letter spacing put in. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}

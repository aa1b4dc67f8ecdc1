package org.secretariat.service.certificates;

/**
 * A certificate kind's template as the editor shows it. Texts may hold the fields {unit}, {person},
 * {org}, {attests}, {number}, {issued}, {valid}, {kind}. {@code version} is the stored template's as
 * the editor loaded it ({@link CertificateTemplates#NONE} when it showed the defaults): a save over a
 * newer one is refused (decision 0018); null is not checked.
 */
public record TemplateSettings(String kindId, String paper, boolean landscape, String border, String title,
                               String body, boolean showHolderLine, String issuer, String numberPattern,
                               String orgCode, String titleFont, String bodyFont, double titleSize, double bodySize,
                               byte[] logoPng, byte[] sealPng, Long version) {

    public TemplateSettings(String kindId, String paper, boolean landscape, String border, String title,
                            String body, boolean showHolderLine, String issuer, String numberPattern,
                            String orgCode, String titleFont, String bodyFont, double titleSize, double bodySize,
                            byte[] logoPng, byte[] sealPng) {
        this(kindId, paper, landscape, border, title, body, showHolderLine, issuer, numberPattern, orgCode, titleFont,
                bodyFont, titleSize, bodySize, logoPng, sealPng, null);
    }
}

package org.secretariat.service.certificates;

/**
 * A certificate kind's template as the editor shows it. Texts may hold the fields {unit}, {person},
 * {org}, {attests}, {number}, {issued}, {valid}, {kind}.
 */
public record TemplateSettings(String kindId, String paper, boolean landscape, String border, String title,
                               String body, boolean showHolderLine, String issuer, String numberPattern,
                               String orgCode, String titleFont, String bodyFont, double titleSize, double bodySize,
                               byte[] logoPng, byte[] sealPng) {
}

package org.secretariat.charter;

/**
 * A certificate the charter names (成员证书, 理事证书, 常务理事证件 …): held by a unit or a person;
 * a person's credential belongs to an office; {@code validity} where the charter gives a term.
 */
public record CertificateKind(String id, String name, String holder, String office, Term validity, Citation citation) {

    public boolean isPersonal() {
        return "person".equals(holder);
    }
}

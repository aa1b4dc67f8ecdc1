package org.secretariat.service.roster.membership;

import org.secretariat.charter.Enforcement;
import org.secretariat.i18n.Text;

/**
 * What the charter says about a change: refused, or allowed with a warning (where the charter's
 * wording is 一般 or 原则上), with the article. {@code field} is where the unit form shows it
 * ("status", "tier", "creditCode", "people[2].role").
 */
public record Finding(Enforcement enforcement, String field, Text message, String article) {

    public boolean refuses() {
        return enforcement == Enforcement.REFUSE;
    }

    static Finding refuse(String field, String article, String key, Object... args) {
        return new Finding(Enforcement.REFUSE, field, Text.of(key, args), article);
    }

    static Finding of(Enforcement e, String field, String article, String key, Object... args) {
        return new Finding(e, field, Text.of(key, args), article);
    }
}

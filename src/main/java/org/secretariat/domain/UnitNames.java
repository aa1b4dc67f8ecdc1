package org.secretariat.domain;

import java.text.Normalizer;

/**
 * When two unit names are the same unit: 「新乡（甲）公司」 typed with full-width brackets in one
 * place and 「新乡(甲)公司」 with half-width ones in another, or with a full-width space, name one
 * unit. Every duplicate check (the form, a save, an import, a command's lookup) compares
 * {@link #key}s, so no path lets the second in.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /**
     * The name as compared: NFKC (full-width brackets, letters, digits and spaces as their plain
     * forms) and stripped. It keeps the name's length, so a query by length finds the candidates.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    /** True if the two names are one unit's. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}

package org.secretariat.ui;

/**
 * The line naming the charter the office works under (window header, Settings): once the charter
 * has been amended it also says which version is in force today.
 */
public final class CharterLine {

    private CharterLine() {
    }

    public static String of(UiContext ui) {
        return ui.app().charter().map(c -> ui.text("main.charter", c.displayName())
                + ui.app().charterHistory().amendedOn(ui.today()).map(v -> ui.text("main.charterVersion", v)).orElse(""))
                .orElse("");
    }
}

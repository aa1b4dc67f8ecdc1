package org.secretariat.exchange;

import org.secretariat.i18n.Text;

/** The file could not be read as a roster at all (not a spreadsheet, encrypted, empty, too large). */
public class SheetReadException extends Exception {

    private final transient Text text;

    public SheetReadException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

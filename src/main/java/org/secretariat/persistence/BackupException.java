package org.secretariat.persistence;

import org.secretariat.i18n.Text;

/** A backup could not be written, verified, read or restored; {@code text} says why, for the user. */
public class BackupException extends Exception {

    private final transient Text text;

    public BackupException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}

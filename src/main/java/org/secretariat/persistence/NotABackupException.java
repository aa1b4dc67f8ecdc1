package org.secretariat.persistence;

import org.secretariat.i18n.Text;

/** The file given as a backup is not one: not a zip, no Secretariat database inside, or unreadable. */
public class NotABackupException extends BackupException {

    public NotABackupException(Text text, Throwable cause) {
        super(text, cause);
    }
}

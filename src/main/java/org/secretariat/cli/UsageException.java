package org.secretariat.cli;

import org.secretariat.i18n.Text;

/** The command line is wrong: print the message and usage, exit 2, write nothing. */
final class UsageException extends Exception {

    private final transient Text text;

    UsageException(Text text) {
        super(text.toString());
        this.text = text;
    }

    Text text() {
        return text;
    }
}

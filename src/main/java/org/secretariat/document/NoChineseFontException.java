package org.secretariat.document;

/** No usable Chinese font was found, so PDFs cannot be made until one is installed. */
public final class NoChineseFontException extends IllegalStateException {

    public NoChineseFontException(String message) {
        super(message);
    }

    public NoChineseFontException(String message, Throwable cause) {
        super(message, cause);
    }
}

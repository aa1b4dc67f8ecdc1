package org.secretariat.persistence;

import java.nio.file.Path;

/**
 * The data (or a backup) is encrypted and no password, or the wrong one, was given. Nothing was
 * opened or changed.
 */
public class PasswordException extends Exception {

    private final transient Path file;
    private final boolean missing;

    public PasswordException(Path file, boolean missing) {
        super((missing ? "a password is needed for " : "wrong password for ") + file);
        this.file = file;
        this.missing = missing;
    }

    public Path file() {
        return file;
    }

    /** True if no password was given; false if the one given is wrong. */
    public boolean missing() {
        return missing;
    }
}

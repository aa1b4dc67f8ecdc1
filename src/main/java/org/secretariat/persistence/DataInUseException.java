package org.secretariat.persistence;

import java.nio.file.Path;

/** Another copy of Secretariat has this data folder open. {@code holder} says which, if known. */
public class DataInUseException extends Exception {

    private final transient Path dataDir;
    private final String holder;

    public DataInUseException(Path dataDir, String holder) {
        super("data folder in use: " + dataDir + (holder.isEmpty() ? "" : " (" + holder + ")"));
        this.dataDir = dataDir;
        this.holder = holder;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether the holder is the window (its lock line reads "pid N, window, time"), whose data commands may share. */
    public boolean heldByWindow() {
        String[] parts = holder.split(",\\s*");
        return parts.length >= 2 && parts[1].strip().equals(Database.WINDOW);
    }

    /** "pid 1234, since 2026-11-21T15:00" as written by the holder, or empty. */
    public String holder() {
        return holder;
    }
}

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

    /**
     * Who holds the folder, as the user reads it: "窗口（进程 1234，2026-11-21 15:00 起）" or the command's name;
     * the raw lock line if it cannot be read that way.
     */
    public org.secretariat.i18n.Text holderText() {
        String[] parts = holder.split(",\\s*", 3);
        if (parts.length < 3 || !parts[0].startsWith("pid ")) {
            return org.secretariat.i18n.Text.of("data.holder.unknown", holder.isEmpty() ? "?" : holder);
        }
        String pid = parts[0].substring(4);
        if (parts[1].equals(Database.WINDOW)) {
            return org.secretariat.i18n.Text.of("data.holder.window", pid, parts[2]);
        }
        return org.secretariat.i18n.Text.of("data.holder.command", pid, parts[1].replaceFirst("^command ", ""), parts[2]);
    }

    /** "pid 1234, since 2026-11-21T15:00" as written by the holder, or empty. */
    public String holder() {
        return holder;
    }
}

package org.secretariat.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Preferences of this data folder that are needed before the database opens (the language)
 * or that belong to the machine rather than the records: {@code settings.properties}.
 */
public final class Settings {

    public static final String LANGUAGE = "language";
    public static final String OPERATOR = "operator";
    /** A second folder every automatic backup is copied to (a USB stick, a network share); empty for none. */
    public static final String BACKUP_SECOND = "backup.second";
    /**
     * The office server's database this folder means ({@code postgresql://…}, no password), set by a move
     * to the server and removed by the move back; absent for the folder's own H2 file.
     */
    public static final String SERVER = "database.server";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path dataDir) {
        Settings s = new Settings(dataDir.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable settings file falls back to defaults; the next save rewrites it
                s.values.clear();
            }
        }
        return s;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** "zh" (default) or "en". */
    public String language() {
        return "en".equals(values.getProperty(LANGUAGE)) ? "en" : "zh";
    }

    /** Who is recorded in the audit trail: the name set in settings, else the OS user. */
    public String operator() {
        String op = values.getProperty(OPERATOR, "").strip();
        return op.isEmpty() ? System.getProperty("user.name", "?") : op;
    }

    /** How many daily, weekly and monthly backups to keep ({@code backup.keep.days/weeks/months}; 14, 8, 12). */
    public BackupRotation backupRotation() {
        BackupRotation d = BackupRotation.DEFAULT;
        try {
            return new BackupRotation(Integer.parseInt(get("backup.keep.days", String.valueOf(d.days())).strip()),
                    Integer.parseInt(get("backup.keep.weeks", String.valueOf(d.weeks())).strip()),
                    Integer.parseInt(get("backup.keep.months", String.valueOf(d.months())).strip()));
        } catch (IllegalArgumentException e) {
            return d; // a typo in settings.properties keeps the default rather than deleting backups
        }
    }

    public void set(String key, String value) throws IOException {
        values.setProperty(key, value);
        store();
    }

    /** Removes a setting (nothing if it is not there). */
    public void remove(String key) throws IOException {
        if (values.remove(key) != null) {
            store();
        }
    }

    private void store() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(w, "Secretariat settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every setting whose key starts with {@code prefix}, keyed by the rest of the key. */
    public java.util.Map<String, String> withPrefix(String prefix) {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), values.getProperty(key));
            }
        }
        return found;
    }
}

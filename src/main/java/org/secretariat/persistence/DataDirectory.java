package org.secretariat.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the data lives: the user's data folder per OS, unless {@code --data-dir} says otherwise. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path defaultFor(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Secretariat")
                    : Path.of(userHome, "AppData", "Roaming", "Secretariat");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Secretariat");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "secretariat")
                : Path.of(userHome, ".local", "share", "secretariat");
    }

    /** The folder named by {@code --data-dir DIR} (or {@code --data-dir=DIR}) in args, else {@link #forThisMachine()}. */
    public static Path fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--data-dir=")) {
                return Path.of(a.substring("--data-dir=".length()));
            }
        }
        return forThisMachine();
    }

    public static Path forThisMachine() {
        return defaultFor(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }
}
